package jp.bansou.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YenTest {

    @Test
    void addsExactlyBeyondWhatADoubleHolds() {
        Yen big = Yen.of(9_007_199_254_740_992L);
        assertThat(big.plus(Yen.of(1)).amount()).isEqualTo(9_007_199_254_740_993L);
        assertThat(big.plus(Yen.of(1)).minus(big)).isEqualTo(Yen.of(1));
    }

    @Test
    void refusesToWrapAround() {
        assertThatThrownBy(() -> Yen.of(Long.MAX_VALUE).plus(Yen.of(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void formatsWithThousandsSeparatorsAndSign() {
        assertThat(Yen.of(1_234_567).format()).isEqualTo("1,234,567円");
        assertThat(Yen.of(-45_000).format()).isEqualTo("-45,000円");
        assertThat(Yen.ZERO.digits()).isEqualTo("0");
        assertThat(Yen.of(5).negate()).isEqualTo(Yen.of(-5));
    }
}
