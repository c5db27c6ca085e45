package jp.bansou.report.sheetimport.web;

import java.io.Serializable;
import jp.bansou.report.sheetimport.ImportMapping;
import jp.bansou.report.sheetimport.SheetTable;
import jp.bansou.shared.FiscalYear;

/** The table read from an upload, kept in the admin's session between preview, mapping and confirmation. */
record SheetImportDraft(int fiscalYear, SheetTable table, ImportMapping mapping) implements Serializable {

    static final String SESSION_KEY = SheetImportDraft.class.getName();

    FiscalYear year() {
        return FiscalYear.of(fiscalYear);
    }

    SheetImportDraft mapped(ImportMapping newMapping) {
        return new SheetImportDraft(fiscalYear, table, newMapping);
    }
}
