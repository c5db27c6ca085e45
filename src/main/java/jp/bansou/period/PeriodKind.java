package jp.bansou.period;

/** A month, 上期 (April–September), 下期 (October–March) or the whole fiscal year. */
public enum PeriodKind {
    MONTH, FIRST_HALF, SECOND_HALF, YEAR
}
