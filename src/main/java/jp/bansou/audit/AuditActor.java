package jp.bansou.audit;

/**
 * A logged-in principal the audit trail can name. The application's user implements it, so a change
 * made during a request is recorded with who made it without every service passing the user on.
 */
public interface AuditActor {

    long auditUserId();

    long auditAssociationId();

    String auditName();

    default Actor actor() {
        return new Actor(auditUserId(), auditName());
    }
}
