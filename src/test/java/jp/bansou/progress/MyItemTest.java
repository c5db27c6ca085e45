package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.bansou.progress.ItemRole.Kind;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/** What waits for a person on an item depends on their role on it. */
class MyItemTest {

    private static final ItemRole REVIEWER = new ItemRole(Kind.REVIEWER, null);
    private static final ItemRole LEAD_VIA_GROUP = new ItemRole(Kind.LEAD, "各指導員");
    private static final ItemRole DEPUTY = new ItemRole(Kind.DEPUTY, null);

    @Test
    void showsTheReviewerCheckInsToConfirmButNotReturnedOnesOrMissingMonths() {
        MyItem item = item(List.of(REVIEWER), 2, 1, true);
        assertThat(item.awaitingMyConfirmation()).isEqualTo(2);
        assertThat(item.returnedToMe()).isZero();
        assertThat(item.needsCheckIn()).isFalse();
        assertThat(item.waitsForMe()).isTrue();
    }

    @Test
    void showsTheLeadReturnedCheckInsAndTheMissingMonthButNothingToConfirm() {
        MyItem item = item(List.of(LEAD_VIA_GROUP), 2, 1, true);
        assertThat(item.awaitingMyConfirmation()).isZero();
        assertThat(item.returnedToMe()).isEqualTo(1);
        assertThat(item.needsCheckIn()).isTrue();
    }

    @Test
    void showsADeputyTheSameAsTheLead() {
        MyItem item = item(List.of(DEPUTY), 0, 1, false);
        assertThat(item.returnedToMe()).isEqualTo(1);
        assertThat(item.needsCheckIn()).isFalse();
        assertThat(item.waitsForMe()).isTrue();
    }

    @Test
    void showsEverythingToAReviewerWhoAlsoLeads() {
        MyItem item = item(List.of(REVIEWER, LEAD_VIA_GROUP), 1, 1, true);
        assertThat(item.reviewer()).isTrue();
        assertThat(item.leadOrDeputy()).isTrue();
        assertThat(item.awaitingMyConfirmation()).isEqualTo(1);
        assertThat(item.returnedToMe()).isEqualTo(1);
        assertThat(item.needsCheckIn()).isTrue();
    }

    @Test
    void waitsForNothingWhenAllIsDone() {
        assertThat(item(List.of(REVIEWER, DEPUTY), 0, 0, false).waitsForMe()).isFalse();
    }

    @Test
    void needsARole() {
        assertThatThrownBy(() -> item(List.of(), 0, 0, false)).hasMessage("担当項目には役割が必要です");
        assertThatThrownBy(() -> new ItemRole(null, null)).hasMessage("役割は必須です");
    }

    @Test
    void listsWhatWaitsAcrossItems() {
        MyItems mine = new MyItems(FiscalYear.of(2022), true, List.of(item(List.of(REVIEWER), 1, 0, true),
                item(List.of(LEAD_VIA_GROUP), 0, 1, false), item(List.of(DEPUTY), 0, 0, true)));
        assertThat(mine.awaitingMyConfirmation()).hasSize(1);
        assertThat(mine.returnedToMe()).hasSize(1);
        assertThat(mine.needingCheckIn()).hasSize(1);
    }

    private static MyItem item(List<ItemRole> roles, int awaiting, int returned, boolean due) {
        return new MyItem(1, "経営状況分析", "財務分析数", false, roles, awaiting, returned, null, due);
    }
}
