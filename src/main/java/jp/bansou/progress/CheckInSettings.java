package jp.bansou.progress;

/**
 * An association's check-in settings: a check-in still awaiting confirmation {@code overdueDays}
 * days after it was posted alerts the reviewer, once (1 to 365 days; 7 unless the admin changed it).
 */
public record CheckInSettings(int overdueDays) {

    public static final int DEFAULT_OVERDUE_DAYS = 7;

    public CheckInSettings {
        if (overdueDays < 1 || overdueDays > 365) {
            throw new IllegalArgumentException("確認待ちの通知までの日数は1〜365日で入力してください");
        }
    }

    public static CheckInSettings defaults() {
        return new CheckInSettings(DEFAULT_OVERDUE_DAYS);
    }
}
