package jp.bansou.audit;

/** The kind of change; pages name it by the message audit.action.NAME. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    DECIDE,
    MERGE,
    IMPORT,
    UNDO,
    CLOSE,
    REOPEN,
    ACKNOWLEDGE,
    RETURN,
    PUBLISH,
    WITHDRAW
}
