package jp.bansou.report.sheetimport;

import java.io.Serializable;
import java.util.List;

/**
 * An uploaded table as read: where it came from (for messages), its header's line and district
 * headers, and its items in order.
 */
public record SheetTable(String fileName, String source, int headerLine, List<String> districtHeaders, List<SheetItem> items)
        implements Serializable {
}
