/**
 * Rules, kept as data, that turn activity records into the actuals of KPI items, split by district
 * and by staff member; recomputed whenever records change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Actuals")
package jp.bansou.actuals;
