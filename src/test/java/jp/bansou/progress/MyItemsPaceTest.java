package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import jp.bansou.progress.ItemRole.Kind;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/** Which of a person's items are behind: the status shown (a hand-set one wins), unknown without a pace. */
class MyItemsPaceTest {

    private static final LocalDate AS_OF = LocalDate.of(2022, 9, 30);

    @Test
    void listsTheItemsBehindInTheOrderOfThePersonsList() {
        MyItems mine = mine(item(3), item(1), item(2));
        MyItemsPace pace = new MyItemsPace(AS_OF, Map.of(1L, pace(1, PaceStatus.BEHIND, null),
                2L, pace(2, PaceStatus.ON_TRACK, null), 3L, pace(3, PaceStatus.BEHIND, null)));
        assertThat(pace.behind(mine)).extracting(MyItem::itemYearId).containsExactly(3L, 1L);
        assertThat(pace.status(2)).isEqualTo(PaceStatus.ON_TRACK);
    }

    @Test
    void takesAStatusSetByHandOverTheComputedOne() {
        MyItems mine = mine(item(1), item(2));
        MyItemsPace pace = new MyItemsPace(AS_OF, Map.of(1L, pace(1, PaceStatus.ON_TRACK, PaceStatus.BEHIND),
                2L, pace(2, PaceStatus.BEHIND, PaceStatus.ATTENTION)));
        assertThat(pace.behind(mine)).extracting(MyItem::itemYearId).containsExactly(1L);
        assertThat(pace.status(2)).isEqualTo(PaceStatus.ATTENTION);
    }

    @Test
    void callsAnItemWithoutAPaceUnknownAndNeverBehind() {
        MyItemsPace pace = new MyItemsPace(AS_OF, Map.of());
        assertThat(pace.status(7)).isEqualTo(PaceStatus.UNKNOWN);
        assertThat(pace.pace(7)).isNull();
        assertThat(pace.behind(mine(item(7)))).isEmpty();
    }

    private static MyItems mine(MyItem... items) {
        return new MyItems(FiscalYear.of(2022), true, List.of(items));
    }

    private static MyItem item(long id) {
        return new MyItem(id, "経営状況分析", "項目" + id, false, List.of(new ItemRole(Kind.LEAD, null)), 0, 0, null,
                false);
    }

    private static ItemPace pace(long id, PaceStatus computed, PaceStatus byHand) {
        StatusOverride override = byHand == null ? null
                : new StatusOverride(id, byHand, "理由", "佐々木", LocalDateTime.of(2022, 9, 1, 9, 0));
        return new ItemPace(id, id, "経営状況分析", "項目" + id, false, null, "河本", false, ProfileSource.EVEN,
                new Pace(null, null, null, null, computed), override);
    }
}
