package jp.bansou.report.sheetimport;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One item row of an uploaded table, read but not yet matched with the association: names as written.
 *
 * @param line           the row number as Excel (or a spreadsheet opening the CSV) shows it
 * @param districtValues the split by the file's district header, in the file's column order
 */
record SheetItem(int line, AreaText area, String name, boolean subItem, TargetText target, String grade,
                 BigDecimal actual, Map<String, BigDecimal> districtValues, Remarks remarks, String reviewer,
                 String lead, List<String> deputies) implements Serializable {
}
