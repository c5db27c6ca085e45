package jp.bansou.publication;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import jp.bansou.evaluation.AreaOpinion;
import jp.bansou.evaluation.PublicImprovement;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public table as CSV: UTF-8 with a byte-order mark (so Excel reads the Japanese), CRLF line
 * ends, a header line, then one line per item; every cell through {@link CsvCell}.
 */
public final class PublicCsv {

    static final List<String> HEADER = List.of("事業", "項目", "単位", "目標", "実績", "達成率", "達成状況");
    private static final String BOM = "\uFEFF";

    private PublicCsv() {
    }

    static final List<String> OPINION_HEADER = List.of("事業", "評価委員会の意見");
    static final List<String> IMPROVEMENT_HEADER = List.of("事業", "項目", "見直し・改善事項", "期限", "状況", "完了日");

    public static byte[] of(List<PublicRow> rows) {
        return of(rows, List.of(), List.of());
    }

    /**
     * The items, then (where the committee gave any) a blank line and its opinions per area, then a
     * blank line and its improvements with due date and status: no one responsible is named.
     */
    public static byte[] of(List<PublicRow> rows, List<AreaOpinion> opinions, List<PublicImprovement> improvements) {
        Stream<String> lines = Stream.concat(Stream.of(line(HEADER)), rows.stream().map(PublicCsv::line));
        if (!opinions.isEmpty()) {
            lines = Stream.concat(lines, Stream.concat(Stream.of("", line(OPINION_HEADER)),
                    opinions.stream().map(o -> line(List.of(o.areaName(), o.opinion())))));
        }
        if (!improvements.isEmpty()) {
            lines = Stream.concat(lines, Stream.concat(Stream.of("", line(IMPROVEMENT_HEADER)),
                    improvements.stream().map(PublicCsv::line)));
        }
        return lines.collect(Collectors.joining("\r\n", BOM, "\r\n")).getBytes(StandardCharsets.UTF_8);
    }

    private static String line(PublicImprovement i) {
        return line(Arrays.asList(i.areaName(), i.itemName(), i.text(), i.dueOn() == null ? "" : i.dueOn().toString(),
                i.done() ? "完了" : "対応中", i.doneOn() == null ? "" : i.doneOn().toString()));
    }

    private static String line(PublicRow row) {
        return line(List.of(row.areaName(), row.itemName(), row.unit(), row.target(), row.actual(), row.rate(),
                row.grade()));
    }

    private static String line(List<String> cells) {
        return cells.stream().map(c -> new CsvCell(c).text()).collect(Collectors.joining(","));
    }
}
