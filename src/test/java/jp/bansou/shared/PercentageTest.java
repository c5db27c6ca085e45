package jp.bansou.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PercentageTest {

    @ParameterizedTest
    @CsvSource({"186, 1146, 16.2%", "222, 1146, 19.4%", "195, 1146, 17.0%", "257, 1146, 22.4%", "233, 1146, 20.3%",
            "53, 1146, 4.6%", "1146, 1899, 60.3%"})
    void roundsSharesAndTheOrganisationRateToATenthOfAPercent(long part, long whole, String expected) {
        assertThat(Percentage.of(part, whole, 1)).map(Percentage::format).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource({"39, 40, 98%", "69, 40, 173%", "75, 24, 313%", "21, 10, 210%", "123, 100, 123%", "333, 300, 111%"})
    void roundsProgressToWholePercent(long part, long whole, String expected) {
        assertThat(Percentage.of(part, whole, 0)).map(Percentage::format).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, 8, 0, 13%", "1, 16, 1, 6.3%", "1, 200, 0, 1%", "3, 8, 0, 38%"})
    void roundsAnExactHalfUp(long part, long whole, int decimals, String expected) {
        assertThat(Percentage.of(part, whole, decimals)).map(Percentage::format).hasValue(expected);
    }

    @Test
    void keepsTheValueAsADecimal() {
        assertThat(Percentage.of(new BigDecimal("34.5"), new BigDecimal("30"), 1))
                .map(Percentage::value).hasValue(new BigDecimal("115.0"));
    }

    @Test
    void isEmptyWhenTheWholeIsZeroOrMissing() {
        assertThat(Percentage.of(5, 0, 1)).isEmpty();
        assertThat(Percentage.of(BigDecimal.ONE, null, 1)).isEmpty();
        assertThat(Percentage.of(null, BigDecimal.TEN, 1)).isEmpty();
    }

    @Test
    void refusesAMissingValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Percentage(null));
    }
}
