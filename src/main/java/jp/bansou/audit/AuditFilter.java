package jp.bansou.audit;

import java.time.LocalDate;

/**
 * What the admin search narrows to; every part is optional. {@code to} includes its whole day;
 * {@code text} is looked for, ignoring case, in the label, before, after, reason and user name.
 */
public record AuditFilter(LocalDate from, LocalDate to, String user, AuditType type, String text, Long itemId) {

    public AuditFilter {
        user = blankToNull(user);
        text = blankToNull(text);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("期間の終わりが始まりより前です");
        }
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public static AuditFilter ofItem(long itemId) {
        return new AuditFilter(null, null, null, null, null, itemId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
