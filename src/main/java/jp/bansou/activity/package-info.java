/**
 * Businesses (事業所), activity records (consultations, visits, seminars …) and the lists they use;
 * counting records for the actuals happens here, set-based, on request of the actuals module.
 * {@link jp.bansou.activity.ActivityImports} imports records from CSV and .xlsx exports (machinery
 * in {@code imports}, pages and API in {@code web}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activity")
package jp.bansou.activity;
