package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTest {

    @ParameterizedTest
    @CsvSource({"3000, KEN, AT_LEAST, '3,000件以上'", "34.5, TEN, AT_LEAST, 34.5点以上", "9, KEN, EXACT, 9件",
            "3600, KEN, EXACT, '3,600件'", "3600.0, KEN, EXACT, '3,600件'", "5, KAI, AT_MOST, 5回以下",
            "0, SHA, AT_LEAST, 0社以上"})
    void printsAsTheSheetDoes(BigDecimal value, ItemUnit unit, TargetComparator comparator, String text) {
        assertThat(new Target(value, unit, comparator).format()).isEqualTo(text);
    }

    @Test
    void printsTheSameWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(new Target(new BigDecimal("3000.5"), ItemUnit.KEN, TargetComparator.AT_LEAST).format())
                    .isEqualTo("3,000.5件以上");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void refusesNegativeTarget() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Target(new BigDecimal("-1"), ItemUnit.KEN, TargetComparator.AT_LEAST));
    }

    @Test
    void refusesMissingTarget() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Target(null, ItemUnit.KEN, TargetComparator.EXACT));
    }

    @Test
    void isMetByAnActualAccordingToItsComparator() {
        Target atLeast = new Target(new BigDecimal("40"), ItemUnit.KAI, TargetComparator.AT_LEAST);
        Target exact = new Target(new BigDecimal("108"), ItemUnit.KEN, TargetComparator.EXACT);
        assertThat(atLeast.isMetBy(new BigDecimal("41"))).isTrue();
        assertThat(atLeast.isMetBy(new BigDecimal("39"))).isFalse();
        assertThat(exact.isMetBy(new BigDecimal("108"))).isTrue();
        assertThat(exact.isMetBy(new BigDecimal("109"))).isFalse();
    }
}
