package jp.bansou.activity.imports;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Turns POI's cell events into rows: cells left out of the XML (empty ones) become "", the first
 * row present is the header, and a row's line is its row number in the sheet. A cell beyond
 * {@link TableLimits}' columns or length refuses the file.
 */
final class SheetRows implements SheetContentsHandler {

    /** Thrown through the SAX parser when the handler wants no more rows. */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** Carries an exception of the row handler through the SAX parser, so it is not taken for a broken file. */
    static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException unwrap() {
            return (RuntimeException) getCause();
        }
    }

    private final RowHandler handler;
    private final String fileName;
    private List<String> cells = new ArrayList<>();
    private boolean headerSeen;
    private int line;

    SheetRows(RowHandler handler, String fileName) {
        this.handler = handler;
        this.fileName = fileName;
    }

    @Override
    public void startRow(int rowNum) {
        cells = new ArrayList<>();
        line = rowNum + 1;
    }

    @Override
    public void endRow(int rowNum) {
        boolean more;
        try {
            more = headerSeen ? handler.row(rowNum + 1, cells) : handler.header(cells);
        } catch (RuntimeException e) {
            throw new HandlerFailure(e);
        }
        headerSeen = true;
        if (!more) {
            throw new Stop();
        }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        int column = reference == null ? cells.size() : new CellReference(reference).getCol();
        if (column >= TableLimits.MAX_COLUMNS) {
            throw new HandlerFailure(TableLimits.tooManyColumns(fileName, line, column + 1));
        }
        if (value != null && value.length() > TableLimits.MAX_CELL_CHARS) {
            throw new HandlerFailure(TableLimits.cellTooLong(fileName, line, reference, value.length()));
        }
        while (cells.size() < column) {
            cells.add("");
        }
        cells.add(value == null ? "" : value);
    }
}
