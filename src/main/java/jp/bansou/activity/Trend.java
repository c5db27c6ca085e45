package jp.bansou.activity;

/** How a business's figure (sales, gross profit) moved over a fiscal year against the year before. */
public enum Trend {
    UP("増加"), DOWN("減少"), FLAT("横ばい"), UNKNOWN("不明");

    private final String japanese;

    Trend(String japanese) {
        this.japanese = japanese;
    }

    /** The word the audit trail uses. */
    public String japanese() {
        return japanese;
    }
}
