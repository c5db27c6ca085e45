package jp.bansou.schedule;

/** Someone saved the event after the form was read: nothing is changed, the form is shown again. */
public class StaleEventException extends RuntimeException {

    private final int currentVersion;

    public StaleEventException(String title, int currentVersion) {
        super("予定「" + title + "」は他の人が先に保存しました。現在の内容を確認して、必要なら保存し直してください");
        this.currentVersion = currentVersion;
    }

    /** The version a deliberate second save quotes, having seen the current event. */
    public int currentVersion() {
        return currentVersion;
    }
}
