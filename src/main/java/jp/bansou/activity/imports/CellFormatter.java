package jp.bansou.activity.imports;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats .xlsx cell values as text: date cells as ISO dates whatever their display format (so a
 * cell shown as 令和4年5月1日 reads as 2022-05-01), everything else as Excel shows it.
 */
final class CellFormatter extends DataFormatter {

    /** Japanese era formats such as ggge"年"m"月"d"日", which POI does not take for dates. */
    private static final Pattern ERA_FORMAT = Pattern.compile("[gGeEyYmMdD/.\\-\\s年月日]*[gGeE][gGeEyYmMdD/.\\-\\s年月日]*");
    private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.");

    CellFormatter() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (isDateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }

    private static boolean isDateFormat(int formatIndex, String formatString) {
        return DateUtil.isADateFormat(formatIndex, formatString) || formatString != null
                && ERA_FORMAT.matcher(QUOTED_OR_BRACKETED.matcher(formatString).replaceAll("")).matches();
    }
}
