package jp.bansou.report.sheetimport;

import java.util.List;

/** The table cannot be imported: every problem found, each naming file, line and column; nothing was stored. */
public class SheetImportException extends RuntimeException {

    private final transient List<SheetError> errors;

    public SheetImportException(List<SheetError> errors) {
        super(errors.isEmpty() ? "" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public SheetImportException(String source, String reason) {
        this(List.of(new SheetError(source, 0, null, reason)));
    }

    public List<SheetError> errors() {
        return errors;
    }
}
