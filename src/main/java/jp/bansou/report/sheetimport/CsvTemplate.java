package jp.bansou.report.sheetimport;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.bansou.organization.District;
import jp.bansou.plan.AreaBlock;
import jp.bansou.plan.TargetRow;
import jp.bansou.plan.TargetTable;
import jp.bansou.report.SheetLabels;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV template: the sheet's columns (事業, 項目別事項, 目標, 達成状況, 実績, one per district, 確認者,
 * 主担当, 副担当, 備考) in one header row, then one row per item of the year, the area repeated on
 * every row; UTF-8 with a BOM and CRLF so Excel opens it in Japanese. A year without items gives the
 * header alone. Text starting with = + - @ gets a leading ' so no spreadsheet runs it as a formula.
 */
final class CsvTemplate {

    private CsvTemplate() {
    }

    static void write(TargetTable table, SheetLabels labels, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
            csv.printRecord(header(table, labels));
            for (AreaBlock area : table.areas()) {
                for (TargetRow row : area.rows()) {
                    csv.printRecord(row(area, row, table.districts(), labels));
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header(TargetTable table, SheetLabels labels) {
        List<String> header = new ArrayList<>(List.of(labels.area(), labels.item(), labels.target(), labels.grade(),
                labels.actual()));
        table.districts().forEach(d -> header.add(d.name()));
        header.addAll(List.of(labels.reviewer(), labels.lead(), labels.deputies(), labels.note()));
        return header;
    }

    private static List<String> row(AreaBlock area, TargetRow row, List<District> districts, SheetLabels labels) {
        List<String> cells = new ArrayList<>();
        cells.add(areaText(area));
        cells.add(row.subItem() ? labels.ofWhich() + row.name() : row.name());
        cells.add(row.target() == null ? "" : row.target().format());
        cells.add(Objects.requireNonNullElse(row.grade(), ""));
        cells.add(plain(row.actual()));
        districts.forEach(d -> cells.add(plain(row.districtActuals().get(d.id()))));
        cells.add(Objects.requireNonNullElse(row.reviewer(), ""));
        cells.add(Objects.requireNonNullElse(row.lead(), ""));
        cells.add(String.join("、", row.deputies()));
        cells.add(String.join("\n", java.util.stream.Stream.of(row.note(), row.derivation())
                .filter(Objects::nonNull).toList()));
        return cells.stream().map(CsvTemplate::neutralise).toList();
    }

    /** 地域経済動向調査 (指針③) and the sub-heading on the next line. */
    private static String areaText(AreaBlock area) {
        String text = area.guideline() == null ? area.name() : area.name() + " (" + area.guidelineLabel() + ")";
        return area.subHeading() == null ? text : text + "\n" + area.subHeading();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String neutralise(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
