package jp.bansou.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class MeetingTest {

    final FiscalYear fy2021 = FiscalYear.of(2021);

    @Test
    void holdsAYearEndMeetingOnceTheYearIsOver() {
        assertThat(new Meeting(null, fy2021, MeetingKind.YEAR_END, LocalDate.of(2022, 5, 20), " 本所 ", List.of(1L),
                null, "").place()).isEqualTo("本所");
        assertThatThrownBy(() -> new Meeting(null, fy2021, MeetingKind.YEAR_END, LocalDate.of(2022, 3, 1), null,
                null, null, null)).hasMessageContaining("2022-03-31以降");
    }

    @Test
    void holdsAHalfYearMeetingInTheSecondHalf() {
        assertThat(new Meeting(null, fy2021, MeetingKind.HALF_YEAR, LocalDate.of(2021, 11, 10), null, null, null, null)
                .attendeeIds()).isEmpty();
        assertThatThrownBy(() -> new Meeting(null, fy2021, MeetingKind.HALF_YEAR, LocalDate.of(2021, 9, 30), null,
                null, null, null)).hasMessageContaining("2021-10-01");
    }

    @Test
    void memberGradesAreCapitalLettersAndMembersNeedANameAndCopyToTheNextYear() {
        assertThat(new MemberGrade(1, 2, " B ", " ").comment()).isNull();
        assertThatThrownBy(() -> new MemberGrade(1, 2, "x", null)).isInstanceOf(IllegalArgumentException.class);
        CommitteeMember chair = new CommitteeMember(5L, fy2021, "山田", "診断士", null, CommitteeRole.CHAIR);
        assertThat(chair.copyTo(fy2021.next())).isEqualTo(
                new CommitteeMember(null, FiscalYear.of(2022), "山田", "診断士", null, CommitteeRole.CHAIR));
        assertThatThrownBy(() -> new CommitteeMember(null, fy2021, "", null, null, CommitteeRole.MEMBER))
                .hasMessage("氏名を入力してください");
        assertThat(CommitteeRole.OBSERVER.grades()).isFalse();
    }
}
