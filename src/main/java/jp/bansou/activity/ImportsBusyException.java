package jp.bansou.activity;

/** Too many imports are already running or waiting: the user tries again a little later. */
public class ImportsBusyException extends RuntimeException {

    public ImportsBusyException() {
        super("ほかの取込が実行中で、順番待ちもいっぱいです。しばらくしてからもう一度お試しください");
    }
}
