package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class FiveYearPlanTest {

    private final FiveYearPlan reiwa3To7 = new FiveYearPlan(1, "第2期", FiscalYear.parse("令和3年度"),
            FiscalYear.parse("令和7年度"));

    @Test
    void runsFromItsFirstToItsLastYear() {
        assertThat(reiwa3To7.years()).extracting(FiscalYear::startYear).containsExactly(2021, 2022, 2023, 2024, 2025);
    }

    @Test
    void coversOnlyItsOwnYears() {
        assertThat(reiwa3To7.covers(FiscalYear.of(2021))).isTrue();
        assertThat(reiwa3To7.covers(FiscalYear.of(2025))).isTrue();
        assertThat(reiwa3To7.covers(FiscalYear.of(2020))).isFalse();
        assertThat(reiwa3To7.covers(FiscalYear.of(2026))).isFalse();
    }
}
