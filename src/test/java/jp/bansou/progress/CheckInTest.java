package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A check-in's states: awaiting, then acknowledged or returned (with a comment), and never reviewed twice. */
class CheckInTest {

    private static final LocalDateTime POSTED = LocalDateTime.of(2022, 6, 1, 10, 0);
    private static final LocalDateTime LATER = POSTED.plusDays(1);

    @Test
    void startsAwaitingWithoutAReview() {
        CheckIn checkIn = awaiting();
        assertThat(checkIn.awaiting()).isTrue();
        assertThat(checkIn.review()).isNull();
    }

    @Test
    void acknowledgesWithOrWithoutAComment() {
        CheckIn acknowledged = awaiting().acknowledge(new CheckIn.Review(2, "佐々木", LATER, "  "));
        assertThat(acknowledged.state()).isEqualTo(CheckInState.ACKNOWLEDGED);
        assertThat(acknowledged.review().comment()).isNull();
        assertThat(acknowledged.review().name()).isEqualTo("佐々木");
        assertThat(acknowledged.awaiting()).isFalse();
        assertThat(awaiting().acknowledge(new CheckIn.Review(2, "佐々木", LATER, " 了解 ")).review().comment())
                .isEqualTo("了解");
    }

    @Test
    void returnsOnlyWithAComment() {
        assertThatThrownBy(() -> awaiting().returnWith(new CheckIn.Review(2, "佐々木", LATER, " ")))
                .hasMessage("差戻しにはコメントを入力してください");
        CheckIn returned = awaiting().returnWith(new CheckIn.Review(2, "佐々木", LATER, "件数の根拠を添えてください"));
        assertThat(returned.state()).isEqualTo(CheckInState.RETURNED);
        assertThat(returned.review().comment()).isEqualTo("件数の根拠を添えてください");
    }

    @Test
    void refusesToReviewACheckInTwice() {
        CheckIn acknowledged = awaiting().acknowledge(new CheckIn.Review(2, "佐々木", LATER, null));
        assertThatThrownBy(() -> acknowledged.returnWith(new CheckIn.Review(2, "佐々木", LATER, "やはり差戻し")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("確認済みまたは差戻し済み");
        CheckIn returned = awaiting().returnWith(new CheckIn.Review(2, "佐々木", LATER, "再提出を"));
        assertThatThrownBy(() -> returned.acknowledge(new CheckIn.Review(2, "佐々木", LATER, null)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAReviewedStateWithoutAReviewAndAnAwaitingOneWithOne() {
        assertThatThrownBy(() -> checkIn(CheckInState.ACKNOWLEDGED, null)).hasMessageContaining("確認待ち");
        assertThatThrownBy(() -> checkIn(CheckInState.AWAITING, new CheckIn.Review(2, "佐々木", LATER, null)))
                .hasMessageContaining("確認待ち");
        assertThatThrownBy(() -> checkIn(CheckInState.RETURNED, new CheckIn.Review(2, "佐々木", LATER, null)))
                .hasMessage("差戻しにはコメントを入力してください");
    }

    @Test
    void isOverdueOnlyAfterTheGivenDaysAndOnlyWhileAwaiting() {
        assertThat(awaiting().overdue(7, POSTED.plusDays(7))).isFalse();
        assertThat(awaiting().overdue(7, POSTED.plusDays(7).plusSeconds(1))).isTrue();
        assertThat(awaiting().acknowledge(new CheckIn.Review(2, "佐々木", LATER, null)).overdue(7, POSTED.plusDays(30)))
                .isFalse();
    }

    @Test
    void needsAReviewerAndATimeForAReview() {
        assertThatThrownBy(() -> new CheckIn.Review(2, " ", LATER, null)).hasMessage("確認者と確認日時は必須です");
        assertThatThrownBy(() -> new CheckIn.Review(2, "佐々木", null, null)).hasMessage("確認者と確認日時は必須です");
        assertThatThrownBy(() -> new CheckIn.Review(2, "佐々木", LATER, "あ".repeat(1001)))
                .hasMessage("確認コメントは1000文字以内で入力してください");
    }

    private static CheckIn awaiting() {
        return checkIn(CheckInState.AWAITING, null);
    }

    private static CheckIn checkIn(CheckInState state, CheckIn.Review review) {
        return new CheckIn(1, 10, LocalDate.of(2022, 5, 31), new BigDecimal("3"), CheckInStatus.ON_TRACK, "順調です",
                7, "河本", POSTED, state, review);
    }
}
