package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradeStepTest {

    @Test
    void keepsItsValuesWithTheColourInLowerCase() {
        GradeStep step = GradeStep.graded("A", " 100%以上 ", "99.5", "#2E7D32");
        assertThat(step.label()).isEqualTo("100%以上");
        assertThat(step.colour()).isEqualTo("#2e7d32");
        assertThat(step.lowerBound()).isEqualByComparingTo("99.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"green", "#12345", "#1234567", "#gg0000", "red;}body{", ""})
    void refusesAColourThatIsNotHex(String colour) {
        assertThatIllegalArgumentException().isThrownBy(() -> GradeStep.graded("A", "a", "100", colour));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "AB", "\"]{", "1"})
    void refusesACodeThatIsNotAGrade(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> GradeStep.graded(code, "a", "100", "#000000"));
    }

    @Test
    void refusesAMissingLabelANegativeBoundAndMoreThanTwoDecimals() {
        assertThatIllegalArgumentException().isThrownBy(() -> GradeStep.graded("A", " ", "100", "#000000"));
        assertThatIllegalArgumentException().isThrownBy(() -> GradeStep.graded("A", "a", "-1", "#000000"));
        assertThatIllegalArgumentException().isThrownBy(() -> GradeStep.graded("A", "a", "80.001", "#000000"));
    }

    @Test
    void givesABoundToGradedStepsOnly() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GradeStep("E", "未実施", BigDecimal.ZERO, "#000000", true));
        assertThatIllegalArgumentException().isThrownBy(() -> new GradeStep("A", "a", null, "#000000", false))
                .withMessage("下限（%）を入力してください（A）");
    }
}
