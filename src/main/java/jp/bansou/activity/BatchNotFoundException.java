package jp.bansou.activity;

/** No import batch of the association has this id. */
public class BatchNotFoundException extends RuntimeException {

    public BatchNotFoundException(long batchId) {
        super("取込番号 " + batchId + " は見つかりません");
    }
}
