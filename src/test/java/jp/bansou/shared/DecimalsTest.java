package jp.bansou.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

    @ParameterizedTest
    @CsvSource({"123.0, 123", "34.50, 34.5", "34.5, 34.5", "1E+3, 1000", "3600, 3600", "0.00, 0", "0.1, 0.1"})
    void writesFiguresWithoutTrailingZerosOrExponents(String value, String plain) {
        assertThat(Decimals.plain(new BigDecimal(value)).toPlainString()).isEqualTo(plain);
        assertThat(Decimals.plain(new BigDecimal(value)).toString()).isEqualTo(plain);
    }

    @Test
    void leavesAMissingFigureMissing() {
        assertThat(Decimals.plain(null)).isNull();
    }
}
