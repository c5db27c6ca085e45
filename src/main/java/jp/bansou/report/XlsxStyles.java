package jp.bansou.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the exported sheet: a bold title, grey bordered headers, thin borders on every cell. */
final class XlsxStyles {

    private final Workbook workbook;
    private final Map<String, CellStyle> numbers = new HashMap<>();
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle centred;
    final CellStyle area;

    XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
        this.title = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 14);
        title.setFont(bold);
        this.header = bordered(HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        this.text = bordered(HorizontalAlignment.LEFT, VerticalAlignment.TOP);
        this.centred = bordered(HorizontalAlignment.CENTER, VerticalAlignment.TOP);
        this.area = bordered(HorizontalAlignment.LEFT, VerticalAlignment.CENTER);
    }

    /** A right-aligned bordered style with the given number format, one per format. */
    CellStyle number(String format) {
        return numbers.computeIfAbsent(format, f -> {
            CellStyle style = bordered(HorizontalAlignment.RIGHT, VerticalAlignment.TOP);
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        });
    }

    private CellStyle bordered(HorizontalAlignment horizontal, VerticalAlignment vertical) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setAlignment(horizontal);
        style.setVerticalAlignment(vertical);
        style.setWrapText(true);
        return style;
    }
}
