package jp.bansou.activity;

import java.util.Set;
import jp.bansou.shared.FiscalYear;

/** What a bulk write stored: new records, rows skipped as already stored, businesses registered. */
public record BulkImportResult(long stored, long skipped, long businessesRegistered, Set<FiscalYear> years) {
}
