package jp.bansou.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+81-3-1234", "-A1", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"x\")"})
    void neutralisesCellsASpreadsheetWouldReadAsFormulas(String value) {
        CsvCell cell = new CsvCell(value);
        assertThat(cell.dangerous()).isTrue();
        assertThat(cell.text()).isEqualTo("\"'" + value.replace("\"", "\"\"") + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12", "-12.5", "0", "123"})
    void leavesPlainNumbersAsNumbers(String value) {
        assertThat(new CsvCell(value).dangerous()).isFalse();
        assertThat(new CsvCell(value).text()).isEqualTo(value);
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(new CsvCell("財務分析数").text()).isEqualTo("財務分析数");
        assertThat(new CsvCell("113.9%").text()).isEqualTo("113.9%");
        assertThat(new CsvCell("a=b").text()).isEqualTo("a=b");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksDoublingQuotes() {
        assertThat(new CsvCell("1,234").text()).isEqualTo("\"1,234\"");
        assertThat(new CsvCell("say \"hi\"").text()).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(new CsvCell("two\nlines").text()).isEqualTo("\"two\nlines\"");
    }

    @Test
    void writesNullAsAnEmptyCell() {
        assertThat(new CsvCell(null).text()).isEmpty();
    }
}
