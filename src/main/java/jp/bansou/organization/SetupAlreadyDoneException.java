package jp.bansou.organization;

/** The installation already has its association: the first start's set-up is used once only. */
public class SetupAlreadyDoneException extends RuntimeException {

    public SetupAlreadyDoneException() {
        super("この環境は初期設定済みです");
    }
}
