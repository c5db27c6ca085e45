package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import jp.bansou.plan.NextYearTarget.FiveYearTarget;
import org.junit.jupiter.api.Test;

class NextYearTargetTest {

    static final TargetDerivation PER_ADVISOR = new TargetDerivation(7, new BigDecimal("400"), null, null);
    static final FiveYearTarget YEARLY_300 = new FiveYearTarget(new BigDecimal("300"), FiveYearKind.ANNUAL);
    static final FiveYearTarget FORTY_IN_FIVE_YEARS = new FiveYearTarget(new BigDecimal("40"), FiveYearKind.CUMULATIVE);

    @Test
    void takesTheFiveYearPlansYearlyTargetWhereThePlanCoversNextYear() {
        NextYearTarget next = NextYearTarget.choose(new BigDecimal("250"), null, 0, YEARLY_300, true);
        assertThat(next.value()).isEqualByComparingTo("300");
        assertThat(next.source()).isEqualTo(TargetSource.FIVE_YEAR_PLAN);
        assertThat(next.derivation()).isNull();
    }

    @Test
    void carriesTheTargetOverWhenThePlanEndsBeforeNextYear() {
        NextYearTarget next = NextYearTarget.choose(new BigDecimal("250"), null, 0, YEARLY_300, false);
        assertThat(next.value()).isEqualByComparingTo("250");
        assertThat(next.source()).isEqualTo(TargetSource.CARRIED_OVER);
    }

    @Test
    void carriesTheTargetOverForACumulativeFiveYearTarget() {
        NextYearTarget next = NextYearTarget.choose(new BigDecimal("40"), null, 0, FORTY_IN_FIVE_YEARS, true);
        assertThat(next.value()).isEqualByComparingTo("40");
        assertThat(next.source()).isEqualTo(TargetSource.CARRIED_OVER);
    }

    @Test
    void recomputesADerivedTargetFromNextYearsHeadcount() {
        NextYearTarget next = NextYearTarget.choose(new BigDecimal("3600"), PER_ADVISOR, 8, null, true);
        assertThat(next.value()).isEqualByComparingTo("3200");
        assertThat(next.derivation()).isEqualTo(PER_ADVISOR);
        assertThat(next.source()).isEqualTo(TargetSource.DERIVED);
    }

    @Test
    void letsTheFiveYearPlanWinOverADerivation() {
        NextYearTarget next = NextYearTarget.choose(new BigDecimal("3600"), PER_ADVISOR, 8, YEARLY_300, true);
        assertThat(next.source()).isEqualTo(TargetSource.FIVE_YEAR_PLAN);
        assertThat(next.derivation()).isNull();
    }

    @Test
    void givesNoTargetWhereThisYearHasNone() {
        NextYearTarget next = NextYearTarget.choose(null, null, 0, FORTY_IN_FIVE_YEARS, true);
        assertThat(next.value()).isNull();
        assertThat(next.source()).isEqualTo(TargetSource.NONE);
    }

    @Test
    void refusesATargetWithoutItsSource() {
        assertThatThrownBy(() -> new NextYearTarget(BigDecimal.ONE, null, TargetSource.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NextYearTarget(BigDecimal.ONE, null, TargetSource.DERIVED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
