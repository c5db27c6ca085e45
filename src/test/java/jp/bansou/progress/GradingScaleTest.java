package jp.bansou.progress;

import static jp.bansou.plan.TargetComparator.AT_LEAST;
import static jp.bansou.plan.TargetComparator.AT_MOST;
import static jp.bansou.plan.TargetComparator.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import jp.bansou.plan.TargetComparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingScaleTest {

    private static final GradingScale DEFAULT = GradingScale.defaultScale();
    /** The seed association's scale: A 100%以上, B 80%以上, C below, nothing for not carried out. */
    private static final GradingScale ABC = new GradingScale(List.of(
            GradeStep.graded("A", "100%以上", "100", "#2e7d32"),
            GradeStep.graded("B", "80%以上", "80", "#1565c0"),
            GradeStep.graded("C", "80%未満", "0", "#ef6c00")));

    @ParameterizedTest(name = "{1} of {0} → {2}")
    @CsvSource({
        "10000, 10000, A", "10000, 9999, B", "100, 100, A", "100, 80, B", "10000, 7999, C", "100, 30, C",
        "10000, 2999, D", "100, 1, D", "108, 123, A", "120, 123, A", "50, 40, B", "40, 39, B"})
    void proposesTheFirstStepWhoseBoundTheExactRateReaches(String target, String actual, String grade) {
        assertThat(propose(DEFAULT, AT_LEAST, target, actual)).isEqualTo(grade);
    }

    @Test
    void proposesBAtNinetyNinePointNineNinePercentThoughItPrintsAsOneHundred() {
        assertThat(AchievementRateTest.rate(AT_LEAST, "10000", "9999").text()).isEqualTo("100.0%");
        assertThat(propose(DEFAULT, AT_LEAST, "10000", "9999")).isEqualTo("B");
    }

    @Test
    void proposesAAtOneHundredPercent() {
        assertThat(propose(DEFAULT, EXACT, "4", "4")).isEqualTo("A");
    }

    @Test
    void proposesBAtEightyPercent() {
        assertThat(propose(DEFAULT, AT_LEAST, "50", "40")).isEqualTo("B");
    }

    @Test
    void proposesCAtSeventyNinePointNineNinePercent() {
        assertThat(propose(DEFAULT, AT_LEAST, "10000", "7999")).isEqualTo("C");
    }

    @ParameterizedTest(name = "at most {0}, actual {1} → {2}")
    @CsvSource({"5, 5, A", "5, 4, A", "5, 0, A", "4, 5, B", "8, 10, B", "7999, 10000, C", "0, 0, A", "0, 3, D"})
    void gradesAtMostItemsByTargetOverActual(String target, String actual, String grade) {
        assertThat(propose(DEFAULT, AT_MOST, target, actual)).isEqualTo(grade);
    }

    @Test
    void proposesTheTopStepForAnyActualAgainstATargetOfZero() {
        assertThat(propose(DEFAULT, AT_LEAST, "0", "3")).isEqualTo("A");
        assertThat(propose(DEFAULT, EXACT, "0", "1")).isEqualTo("A");
    }

    @Test
    void proposesNotCarriedOutWithoutAnActualOrWithAnActualOfZero() {
        assertThat(propose(DEFAULT, AT_LEAST, "50", null)).isEqualTo("E");
        assertThat(propose(DEFAULT, AT_LEAST, "50", "0")).isEqualTo("E");
        assertThat(propose(DEFAULT, EXACT, "0", "0")).isEqualTo("E");
        assertThat(propose(DEFAULT, AT_MOST, "5", null)).isEqualTo("E");
    }

    @Test
    void proposesTheLowestStepForNotCarriedOutOnAScaleWithoutSuchAStep() {
        assertThat(propose(ABC, AT_LEAST, "50", "0")).isEqualTo("C");
        assertThat(propose(ABC, EXACT, "1", null)).isEqualTo("C");
    }

    @Test
    void proposesTheLowestStepForARateBelowEveryBound() {
        GradingScale noZero = new GradingScale(List.of(GradeStep.graded("A", "100%以上", "100", "#2e7d32"),
                GradeStep.graded("B", "50%以上", "50", "#1565c0")));
        assertThat(propose(noZero, AT_LEAST, "100", "10")).isEqualTo("B");
    }

    @Test
    void proposesNothingWithoutATarget() {
        assertThat(DEFAULT.proposeFor(AT_LEAST, null, BigDecimal.TEN)).isEmpty();
        assertThat(DEFAULT.proposeFor(AT_LEAST, null, null)).isEmpty();
    }

    @Test
    void treatsAnActualOfZeroAsCarriedOutOnlyWhereLessIsBetter() {
        assertThat(GradingScale.carriedOut(AT_MOST, BigDecimal.ZERO)).isTrue();
        assertThat(GradingScale.carriedOut(AT_LEAST, BigDecimal.ZERO)).isFalse();
        assertThat(GradingScale.carriedOut(EXACT, BigDecimal.ONE)).isTrue();
        assertThat(GradingScale.carriedOut(AT_MOST, null)).isFalse();
    }

    @Test
    void defaultScaleIsWhatMostAssociationsPublish() {
        assertThat(DEFAULT.steps()).extracting(GradeStep::code).containsExactly("A", "B", "C", "D", "E");
        assertThat(DEFAULT.steps()).extracting(GradeStep::label)
                .containsExactly("100%以上", "80–99%", "30–79%", "30%未満", "未実施");
        assertThat(DEFAULT.steps().get(4).notCarriedOut()).isTrue();
    }

    @Test
    void refusesBoundsThatDoNotFallStrictly() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GradingScale(List.of(
                        GradeStep.graded("A", "a", "80", "#000000"), GradeStep.graded("B", "b", "80", "#000000"))))
                .withMessage("下限は上の段階より小さくしてください（B）");
        assertThatIllegalArgumentException().isThrownBy(() -> new GradingScale(List.of(
                GradeStep.graded("A", "a", "80", "#000000"), GradeStep.graded("B", "b", "90", "#000000"))));
    }

    @Test
    void refusesDuplicateCodesASecondNotCarriedOutStepAndAScaleWithoutGradedSteps() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GradingScale(List.of(
                        GradeStep.graded("A", "a", "100", "#000000"), GradeStep.graded("A", "b", "0", "#000000"))))
                .withMessage("記号「A」が重複しています");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.with(GradeStep.notCarriedOut("F", "f", "#000000")));
        assertThatIllegalArgumentException().isThrownBy(() -> new GradingScale(List.of(
                GradeStep.notCarriedOut("E", "未実施", "#000000"))));
    }

    @Test
    void placesAnAddedStepByItsBoundAndRemovesOneByItsCode() {
        GradingScale scale = DEFAULT.with(GradeStep.graded("S", "120%以上", "120", "#6a1b9a"))
                .with(GradeStep.graded("X", "50–79%", "50", "#000000"));
        assertThat(scale.steps()).extracting(GradeStep::code).containsExactly("S", "A", "B", "X", "C", "D", "E");
        assertThat(propose(scale, AT_LEAST, "100", "121")).isEqualTo("S");
        assertThat(propose(scale, AT_LEAST, "100", "60")).isEqualTo("X");
        assertThat(scale.without("X").without("S")).isEqualTo(DEFAULT);
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.with(GradeStep.graded("F", "f", "0", "#000000")));
    }

    private static String propose(GradingScale scale, TargetComparator comparator, String target, String actual) {
        return scale.proposeFor(comparator, new BigDecimal(target), actual == null ? null : new BigDecimal(actual))
                .map(GradeStep::code).orElse(null);
    }
}
