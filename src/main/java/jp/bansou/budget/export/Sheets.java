package jp.bansou.budget.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streamed workbook with the styles the budget's sheets use: yen as integers with separators
 * (#,##0), rates as 0.0%, bold header and total rows. Amounts are written as numbers: whole yen up to
 * 2^53 are exact in Excel's doubles, far above any budget.
 */
final class Sheets implements AutoCloseable {

    final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    final CellStyle yen;
    final CellStyle rate;
    final CellStyle bold;
    final CellStyle boldYen;
    final CellStyle boldRate;
    final CellStyle date;

    Sheets() {
        Font font = workbook.createFont();
        font.setBold(true);
        yen = style("#,##0", null);
        rate = style("0.0%", null);
        bold = style(null, font);
        boldYen = style("#,##0", font);
        boldRate = style("0.0%", font);
        date = style("yyyy-mm-dd", null);
    }

    private CellStyle style(String format, Font font) {
        CellStyle style = workbook.createCellStyle();
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        if (font != null) {
            style.setFont(font);
            style.setBorderTop(BorderStyle.THIN);
        }
        return style;
    }

    static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    static void number(Row row, int column, double value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A real date cell (Excel sorts and filters it as a date), shown 2022-05-10. */
    static void date(Row row, int column, java.time.LocalDate value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
