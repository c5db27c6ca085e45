package jp.bansou.period;

import jp.bansou.shared.FiscalYear;

/** An admin closed the fiscal year: its table is what the evaluation committee gets. */
public record FiscalYearClosed(long associationId, FiscalYear year, String closedBy) {
}
