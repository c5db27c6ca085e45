package jp.bansou.audit;

/** What was changed; pages name it by the message audit.type.NAME. */
public enum AuditType {
    ITEM_YEAR,
    GRADE,
    GRADING_SCALE,
    COUNTING_RULE,
    ACTIVITY_RECORD,
    BUSINESS,
    ACTIVITY_LIST,
    IMPORT,
    PERIOD_LOCK,
    STAFF,
    USER,
    CHECK_IN,
    PACE_STATUS,
    MONTHLY_PLAN,
    PACE_THRESHOLDS,
    SCHEDULE,
    BUDGET,
    PUBLICATION,
    EVALUATION,
    ROLLOVER,
    NATIONAL_REPORT,
    PLAN
}
