/**
 * Period locks: an admin closes a month, a half-year (上期/下期) or a fiscal year; afterwards the
 * figures of that period change only by an admin giving a reason. Closing a year publishes
 * {@link jp.bansou.period.FiscalYearClosed} (the progress module freezes the table's snapshot).
 * Plan, activity and progress ask here before they change figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Period")
package jp.bansou.period;
