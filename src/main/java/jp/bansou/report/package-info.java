/**
 * Reports: the target table as an Excel workbook in the sheet's own layout and as a PDF, and the
 * evaluation committee's report as a PDF, read through the plan and evaluation modules' APIs.
 * Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package jp.bansou.report;
