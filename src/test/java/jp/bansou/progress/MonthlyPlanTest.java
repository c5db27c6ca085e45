package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class MonthlyPlanTest {

    @Test
    void acceptsMonthsThatAddUpToTheTargetAndSpreadsByThem() {
        List<BigDecimal> months = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        months.set(0, new BigDecimal("30"));
        months.set(11, new BigDecimal("90"));
        MonthlyPlan plan = MonthlyPlan.forTarget(7, months, new BigDecimal("120"));
        assertThat(plan.total()).isEqualByComparingTo("120");
        assertThat(plan.profile().shareAt(FiscalYear.of(2022), LocalDate.of(2022, 4, 30))).isEqualByComparingTo("0.25");
    }

    @Test
    void refusesMonthsThatDoNotAddUpToTheTargetNamingBoth() {
        List<BigDecimal> months = Collections.nCopies(12, BigDecimal.TEN);
        assertThatThrownBy(() -> MonthlyPlan.forTarget(7, months, new BigDecimal("100")))
                .hasMessage("月別計画の合計（120）が目標（100）と一致しません");
    }

    @Test
    void refusesAPlanWithoutATarget() {
        assertThatThrownBy(() -> MonthlyPlan.forTarget(7, Collections.nCopies(12, BigDecimal.ONE), null))
                .hasMessage("目標が未設定のため月別計画は入力できません");
    }

    @Test
    void refusesMissingNegativeOrOverPreciseMonths() {
        List<BigDecimal> months = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
        months.set(3, null);
        assertThatThrownBy(() -> new MonthlyPlan(7, months)).hasMessage("4月から3月までの12か月すべてを入力してください");
        months.set(3, new BigDecimal("-1"));
        assertThatThrownBy(() -> new MonthlyPlan(7, months)).hasMessage("月別計画は0以上、小数1桁までで入力してください");
        months.set(3, new BigDecimal("0.25"));
        assertThatThrownBy(() -> new MonthlyPlan(7, months)).hasMessage("月別計画は0以上、小数1桁までで入力してください");
    }
}
