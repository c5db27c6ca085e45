package jp.bansou.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetTable;
import jp.bansou.shared.FiscalYear;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The target table of a fiscal year as an .xlsx workbook in the sheet's own layout, written with
 * POI's streaming API: title row, header block, merged area cells, borders, column widths and an
 * A4-landscape print setup that fits the width, repeats the header rows and numbers the pages.
 */
@Component
public class TargetTableXlsx {

    /** Column widths in characters: 事業, 項目別事項, 目標, 達成状況, 実績; then each district; then 確認者, 主担当, 副担当, 備考. */
    private static final int[] LEADING_WIDTHS = {18, 40, 14, 8, 10};
    private static final int DISTRICT_WIDTH = 8;
    private static final int[] TRAILING_WIDTHS = {10, 10, 14, 30};

    private final PlanQueries plan;
    private final MessageSource messages;

    TargetTableXlsx(PlanQueries plan, MessageSource messages) {
        this.plan = plan;
        this.messages = messages;
    }

    /** Writes the association's table of {@code year} to {@code out} (left open). */
    public void write(long associationId, FiscalYear year, Locale locale, OutputStream out) throws IOException {
        TargetTable table = plan.targetTable(associationId, year);
        SheetLabels labels = SheetLabels.from(messages, locale);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(year.label(locale));
            int districts = table.districts().size();
            new SheetWriter(sheet, new XlsxStyles(workbook), labels, districts).write(table, year.label(locale));
            layout(sheet, new SheetColumns(districts), labels.title(year.label(locale)));
            workbook.write(out);
        }
    }

    private static void layout(SXSSFSheet sheet, SheetColumns columns, String title) {
        for (int c = 0; c < LEADING_WIDTHS.length; c++) {
            sheet.setColumnWidth(c, LEADING_WIDTHS[c] * 256);
        }
        for (int d = 0; d < columns.districtCount(); d++) {
            sheet.setColumnWidth(columns.district(d), DISTRICT_WIDTH * 256);
        }
        for (int c = 0; c < TRAILING_WIDTHS.length; c++) {
            sheet.setColumnWidth(columns.reviewer() + c, TRAILING_WIDTHS[c] * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(SheetWriter.HEADER_ROW, SheetWriter.HEADER_ROW + 1, -1, -1));
        sheet.createFreezePane(0, SheetWriter.FIRST_ITEM_ROW);
        sheet.getHeader().setRight(title.replace("&", "&&"));
        sheet.getFooter().setCenter("&P / &N"); // page / pages
    }
}
