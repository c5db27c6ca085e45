package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class GradeDecisionTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2022, 4, 28, 10, 0);

    @Test
    void refusesADecisionOtherThanTheProposalWithoutAReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> decision("A", "B", null))
                .withMessage("提案（A）と異なる判定（B）には理由を入力してください");
        assertThatIllegalArgumentException().isThrownBy(() -> decision("A", "B", "  "));
    }

    @Test
    void acceptsADecisionOtherThanTheProposalWithAReason() {
        GradeDecision decision = decision("A", "B", " 前年度の件数を含むため ");
        assertThat(decision.reason()).isEqualTo("前年度の件数を含むため");
        assertThat(decision.differsFromProposal()).isTrue();
        assertThat(decision.summary()).isEqualTo("提案A → 決定B: 前年度の件数を含むため");
    }

    @Test
    void acceptsTheProposalWithoutAReason() {
        GradeDecision decision = decision("B", "B", "");
        assertThat(decision.reason()).isNull();
        assertThat(decision.differsFromProposal()).isFalse();
    }

    @Test
    void needsNoReasonWhereNothingWasProposed() {
        assertThat(decision(null, "B", null).differsFromProposal()).isFalse();
    }

    @Test
    void needsTheGradeWhoDecidedAndWhen() {
        assertThatIllegalArgumentException().isThrownBy(() -> decision("A", null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new GradeDecision(1, "A", "A", null, " ", NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> new GradeDecision(1, "A", "A", null, "佐々木", null));
    }

    private static GradeDecision decision(String proposed, String decided, String reason) {
        return new GradeDecision(1, proposed, decided, reason, "佐々木", NOW);
    }
}
