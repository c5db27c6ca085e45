package jp.bansou.evaluation;

/**
 * What a meeting reviews: the year-end snapshot of the year (年度末), or the first half (上期) as the
 * table holds it at the meeting. Pages name it by the message evaluation.kind.NAME.
 */
public enum MeetingKind {
    YEAR_END,
    HALF_YEAR
}
