package jp.bansou.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import jp.bansou.activity.Trend;
import jp.bansou.activity.TrendCounts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The national report as an .xlsx workbook: a title, the figures (label, value, or 未設定 where the
 * line is not defined), then the follow-up businesses by sales and gross-profit trend; A4 landscape.
 */
@Component
public class NationalReportXlsx {

    static final int FIRST_FIGURE_ROW = 2;
    private static final String COUNT = "#,##0";

    private final MessageSource messages;

    NationalReportXlsx(MessageSource messages) {
        this.messages = messages;
    }

    public void write(NationalReport report, String associationName, Locale locale, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet(report.year().label(locale));
            XlsxStyles styles = new XlsxStyles(workbook);
            String title = text("national.title", locale) + " " + report.year().label(locale);
            cell(sheet.createRow(0), 0, associationName + " " + title, styles.title);
            Row header = sheet.createRow(1);
            cell(header, 0, text("national.line", locale), styles.header);
            cell(header, 1, text("national.value", locale), styles.header);
            int r = FIRST_FIGURE_ROW;
            for (NationalFigure figure : report.figures()) {
                Row row = sheet.createRow(r++);
                cell(row, 0, text("national.figure." + figure.key(), locale), styles.text);
                value(row, 1, figure.value(), styles, locale);
            }
            trends(sheet, r + 1, report, styles, locale);
            layout(sheet, title);
            workbook.write(out);
        }
    }

    private void trends(SXSSFSheet sheet, int first, NationalReport report, XlsxStyles styles, Locale locale) {
        cell(sheet.createRow(first), 0, text("national.trends", locale), styles.title);
        Row header = sheet.createRow(first + 1);
        cell(header, 0, text("national.trendFigure", locale), styles.header);
        List<Trend> columns = report.trendColumns();
        for (int c = 0; c < columns.size(); c++) {
            cell(header, c + 1, text("trend." + columns.get(c), locale), styles.header);
        }
        TrendCounts counts = report.trends();
        for (boolean sales : new boolean[] {true, false}) {
            Row row = sheet.createRow(sales ? first + 2 : first + 3);
            cell(row, 0, text(sales ? "national.sales" : "national.grossProfit", locale), styles.text);
            for (int c = 0; c < columns.size(); c++) {
                Long n = counts == null ? null : sales ? counts.sales(columns.get(c)) : counts.grossProfit(columns.get(c));
                value(row, c + 1, n, styles, locale);
            }
        }
    }

    private void value(Row row, int column, Long value, XlsxStyles styles, Locale locale) {
        if (value == null) {
            cell(row, column, text("national.undefined", locale), styles.centred);
        } else {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.number(COUNT));
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static void layout(SXSSFSheet sheet, String title) {
        sheet.setColumnWidth(0, 44 * 256);
        for (int c = 1; c <= 4; c++) {
            sheet.setColumnWidth(c, 12 * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.getHeader().setRight(title.replace("&", "&&"));
    }
}
