package jp.bansou.progress;

/**
 * An item's year as graded now: the achievement rate (null without target or actual), the grade the
 * association's scale proposes for it today (null without a target), and the reviewer's decision if
 * there is one (which keeps the proposal it was made against).
 */
public record ItemGrading(long itemYearId, AchievementRate rate, String proposedCode, GradeDecision decision) {

    /** 113.9%, or empty. */
    public String rateText() {
        return rate == null ? "" : rate.text();
    }

    public boolean decided() {
        return decision != null;
    }

    /** A proposal nobody has decided on yet: the table shows it as (A) in grey. */
    public boolean proposalOnly() {
        return decision == null && proposedCode != null;
    }

    public boolean decisionDiffers() {
        return decision != null && decision.differsFromProposal();
    }
}
