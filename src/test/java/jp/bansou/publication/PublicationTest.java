package jp.bansou.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import jp.bansou.plan.TargetComparator;
import jp.bansou.progress.SnapshotRow;
import jp.bansou.progress.YearSnapshot;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class PublicationTest {

    private static final FiscalYear FY = FiscalYear.of(2022);
    private static final LocalDateTime CLOSED = LocalDateTime.of(2023, 4, 10, 10, 0);
    private final Publication published = new Publication(FY, CLOSED, CLOSED.plusDays(1), "管理者");

    @Test
    void showsTheSnapshotItPublished() {
        assertThat(published.shows(Optional.of(new YearSnapshot(FY, CLOSED, "管理者")))).isTrue();
    }

    @Test
    void hidesASnapshotTakenWhenTheYearWasClosedAgain() {
        assertThat(published.shows(Optional.of(new YearSnapshot(FY, CLOSED.plusDays(5), "管理者")))).isFalse();
        assertThat(published.shows(Optional.empty())).isFalse();
    }

    @Test
    void refusesAPublicationWithoutSnapshot() {
        assertThatThrownBy(() -> new Publication(FY, null, CLOSED, "管理者"))
                .hasMessageContaining("スナップショット");
    }

    @Test
    void tellsAStalePublicationOnTheAdminPage() {
        PublishableYear reclosed = new PublishableYear(FY, new YearSnapshot(FY, CLOSED.plusDays(5), "管理者"), published);
        assertThat(reclosed.live()).isFalse();
        assertThat(reclosed.stale()).isTrue();
        PublishableYear live = new PublishableYear(FY, new YearSnapshot(FY, CLOSED, "管理者"), published);
        assertThat(live.live()).isTrue();
        assertThat(live.stale()).isFalse();
    }

    @Test
    void publicRowCarriesRateRoundedHalfUpAndTheComparator() {
        SnapshotRow finance = row("財務分析数", "108", "123", "A");
        assertThat(PublicRow.of(finance, TargetComparator.AT_LEAST))
                .isEqualTo(new PublicRow("経営状況の分析", "財務分析数", false, "件", "108以上", "123", "113.9%", "A"));
        assertThat(PublicRow.of(row("廃業数", "10", "8", "A"), TargetComparator.AT_MOST).rate()).isEqualTo("125.0%");
    }

    @Test
    void publicRowLeavesMissingFiguresEmpty() {
        PublicRow row = PublicRow.of(row("新規", null, null, null), null);
        assertThat(row.target()).isEmpty();
        assertThat(row.actual()).isEmpty();
        assertThat(row.rate()).isEmpty();
        assertThat(row.grade()).isEmpty();
    }

    private static SnapshotRow row(String name, String target, String actual, String grade) {
        return new SnapshotRow(1, "経営状況の分析", name, false, "件", target == null ? null : new BigDecimal(target),
                actual == null ? null : new BigDecimal(actual), null, null, grade);
    }
}
