package jp.bansou.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A check-in on an item's year as stored, with the reviewer's answer once there is one. The
 * reviewer acknowledges an awaiting check-in (a comment optional) or returns it (a comment required);
 * a check-in reviewed once stays as it is.
 */
public record CheckIn(long id, long itemYearId, LocalDate asOf, BigDecimal figureToDate, CheckInStatus status,
                      String comment, long postedByUserId, String postedByName, LocalDateTime postedAt,
                      CheckInState state, Review review) {

    /** Who answered, when, and what they wrote (null where they wrote nothing on acknowledging). */
    public record Review(long userId, String name, LocalDateTime at, String comment) {

        public Review {
            if (name == null || name.isBlank() || at == null) {
                throw new IllegalArgumentException("確認者と確認日時は必須です");
            }
            comment = comment == null || comment.isBlank() ? null : comment.strip();
            if (comment != null && comment.length() > NewCheckIn.COMMENT_MAX) {
                throw new IllegalArgumentException("確認コメントは1000文字以内で入力してください");
            }
        }
    }

    public CheckIn {
        if (asOf == null || status == null || state == null || postedAt == null) {
            throw new IllegalArgumentException("基準日、状況、状態、投稿日時は必須です");
        }
        if ((state == CheckInState.AWAITING) != (review == null)) {
            throw new IllegalArgumentException("確認待ちのチェックインだけが未確認です");
        }
        if (state == CheckInState.RETURNED && review.comment() == null) {
            throw new IllegalArgumentException("差戻しにはコメントを入力してください");
        }
    }

    public boolean awaiting() {
        return state == CheckInState.AWAITING;
    }

    /** The reviewer confirms the check-in. */
    public CheckIn acknowledge(Review by) {
        return reviewed(CheckInState.ACKNOWLEDGED, by);
    }

    /** The reviewer sends the check-in back; {@code by.comment()} says what to change. */
    public CheckIn returnWith(Review by) {
        if (by.comment() == null) {
            throw new IllegalArgumentException("差戻しにはコメントを入力してください");
        }
        return reviewed(CheckInState.RETURNED, by);
    }

    /** Still awaiting confirmation more than {@code days} days after it was posted, at {@code now}. */
    public boolean overdue(int days, LocalDateTime now) {
        return awaiting() && postedAt.plusDays(days).isBefore(now);
    }

    private CheckIn reviewed(CheckInState newState, Review by) {
        if (!awaiting()) {
            throw new IllegalStateException("このチェックインは確認済みまたは差戻し済みです");
        }
        return new CheckIn(id, itemYearId, asOf, figureToDate, status, comment, postedByUserId, postedByName, postedAt,
                newState, by);
    }
}
