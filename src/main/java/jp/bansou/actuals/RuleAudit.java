package jp.bansou.actuals;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.SupportCategory;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditType;
import jp.bansou.audit.FieldChanges;

/** A counting rule as the audit trail shows it: measure, kinds, categories, members only, first year. */
record RuleAudit(Map<Long, String> kinds, Map<Long, String> categories) {

    static RuleAudit of(ActivityQueries activities, long associationId) {
        return new RuleAudit(
                activities.kinds(associationId).stream().collect(Collectors.toMap(ActivityKind::id, ActivityKind::name)),
                activities.categories(associationId).stream()
                        .collect(Collectors.toMap(SupportCategory::id, SupportCategory::name)));
    }

    AuditEntry entry(long associationId, long itemId, String itemName, CountingRule before, CountingRule after) {
        AuditAction action = before == null ? AuditAction.CREATE : after == null ? AuditAction.DELETE
                : AuditAction.UPDATE;
        FieldChanges changes = FieldChanges.none()
                .field("集計方法", before == null ? null : before.spec().measure(), after == null ? null : after.spec().measure())
                .field("活動種別", before == null ? null : names(before.spec().kindIds(), kinds),
                        after == null ? null : names(after.spec().kindIds(), kinds))
                .field("支援区分", before == null ? null : names(before.spec().categoryIds(), categories),
                        after == null ? null : names(after.spec().categoryIds(), categories))
                .field("会員のみ", before == null ? null : before.spec().membersOnly(),
                        after == null ? null : after.spec().membersOnly())
                .field("適用開始", before == null ? null : before.from().japaneseLabel(),
                        after == null ? null : after.from().japaneseLabel());
        return AuditEntry.of(associationId, AuditType.COUNTING_RULE, action, itemId, itemName)
                .concerning(itemId, null).changing(before == null ? null : changes.before(),
                        after == null ? null : changes.after());
    }

    private static String names(Set<Long> ids, Map<Long, String> names) {
        return ids.isEmpty() ? "すべて" : ids.stream().map(id -> names.getOrDefault(id, "#" + id)).sorted()
                .collect(Collectors.joining("・"));
    }
}
