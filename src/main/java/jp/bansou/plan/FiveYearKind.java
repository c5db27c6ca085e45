package jp.bansou.plan;

/**
 * How a five-year (中長期) target is measured: CUMULATIVE sums the annual actuals of the plan's years
 * so far (5年後に40品目); ANNUAL asks for the target every year (毎年) and takes the latest year.
 */
public enum FiveYearKind {
    CUMULATIVE, ANNUAL
}
