package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetComparatorTest {

    @ParameterizedTest
    @CsvSource({
            "AT_LEAST, 41, true", "AT_LEAST, 40, true", "AT_LEAST, 39, false", "AT_LEAST, 40.0, true",
            "EXACT, 40, true", "EXACT, 40.00, true", "EXACT, 41, false", "EXACT, 39, false",
            "AT_MOST, 39, true", "AT_MOST, 40, true", "AT_MOST, 41, false"})
    void comparesTheActualWithATargetOf40(TargetComparator comparator, BigDecimal actual, boolean met) {
        assertThat(comparator.isMet(actual, new BigDecimal("40"))).isEqualTo(met);
    }

    @ParameterizedTest
    @CsvSource({"40回以上, AT_LEAST", "2回~, AT_LEAST", "2回〜, AT_LEAST", "2回～, AT_LEAST", "108件, EXACT",
            "5件以下, AT_MOST", "' 3,000件以上 ', AT_LEAST"})
    void readsTheSheetsWayOfWritingIt(String text, TargetComparator comparator) {
        assertThat(TargetComparator.fromSheetText(text)).isEqualTo(comparator);
    }

    @ParameterizedTest
    @CsvSource(value = {"AT_LEAST, 以上", "EXACT, ''", "AT_MOST, 以下"})
    void printsItsSuffix(TargetComparator comparator, String suffix) {
        assertThat(comparator.suffix()).isEqualTo(suffix);
    }
}
