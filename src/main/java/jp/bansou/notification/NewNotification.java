package jp.bansou.notification;

/**
 * What {@link Notifications#notify} raises: a kind (upper-case words, {@code CHECK_IN_RETURNED}), a
 * message of at most 1,000 characters, and an optional link to a page of the application (a path
 * starting with a single {@code /} and without backslashes, so a notification never sends anyone
 * elsewhere).
 */
public record NewNotification(String kind, String message, String link) {

    public NewNotification {
        if (kind == null || !kind.matches("[A-Z][A-Z_]{0,39}")) {
            throw new IllegalArgumentException("通知の種類が正しくありません: " + kind);
        }
        message = message == null ? "" : message.strip();
        if (message.isEmpty() || message.length() > 1000) {
            throw new IllegalArgumentException("通知の本文は1〜1000文字です");
        }
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\")
                || link.length() > 500)) {
            throw new IllegalArgumentException("通知のリンクはアプリケーション内のパスです: " + link);
        }
    }
}
