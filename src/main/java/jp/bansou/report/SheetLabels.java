package jp.bansou.report;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The texts of the sheet's title and header block, in the reader's language (Japanese by default); the import reads them back. */
public record SheetLabels(String heading, String area, String item, String target, String grade, String actual,
                   String byDistrict, String reviewer, String lead, String deputies, String note,
                   String ofWhich) {

    public static SheetLabels from(MessageSource messages, Locale locale) {
        List<String> t = List.of("heading", "area", "item", "target", "grade", "actual", "byDistrict",
                "reviewer", "lead", "deputies", "note", "ofWhich").stream()
                .map(key -> messages.getMessage("targetTable." + key, null, locale)).toList();
        return new SheetLabels(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), t.get(5), t.get(6),
                t.get(7), t.get(8), t.get(9), t.get(10), t.get(11));
    }

    /** 令和4年度 経営発達支援計画に係る目標管理表【役割分担】 */
    String title(String yearLabel) {
        return yearLabel + " " + heading;
    }
}
