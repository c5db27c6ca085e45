/**
 * The year's schedule of the support programme: planned events per fiscal year and business area
 * (kind, month or date range, place, people responsible, status with the actual date, the KPI items
 * they serve and the activity records that realised them), recurring plans expanded into events,
 * the fiscal-year grid, month calendar and list, and an iCalendar feed per login behind a secret token.
 * Reads plan, organization and activity through their APIs; writes records only through
 * {@link jp.bansou.activity.ActivityService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schedule")
package jp.bansou.schedule;
