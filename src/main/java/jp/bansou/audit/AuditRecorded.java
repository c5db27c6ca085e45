package jp.bansou.audit;

/**
 * Published, inside the changing transaction, with every entry the trail records: since every
 * change by a user is recorded, whatever keeps pages derived from the association's data learns
 * here that they may be out of date.
 */
public record AuditRecorded(long associationId, AuditType type) {
}
