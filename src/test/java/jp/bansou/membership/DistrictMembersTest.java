package jp.bansou.membership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistrictMembersTest {

    @Test
    void showsAGainWithAPlusSign() {
        DistrictMembers ondo = members(186, 185);
        assertThat(ondo.difference()).hasValue(1);
        assertThat(ondo.differenceText()).isEqualTo("+1");
    }

    @Test
    void showsALossWithAMinusSign() {
        DistrictMembers kurahashi = members(222, 228);
        assertThat(kurahashi.difference()).hasValue(-6);
        assertThat(kurahashi.differenceText()).isEqualTo("-6");
    }

    @Test
    void showsNoDifferenceWhenAYearIsMissing() {
        assertThat(members(186, null).differenceText()).isEmpty();
        assertThat(members(null, 185).differenceText()).isEmpty();
    }

    @Test
    void sharesThisYearsTotalToATenthOfAPercent() {
        assertThat(members(186, 185).shareText()).isEqualTo("16.2%");
        assertThat(members(195, 190).shareText()).isEqualTo("17.0%");
        assertThat(members(null, 185).shareText()).isEmpty();
    }

    private static DistrictMembers members(Integer members, Integer previous) {
        return new DistrictMembers(1, "音戸", members, previous, 1146);
    }
}
