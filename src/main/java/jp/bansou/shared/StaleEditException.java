package jp.bansou.shared;

/**
 * Someone saved the row after the form was read (optimistic locking): nothing is changed, the form is
 * shown again with the current values and the version a deliberate second save may quote.
 */
public class StaleEditException extends RuntimeException {

    private final String what;
    private final Integer currentVersion;

    /** {@code what} names the row, e.g. 集計ルール「創業相談件数」; null version: the row is gone. */
    public StaleEditException(String what, Integer currentVersion) {
        super(what + "は他の人が先に保存しました。何も保存していません。現在の内容を確認して、必要なら保存し直してください");
        this.what = what;
        this.currentVersion = currentVersion;
    }

    /** The message key pages show it with ({0}: what), so English pages say it in English. */
    public static final String MESSAGE_KEY = "edit.stale";

    /** The arguments of {@link #MESSAGE_KEY}. */
    public Object[] messageArguments() {
        return new Object[] {what};
    }

    public Integer currentVersion() {
        return currentVersion;
    }
}
