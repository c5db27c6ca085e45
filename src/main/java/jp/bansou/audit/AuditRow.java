package jp.bansou.audit;

import java.time.LocalDateTime;

/** One recorded change as the history and the admin search show it. */
public record AuditRow(long id, LocalDateTime changedAt, Long userId, String userName, AuditType type,
                       AuditAction action, String entityId, String label, Long itemId, Long itemYearId,
                       String before, String after, String reason) {
}
