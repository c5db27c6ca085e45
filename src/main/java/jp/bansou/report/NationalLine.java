package jp.bansou.report;

/**
 * The lines of the national implementation report (実施状況報告) counted from activity records. Each
 * association says per line which activity kinds and support categories count ({@link LineDefinition}).
 */
public enum NationalLine {
    /** 経営指導員等の人数: distinct staff members on the line's records. */
    STAFF("経営指導員等"),
    /** 地域の経済動向調査の回数: the line's records. */
    SURVEYS("地域の経済動向調査"),
    /** 基礎データを把握した事業者数: distinct businesses. */
    BASIC_DATA("基礎データ把握"),
    /** 経営分析を行った事業者数: distinct businesses. */
    ANALYSED("経営分析"),
    /** 事業計画を策定した事業者数: distinct businesses. */
    PLANNED("事業計画策定"),
    /**
     * フォローアップ: distinct businesses (対象事業者数), records (延べ回数), and the sales and
     * gross-profit trends of those businesses.
     */
    FOLLOW_UP("フォローアップ");

    private final String japanese;

    NationalLine(String japanese) {
        this.japanese = japanese;
    }

    /** The line's name in the audit trail. */
    public String japanese() {
        return japanese;
    }
}
