package jp.bansou.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class FirstSetupTest {

    private static FirstSetup setup(List<String> districts, int year, int first, int last) {
        return new FirstSetup("テスト町商工会", "test", districts, FiscalYear.of(year), FiscalYear.of(first),
                FiscalYear.of(last), "admin1", "管理者", "a-long-password");
    }

    @Test
    void namesThePlanByItsYears() {
        assertThat(setup(List.of("本所"), 2025, 2025, 2029).planName()).isEqualTo("経営発達支援計画（令和7年度〜令和11年度）");
    }

    @Test
    void refusesAPlanLongerThanFiveYearsOrNotCoveringTheYear() {
        assertThatThrownBy(() -> setup(List.of("本所"), 2025, 2025, 2030)).hasMessageContaining("5年以内");
        assertThatThrownBy(() -> setup(List.of("本所"), 2025, 2026, 2030)).hasMessageContaining("令和7年度");
        assertThatThrownBy(() -> setup(List.of("本所"), 2025, 2025, 2024)).hasMessageContaining("5年以内");
    }

    @Test
    void refusesNoDistrictsOrTheSameTwice() {
        assertThatThrownBy(() -> setup(List.of(), 2025, 2025, 2029)).hasMessageContaining("地区を1つ以上");
        assertThatThrownBy(() -> setup(List.of("音戸", "音戸"), 2025, 2025, 2029)).hasMessageContaining("重複");
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(setup(List.of("本所"), 2025, 2025, 2029).toString()).doesNotContain("a-long-password");
    }
}
