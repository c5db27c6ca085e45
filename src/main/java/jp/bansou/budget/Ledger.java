package jp.bansou.budget;

import java.util.List;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.Yen;

/** A year's spending ledger: every entry (reversals too) and the net total summed by the database. */
public record Ledger(FiscalYear year, List<LedgerEntry> entries, Yen total) {

    public Ledger {
        entries = List.copyOf(entries);
    }
}
