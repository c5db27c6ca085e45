package jp.bansou.activity;

/** A kind of activity (巡回相談, セミナー開催 …); events have no business and carry participants. */
public record ActivityKind(long id, String name, boolean event) {
}
