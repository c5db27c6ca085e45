package jp.bansou.budget;

/**
 * Someone saved the budget line after the form was read (or created it while the form showed none):
 * nothing is changed, the form is shown again with the current figures.
 */
public class StaleLineException extends RuntimeException {

    private final int currentVersion;

    public StaleLineException(String line, int currentVersion) {
        super("「" + line + "」は他の人が先に保存しました。表の現在の値を確認して、必要なら保存し直してください");
        this.currentVersion = currentVersion;
    }

    /** The version a deliberate second save quotes, having seen the current figures. */
    public int currentVersion() {
        return currentVersion;
    }
}
