package jp.bansou.report.sheetimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.plan.Grade;
import jp.bansou.report.SheetLabels;

/**
 * Reads the rows of an uploaded table (the exported sheet or the CSV template) into items: the area
 * cell holds for the rows below it until the next one (a merged cell reads as its first row), うち
 * rows are sub-items of the item above, and every problem is collected with its line and column.
 */
final class SheetTableParser {

    static final int MAX_ERRORS = 50;
    private static final int NAME_LIMIT = 300;
    private static final int AREA_LIMIT = 200;
    private static final int SUB_HEADING_LIMIT = 100;
    private static final int NOTE_LIMIT = 2000;

    private final String source;
    private final List<SheetLabels> languages;
    private final List<SheetError> errors = new ArrayList<>();

    SheetTableParser(String source, List<SheetLabels> languages) {
        this.source = source;
        this.languages = languages;
    }

    /** The table, or {@link SheetImportException} listing every problem found (at most {@value #MAX_ERRORS}). */
    SheetTable parse(String fileName, List<RawRow> rows) {
        SheetHeader header = SheetHeader.find(rows, languages).orElseThrow(() -> new SheetImportException(source,
                "見出しの行（「" + languages.get(0).area() + "」「" + languages.get(0).item()
                        + "」…）が見つかりません。目標管理表のExcel出力かCSVテンプレートの形で作ってください"));
        if (!header.missing().isEmpty()) {
            throw new SheetImportException(source, "見出し「" + String.join("」「", header.missing()) + "」がありません");
        }
        List<SheetItem> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        AreaText area = null;
        for (RawRow row : rows.subList(header.firstDataIndex(), rows.size())) {
            if (row.blank() || errors.size() >= MAX_ERRORS) {
                continue;
            }
            if (!row.cell(header.area()).isEmpty()) {
                area = area(row, header);
            }
            SheetItem item = item(row, header, area);
            if (item != null) {
                Integer before = seen.putIfAbsent(item.area().name() + "\u0000" + item.name(), row.line());
                if (before != null) {
                    error(row, header.labels().item(), "同じ事業に同じ項目がもう一つあります（" + before + "行目）");
                }
                items.add(item);
            }
        }
        if (items.isEmpty() && errors.isEmpty()) {
            errors.add(new SheetError(source, 0, null, "項目の行がありません"));
        }
        if (!errors.isEmpty()) {
            throw new SheetImportException(errors);
        }
        return new SheetTable(fileName, source, rows.get(header.firstDataIndex() - 1).line(), header.districts(),
                List.copyOf(items));
    }

    private AreaText area(RawRow row, SheetHeader header) {
        AreaText area = AreaText.parse(row.cell(header.area()));
        String label = header.labels().area();
        if (area.name().length() > AREA_LIMIT) {
            error(row, label, "事業名は" + AREA_LIMIT + "文字までです");
        }
        if (area.subHeading() != null && area.subHeading().length() > SUB_HEADING_LIMIT) {
            error(row, label, "事業の小見出しは" + SUB_HEADING_LIMIT + "文字までです");
        }
        return area;
    }

    private SheetItem item(RawRow row, SheetHeader header, AreaText area) {
        SheetLabels labels = header.labels();
        int before = errors.size();
        if (area == null) {
            error(row, labels.area(), "事業が空です（最初の項目の行には事業名が要ります）");
        }
        String name = row.cell(header.item());
        boolean subItem = name.startsWith(labels.ofWhich()) && name.length() > labels.ofWhich().length();
        name = subItem ? name.substring(labels.ofWhich().length()).strip() : name;
        if (name.isEmpty()) {
            error(row, labels.item(), "項目名が空です");
        } else if (name.length() > NAME_LIMIT) {
            error(row, labels.item(), "項目名は" + NAME_LIMIT + "文字までです");
        }
        TargetText target = read(row, labels.target(), () -> TargetText.parse(row.cell(header.target())));
        String grade = read(row, labels.grade(), () -> {
            Grade g = Grade.ofNullable(SheetNumber.normalise(row.cell(header.grade())).toUpperCase());
            return g == null ? null : g.code();
        });
        BigDecimal actual = read(row, labels.actual(), () -> SheetNumber.parse(row.cell(header.actual())));
        Map<String, BigDecimal> split = new LinkedHashMap<>();
        String spanningNote = districts(row, header, split);
        Remarks remarks = header.note() < 0 ? Remarks.parse(null) : java.util.Objects.requireNonNullElseGet(
                read(row, labels.note(), () -> Remarks.parse(row.cell(header.note()))), () -> Remarks.parse(null));
        remarks = remarks.after(spanningNote);
        if (remarks.note() != null && remarks.note().length() > NOTE_LIMIT) {
            error(row, labels.note(), "備考は" + NOTE_LIMIT + "文字までです");
        }
        if (errors.size() > before) {
            return null;
        }
        return new SheetItem(row.line(), area, name, subItem, target, grade, actual, split, remarks,
                blankToNull(row.cell(header.reviewer())), blankToNull(row.cell(header.lead())),
                names(row.cell(header.deputies())));
    }

    /** Fills the split; returns the note written across the district columns instead, if that is what they hold. */
    private String districts(RawRow row, SheetHeader header, Map<String, BigDecimal> split) {
        List<String> names = header.districts();
        String first = names.isEmpty() ? "" : row.cell(header.district(0));
        boolean othersBlank = names.size() < 2 || row.blankBetween(header.district(1), header.district(names.size() - 1));
        if (!first.isEmpty() && othersBlank && !SheetNumber.normalise(first).matches("-?\\d+(\\.\\d+)?")) {
            return first;
        }
        for (int d = 0; d < names.size(); d++) {
            int column = header.district(d);
            String district = names.get(d).isEmpty() ? "地区" + (d + 1) : names.get(d);
            BigDecimal value = read(row, district, () -> SheetNumber.parse(row.cell(column)));
            if (value != null) {
                split.put(district, value);
            }
        }
        return null;
    }

    private <T> T read(RawRow row, String column, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (IllegalArgumentException e) {
            error(row, column, e.getMessage());
            return null;
        }
    }

    private void error(RawRow row, String column, String reason) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new SheetError(source, row.line(), column, reason));
        }
    }

    /** 井川、歴数、菊池 (also , ・ / or one per line). */
    static List<String> names(String cell) {
        return Arrays.stream(cell.split("[、,，・/／\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
