package jp.bansou.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.bansou.shared.Yen;
import org.junit.jupiter.api.Test;

class NewSpendingTest {

    static final LocalDate DAY = LocalDate.of(2022, 6, 1);

    @Test
    void stripsTextsAndTreatsBlankOptionalOnesAsNone() {
        NewSpending s = new NewSpending(1, DAY, Yen.of(5_000), " 講師 ", " 謝礼 ", " ", null, "  ");
        assertThat(s.payee()).isEqualTo("講師");
        assertThat(s.purpose()).isEqualTo("謝礼");
        assertThat(s.voucherNo()).isNull();
        assertThat(s.hasOverBudgetReason()).isFalse();
    }

    @Test
    void refusesMissingFieldsNamingThem() {
        assertThatThrownBy(() -> new NewSpending(1, DAY, Yen.ZERO, "講師", "謝礼", null, null, null))
                .hasMessage("金額は1円以上の整数で入力してください");
        assertThatThrownBy(() -> new NewSpending(1, null, Yen.of(1), "講師", "謝礼", null, null, null))
                .hasMessage("支出日を入力してください");
        assertThatThrownBy(() -> new NewSpending(1, DAY, Yen.of(1), "", "謝礼", null, null, null))
                .hasMessage("支払先を入力してください");
        assertThatThrownBy(() -> new NewSpending(1, DAY, Yen.of(1), "講師", null, null, null, null))
                .hasMessage("用途を入力してください");
        assertThatThrownBy(() -> new NewSpending(1, DAY, Yen.of(1), "講師", "謝礼", "x".repeat(51), null, null))
                .hasMessage("証憑番号は50文字以内で入力してください");
    }

    @Test
    void transfersNeedTwoLinesAnAmountAndAReason() {
        assertThatThrownBy(() -> new NewTransfer(1, 1, Yen.of(1), DAY, "理由"))
                .hasMessage("流用元と流用先に別の予算行を選んでください");
        assertThatThrownBy(() -> new NewTransfer(1, 2, Yen.of(-1), DAY, "理由"))
                .hasMessage("流用額は1円以上の整数で入力してください");
        assertThatThrownBy(() -> new NewTransfer(1, 2, Yen.of(1), DAY, " "))
                .hasMessage("流用の理由を入力してください");
    }

    @Test
    void monthlySpendingRunsFromAprilToMarch() {
        MonthlySpending m = MonthlySpending.of(jp.bansou.shared.FiscalYear.of(2022),
                java.util.Map.of(4, 100L, 3, 50L, 1, -20L), 1_000);
        assertThat(m.months()).startsWith("4月", "5月").endsWith("1月", "2月", "3月");
        assertThat(m.spent()).containsExactly(100L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, -20L, 0L, 50L);
        assertThat(m.cumulative()).endsWith(80L, 80L, 130L);
        assertThat(m.label()).isEqualTo("令和4年度");
    }
}
