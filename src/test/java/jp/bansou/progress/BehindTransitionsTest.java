package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When an item's falling behind is alerted, and when it counts as recovered. */
class BehindTransitionsTest {

    @Test
    void alertsAnItemNewlyBehindOnly() {
        BehindTransitions t = BehindTransitions.of(statuses(PaceStatus.BEHIND, PaceStatus.BEHIND, PaceStatus.ON_TRACK),
                Set.of(2L));
        assertThat(t.toAlert()).containsExactly(1L);
        assertThat(t.recovered()).isEmpty();
    }

    @Test
    void forgetsAnAlertedItemOnTrackOrNeedingAttention() {
        BehindTransitions t = BehindTransitions.of(statuses(PaceStatus.ON_TRACK, PaceStatus.ATTENTION, PaceStatus.BEHIND),
                Set.of(1L, 2L, 3L));
        assertThat(t.recovered()).containsExactly(1L, 2L);
        assertThat(t.toAlert()).isEmpty();
    }

    @Test
    void keepsTheAlertOfAnItemWhoseStatusIsUnknownAndNeverAlertsIt() {
        BehindTransitions t = BehindTransitions.of(statuses(PaceStatus.UNKNOWN, PaceStatus.UNKNOWN), Set.of(1L));
        assertThat(t.recovered()).isEmpty();
        assertThat(t.toAlert()).isEmpty();
    }

    @Test
    void alertsNothingForItemsOnTrack() {
        BehindTransitions t = BehindTransitions.of(statuses(PaceStatus.ON_TRACK, PaceStatus.ATTENTION), Set.of());
        assertThat(t.toAlert()).isEmpty();
        assertThat(t.recovered()).isEmpty();
    }

    /** Item-years 1, 2, 3 … with these statuses, in order. */
    private static Map<Long, PaceStatus> statuses(PaceStatus... statuses) {
        Map<Long, PaceStatus> map = new LinkedHashMap<>();
        for (int i = 0; i < statuses.length; i++) {
            map.put(i + 1L, statuses[i]);
        }
        return map;
    }
}
