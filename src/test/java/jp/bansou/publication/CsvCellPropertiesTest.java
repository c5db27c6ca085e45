package jp.bansou.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Property-based: any text written as a cell of the public CSV reads back, with a standard CSV
 * parser, as exactly one cell holding the text, or the text behind a ' when a spreadsheet would
 * take it for a formula; no such cell starts with = + - @, tab or CR unless it is a plain number.
 */
class CsvCellPropertiesTest {

    @Property(tries = 100)
    void everyTextReadsBackAsOneHarmlessCell(@ForAll("texts") String value, @ForAll("texts") String next) throws Exception {
        String line = new CsvCell(value).text() + "," + new CsvCell(next).text() + "\r\n";
        List<CSVRecord> records = CSVParser.parse(new StringReader(line), CSVFormat.DEFAULT).getRecords();

        assertThat(records).hasSize(1);
        assertThat(records.get(0).size()).isEqualTo(2);
        String read = records.get(0).get(0);
        assertThat(read).isIn(value, "'" + value);
        if (!read.isEmpty() && "=+-@\t\r".indexOf(read.charAt(0)) >= 0) {
            assertThat(read).matches("-?\\d+(\\.\\d+)?");
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("=", "+", "-", "@", "\t", "\r", "\n", "\r\n", ",", "\"", "'", "cmd|' /C calc'!A0",
                        "SUM(A1)", "12", ".5", "財務分析数", "𠮷"),
                Arbitraries.strings().ofMaxLength(6));
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
