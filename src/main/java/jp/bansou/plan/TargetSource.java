package jp.bansou.plan;

/** Where a target set up by the year-end rollover comes from; pages name it by rollover.source.NAME. */
public enum TargetSource {
    FIVE_YEAR_PLAN, DERIVED, CARRIED_OVER, NONE
}
