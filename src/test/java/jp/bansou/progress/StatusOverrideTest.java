package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StatusOverrideTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2022, 9, 1, 12, 0);

    @Test
    void keepsTheCommentStripped() {
        assertThat(new StatusOverride(1, PaceStatus.BEHIND, "  商談会が中止  ", "河本", NOON).comment())
                .isEqualTo("商談会が中止");
    }

    @Test
    void needsACommentSayingWhy() {
        assertThatThrownBy(() -> new StatusOverride(1, PaceStatus.ON_TRACK, " ", "河本", NOON))
                .hasMessage("状況を手動で設定するにはコメントを入力してください");
    }

    @Test
    void refusesUnknownAsAHandSetStatus() {
        assertThatThrownBy(() -> new StatusOverride(1, PaceStatus.UNKNOWN, "理由", "河本", NOON))
                .hasMessage("状況を選んでください");
        assertThatThrownBy(() -> PaceStatus.settable("SOMETIMES")).hasMessage("状況を選んでください");
        assertThat(PaceStatus.settable("ATTENTION")).isEqualTo(PaceStatus.ATTENTION);
    }
}
