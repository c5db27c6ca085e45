package jp.bansou.report;

import java.math.BigDecimal;
import java.util.List;
import jp.bansou.organization.District;
import jp.bansou.plan.AreaBlock;
import jp.bansou.plan.TargetRow;
import jp.bansou.plan.TargetTable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes the target table into a streaming sheet in the sheet's layout: the title row, the two
 * header rows (地区別実績 over the district names, the other headers merged down), then one row per
 * item with each area's cell merged over its items. Every cell of the table has a border.
 */
final class SheetWriter {

    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    static final int FIRST_ITEM_ROW = 3;

    private final SXSSFSheet sheet;
    private final XlsxStyles styles;
    private final SheetLabels labels;
    private final SheetColumns columns;

    SheetWriter(SXSSFSheet sheet, XlsxStyles styles, SheetLabels labels, int districtCount) {
        this.sheet = sheet;
        this.styles = styles;
        this.labels = labels;
        this.columns = new SheetColumns(districtCount);
    }

    void write(TargetTable table, String yearLabel) {
        text(sheet.createRow(TITLE_ROW), 0, labels.title(yearLabel), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, columns.count() - 1));
        header(table.districts());
        int rowIndex = FIRST_ITEM_ROW;
        for (AreaBlock area : table.areas()) {
            rowIndex = area(area, rowIndex, table.districts());
        }
    }

    private void header(List<District> districts) {
        Row top = sheet.createRow(HEADER_ROW);
        Row bottom = sheet.createRow(HEADER_ROW + 1);
        for (int c = 0; c < columns.count(); c++) {
            text(top, c, "", styles.header);
            text(bottom, c, "", styles.header);
        }
        List<String> before = List.of(labels.area(), labels.item(), labels.target(), labels.grade(), labels.actual());
        List<String> after = List.of(labels.reviewer(), labels.lead(), labels.deputies(), labels.note());
        for (int i = 0; i < before.size(); i++) {
            mergedDown(top, i, before.get(i));
        }
        for (int i = 0; i < after.size(); i++) {
            mergedDown(top, columns.reviewer() + i, after.get(i));
        }
        top.getCell(SheetColumns.FIRST_DISTRICT).setCellValue(labels.byDistrict());
        if (districts.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, SheetColumns.FIRST_DISTRICT, columns.lastDistrict()));
        }
        for (int d = 0; d < districts.size(); d++) {
            bottom.getCell(columns.district(d)).setCellValue(districts.get(d).name());
        }
    }

    private void mergedDown(Row top, int column, String label) {
        top.getCell(column).setCellValue(label);
        sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, column, column));
    }

    private int area(AreaBlock area, int firstRow, List<District> districts) {
        int rowIndex = firstRow;
        for (TargetRow row : area.rows()) {
            item(sheet.createRow(rowIndex++), SheetLine.of(row, labels.ofWhich()), districts);
        }
        sheet.getRow(firstRow).getCell(SheetColumns.AREA).setCellValue(SheetLine.areaText(area));
        if (rowIndex - firstRow > 1) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, rowIndex - 1, SheetColumns.AREA, SheetColumns.AREA));
        }
        return rowIndex;
    }

    private void item(Row r, SheetLine line, List<District> districts) {
        TargetRow row = line.row();
        text(r, SheetColumns.AREA, "", styles.area);
        text(r, SheetColumns.ITEM, line.name(), styles.text);
        number(r, SheetColumns.TARGET, line.target(), line.targetFormat());
        text(r, SheetColumns.GRADE, row.grade() == null ? "" : row.grade(), styles.centred);
        number(r, SheetColumns.ACTUAL, row.actual(), null);
        for (int d = 0; d < districts.size(); d++) {
            number(r, columns.district(d), row.districtActuals().get(districts.get(d).id()), null);
        }
        if (line.spanningNote() != null) {
            r.getCell(SheetColumns.FIRST_DISTRICT).setCellValue(line.spanningNote());
            if (districts.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r.getRowNum(), r.getRowNum(), SheetColumns.FIRST_DISTRICT, columns.lastDistrict()));
            }
        }
        text(r, columns.reviewer(), nullToEmpty(row.reviewer()), styles.text);
        text(r, columns.lead(), nullToEmpty(row.lead()), styles.text);
        text(r, columns.deputies(), line.deputies(), styles.text);
        text(r, columns.note(), line.remarks(), styles.text);
    }

    private void number(Row r, int column, BigDecimal value, String format) {
        if (value == null) {
            text(r, column, "", styles.text);
            return;
        }
        Cell cell = r.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.number(format != null ? format : SheetLine.numberFormat(value, "")));
    }

    private static void text(Row r, int column, String value, CellStyle style) {
        Cell cell = r.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
