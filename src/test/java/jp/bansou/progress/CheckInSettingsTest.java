package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CheckInSettingsTest {

    @Test
    void waitsSevenDaysUnlessChanged() {
        assertThat(CheckInSettings.defaults().overdueDays()).isEqualTo(7);
    }

    @Test
    void takesOneToThreeHundredSixtyFiveDays() {
        assertThat(new CheckInSettings(1).overdueDays()).isEqualTo(1);
        assertThat(new CheckInSettings(365).overdueDays()).isEqualTo(365);
        assertThatThrownBy(() -> new CheckInSettings(0)).hasMessage("確認待ちの通知までの日数は1〜365日で入力してください");
        assertThatThrownBy(() -> new CheckInSettings(366)).hasMessage("確認待ちの通知までの日数は1〜365日で入力してください");
    }
}
