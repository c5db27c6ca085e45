package jp.bansou.progress;

import java.time.LocalDateTime;

/**
 * A status set by hand on an item-year, with the comment that explains it, who set it and when.
 * It stands instead of the computed status until the next check-in on the item-year.
 */
public record StatusOverride(long itemYearId, PaceStatus status, String comment, String setBy, LocalDateTime setAt) {

    public StatusOverride {
        if (status == null || !PaceStatus.SETTABLE.contains(status)) {
            throw new IllegalArgumentException("状況を選んでください");
        }
        comment = comment == null ? "" : comment.strip();
        if (comment.isEmpty()) {
            throw new IllegalArgumentException("状況を手動で設定するにはコメントを入力してください");
        }
        if (comment.length() > 500) {
            throw new IllegalArgumentException("コメントは500文字以内で入力してください");
        }
        if (setBy == null || setBy.isBlank() || setAt == null) {
            throw new IllegalArgumentException("設定者と設定日時は必須です");
        }
    }
}
