package jp.bansou.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffMemberTest {

    @ParameterizedTest(name = "from {0} to {1}, on {2}: {3}")
    @CsvSource(nullValues = "open", value = {
            "open, open, 2000-01-01, true",
            "2022-04-01, open, 2022-03-31, false",
            "2022-04-01, open, 2022-04-01, true",
            "open, 2023-03-31, 2023-03-31, true",
            "open, 2023-03-31, 2023-04-01, false",
            "2022-04-01, 2023-03-31, 2022-10-01, true",
            "2022-04-01, 2023-03-31, 2023-04-01, false"})
    void isInPostBetweenStartAndEndDateInclusive(LocalDate start, LocalDate end, LocalDate day, boolean inPost) {
        StaffMember advisor = new StaffMember(1, "指導員A", StaffKind.ADVISOR, start, end);
        assertThat(advisor.inPostOn(day)).isEqualTo(inPost);
    }
}
