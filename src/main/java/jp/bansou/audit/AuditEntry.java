package jp.bansou.audit;

/**
 * One change to record: of what (type, id, label; the item and item-year it concerns where any),
 * how (action), the changed fields before and after as compact text, the reason where one was
 * given, and who (null: the logged-in user of the request, else the system). Built with
 * {@link #of} and the {@code with…} methods; texts are cut to the column sizes.
 */
public record AuditEntry(long associationId, AuditType type, AuditAction action, String entityId, String label,
                         Long itemId, Long itemYearId, String before, String after, String reason, Actor actor) {

    static final int TEXT_LIMIT = 4000;
    static final int LABEL_LIMIT = 300;
    static final int REASON_LIMIT = 1000;

    public AuditEntry {
        if (type == null || action == null) {
            throw new IllegalArgumentException("変更の種類は必須です");
        }
        label = cut(label, LABEL_LIMIT);
        before = cut(before, TEXT_LIMIT);
        after = cut(after, TEXT_LIMIT);
        reason = cut(reason, REASON_LIMIT);
    }

    public static AuditEntry of(long associationId, AuditType type, AuditAction action, Object entityId,
                                String label) {
        return new AuditEntry(associationId, type, action, entityId == null ? null : entityId.toString(), label,
                null, null, null, null, null, null);
    }

    /** The item (and its year, or null) the change concerns: it then shows in the item's history. */
    public AuditEntry concerning(Long item, Long itemYear) {
        return new AuditEntry(associationId, type, action, entityId, label, item, itemYear, before, after, reason,
                actor);
    }

    public AuditEntry changing(String beforeText, String afterText) {
        return new AuditEntry(associationId, type, action, entityId, label, itemId, itemYearId, beforeText, afterText,
                reason, actor);
    }

    public AuditEntry changing(FieldChanges changes) {
        return changing(changes.before(), changes.after());
    }

    public AuditEntry because(String why) {
        return new AuditEntry(associationId, type, action, entityId, label, itemId, itemYearId, before, after, why,
                actor);
    }

    public AuditEntry by(Actor who) {
        return new AuditEntry(associationId, type, action, entityId, label, itemId, itemYearId, before, after, reason,
                who);
    }

    private static String cut(String text, int limit) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= limit ? stripped : stripped.substring(0, limit - 1) + "…";
    }
}
