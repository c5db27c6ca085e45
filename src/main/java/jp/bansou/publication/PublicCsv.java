package jp.bansou.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;
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

    public static byte[] of(List<PublicRow> rows) {
        String body = Stream.concat(Stream.of(line(HEADER)), rows.stream().map(PublicCsv::line))
                .collect(Collectors.joining("\r\n", BOM, "\r\n"));
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static String line(PublicRow row) {
        return line(List.of(row.areaName(), row.itemName(), row.unit(), row.target(), row.actual(), row.rate(),
                row.grade()));
    }

    private static String line(List<String> cells) {
        return cells.stream().map(c -> new CsvCell(c).text()).collect(Collectors.joining(","));
    }
}
