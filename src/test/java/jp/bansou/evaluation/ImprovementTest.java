package jp.bansou.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.bansou.organization.RoleHolder;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class ImprovementTest {

    final FiscalYear fy2021 = FiscalYear.of(2021);

    @Test
    void isOpenUntilMarkedDoneAndOverdueAfterItsDueDate() {
        Improvement open = Improvement.decided(fy2021, 1, 2L, " 点検する ", RoleHolder.group(3), LocalDate.of(2022, 9, 30));
        assertThat(open.text()).isEqualTo("点検する");
        assertThat(open.done()).isFalse();
        assertThat(open.overdue(LocalDate.of(2022, 9, 30))).isFalse();
        assertThat(open.overdue(LocalDate.of(2022, 10, 1))).isTrue();
        Improvement done = open.markDone(LocalDate.of(2022, 10, 5), "河本");
        assertThat(done.done()).isTrue();
        assertThat(done.overdue(LocalDate.of(2023, 1, 1))).isFalse();
        assertThat(done.doneBy()).isEqualTo("河本");
    }

    @Test
    void refusesMarkingDoneTwice() {
        Improvement done = Improvement.decided(fy2021, 1, null, "統一する", null, null).markDone(LocalDate.of(2022, 6, 1), "管理者");
        assertThatThrownBy(() -> done.markDone(LocalDate.of(2022, 6, 2), "管理者"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2022-06-01");
    }

    @Test
    void refusesABlankTextOrADueDateBeforeTheYear() {
        assertThatThrownBy(() -> Improvement.decided(fy2021, 1, null, " ", null, null))
                .hasMessage("改善事項を入力してください");
        assertThatThrownBy(() -> Improvement.decided(fy2021, 1, null, "x", null, LocalDate.of(2021, 3, 31)))
                .hasMessageContaining("2021-04-01");
    }
}
