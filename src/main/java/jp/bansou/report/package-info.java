/**
 * Reports: the target table as an Excel workbook in the sheet's own layout and as a PDF, read
 * through the plan module's API, and reads a table in that layout back (the sheet import); the
 * evaluation committee's report as a PDF, read through the evaluation module's API; the national implementation report (実施状況報告), whose lines each
 * association defines by activity kinds and categories, counted through the activity module's API.
 * Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package jp.bansou.report;
