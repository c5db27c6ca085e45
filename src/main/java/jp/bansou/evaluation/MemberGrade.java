package jp.bansou.evaluation;

import jp.bansou.plan.Grade;

/**
 * One member's grade of one item at a meeting, with an optional comment; the code must be a step
 * of the association's grading scale (checked by the service, which knows the scale).
 */
public record MemberGrade(long memberId, long itemYearId, String grade, String comment) {

    public MemberGrade {
        grade = new Grade(grade == null ? "" : grade.strip()).code();
        comment = Texts.optional(comment, 1000, "コメント");
    }
}
