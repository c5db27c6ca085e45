package jp.bansou.notification;

import java.time.LocalDateTime;

/**
 * One alert to one login: what kind it is ({@code CHECK_IN_POSTED}), the message, the page it points
 * to (a path such as {@code /items/12}, or null), when it was raised and when it was read (null: unread).
 */
public record Notification(long id, String kind, String message, String link, LocalDateTime createdAt,
                           LocalDateTime readAt) {

    public Notification {
        if (kind == null || kind.isBlank() || message == null || message.isBlank() || createdAt == null) {
            throw new IllegalArgumentException("通知には種類、本文、日時が必要です");
        }
    }

    public boolean unread() {
        return readAt == null;
    }
}
