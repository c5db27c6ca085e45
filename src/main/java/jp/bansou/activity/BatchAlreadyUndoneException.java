package jp.bansou.activity;

/** The import batch was undone already. */
public class BatchAlreadyUndoneException extends RuntimeException {

    public BatchAlreadyUndoneException(long batchId) {
        super("取込番号 " + batchId + " はすでに取り消されています");
    }
}
