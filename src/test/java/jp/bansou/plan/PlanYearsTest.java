package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class PlanYearsTest {

    private final Map<FiscalYear, Integer> kept = Map.of(FiscalYear.of(2021), 63, FiscalYear.of(2022), 63);

    @Test
    void acceptsYearsThatCoverEveryKeptItemYear() {
        assertThat(new PlanYears(FiscalYear.of(2021), FiscalYear.of(2026)).refusal(kept)).isEmpty();
    }

    @Test
    void refusesNamingHowManyItemYearsWouldFallOutside() {
        assertThat(new PlanYears(FiscalYear.of(2022), FiscalYear.of(2026)).refusal(kept))
                .hasValue("計画の期間外になる年度（令和3年度）に目標・実績が63件あります。期間を変更するにはその年度を含めてください");
        assertThat(new PlanYears(FiscalYear.of(2023), FiscalYear.of(2027)).refusal(kept)).get().asString()
                .contains("令和3年度、令和4年度").contains("126件");
    }

    @Test
    void refusesALastYearBeforeTheFirst() {
        assertThatThrownBy(() -> new PlanYears(FiscalYear.of(2025), FiscalYear.of(2021)))
                .isInstanceOf(PlanChangeRefused.class).hasMessage("計画の最後の年度は最初の年度以降にしてください");
    }

    @Test
    void movesAnAreaAmongTheOthers() {
        AreaOrder order = new AreaOrder(List.of(1L, 2L, 3L));
        assertThat(order.move(3, -1).areaIds()).containsExactly(1L, 3L, 2L);
        assertThat(order.move(1, -1)).isEqualTo(order);
        assertThat(order.move(3, 1)).isEqualTo(order);
    }

    @Test
    void namesTheFieldOfAWrongItemOrArea() {
        assertThatThrownBy(() -> new ItemDefinition(" ", ItemUnit.KEN, TargetComparator.AT_LEAST, null, null))
                .hasMessage("項目名を入力してください");
        assertThatThrownBy(() -> new ItemDefinition("x", ItemUnit.KEN, TargetComparator.AT_LEAST,
                java.math.BigDecimal.TEN, null)).hasMessageContaining("中長期目標を入力するときは");
        assertThatThrownBy(() -> new AreaDefinition("x", 5, null)).hasMessage("指針は①〜④から選んでください");
    }
}
