package jp.bansou.evaluation;

/** A member's comment on an item at a meeting, with the grade it came with. */
public record MemberComment(String memberName, String grade, String comment) {
}
