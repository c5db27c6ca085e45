package jp.bansou.progress;

import java.time.LocalDateTime;

/**
 * The grade the reviewer decided for an item's year, beside the grade the scale proposed at the
 * time (null when the item had no target to grade against), with who decided and when. A decision
 * that differs from the proposal must say why.
 */
public record GradeDecision(long itemYearId, String proposedCode, String decidedCode, String reason,
                            String decidedBy, LocalDateTime decidedAt) {

    public GradeDecision {
        if (decidedCode == null || decidedCode.isBlank()) {
            throw new IllegalArgumentException("達成状況を選んでください");
        }
        if (decidedBy == null || decidedBy.isBlank() || decidedAt == null) {
            throw new IllegalArgumentException("判定者と判定日時は必須です");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (reason != null && reason.length() > 500) {
            throw new IllegalArgumentException("理由は500文字以内で入力してください");
        }
        if (proposedCode != null && !proposedCode.equals(decidedCode) && reason == null) {
            throw new IllegalArgumentException(
                    "提案（" + proposedCode + "）と異なる判定（" + decidedCode + "）には理由を入力してください");
        }
    }

    public boolean differsFromProposal() {
        return proposedCode != null && !proposedCode.equals(decidedCode);
    }

    /** 提案A → 決定B: reason, for the marker beside a grade that differs from its proposal. */
    public String summary() {
        return "提案" + proposedCode + " → 決定" + decidedCode + (reason == null ? "" : ": " + reason);
    }
}
