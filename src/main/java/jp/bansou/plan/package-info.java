/**
 * The five-year plan: business areas, KPI items, and per fiscal year each item's target, actual,
 * district split, grade, note and role assignment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan")
package jp.bansou.plan;
