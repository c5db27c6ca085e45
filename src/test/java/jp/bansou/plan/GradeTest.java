package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

    @ParameterizedTest
    @ValueSource(strings = {"A", "B", "C", "D", "E", "S", "A+", "B-"})
    void acceptsACapitalLetterWithAnOptionalPlusOrMinus(String code) {
        assertThat(new Grade(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "a", "AB", "Ａ", "1", "+", "A++"})
    void refusesAnythingElse(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Grade(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void readsBlankAsNotGradedYet(String code) {
        assertThat(Grade.ofNullable(code)).isNull();
    }

    @Test
    void readsAGradeWithSurroundingSpaces() {
        assertThat(Grade.ofNullable(" B ")).isEqualTo(new Grade("B"));
    }

    @Test
    void refusesAnInvalidGradeFromAForm() {
        assertThatIllegalArgumentException().isThrownBy(() -> Grade.ofNullable("b"));
    }
}
