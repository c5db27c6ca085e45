package jp.bansou.activity;

/** A support category a record can carry (財務分析, 事業計画策定 …); a record may carry several. */
public record SupportCategory(long id, String name) {
}
