package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GapRecordsTest {

    @Test
    void refusesARoleGapThatLacksNothing() {
        assertThatThrownBy(() -> new RoleGap(1, "財務分析数", false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new RoleGap(1, "財務分析数", true, false).noReviewer()).isTrue();
    }

    @Test
    void pointsATargetGapAtItsYearOrElseItsNewestYear() {
        TargetGap noTarget = new TargetGap(3, "勉強会開催数", 30L, 30L);
        assertThat(noTarget.rowMissing()).isFalse();
        assertThat(noTarget.pageItemYearId()).isEqualTo(30L);
        TargetGap noRow = new TargetGap(3, "勉強会開催数", null, 12L);
        assertThat(noRow.rowMissing()).isTrue();
        assertThat(noRow.pageItemYearId()).isEqualTo(12L);
        assertThat(new TargetGap(3, "勉強会開催数", null, null).pageItemYearId()).isNull();
    }
}
