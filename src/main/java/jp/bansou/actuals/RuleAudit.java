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
                activities.kinds(associationId).stream()
                        .collect(Collectors.toMap(ActivityKind::id, ActivityKind::name)),
                activities.categories(associationId).stream()
                        .collect(Collectors.toMap(SupportCategory::id, SupportCategory::name)));
    }

    AuditEntry entry(long associationId, long itemId, String itemName, CountingRule before, CountingRule after) {
        AuditAction action = before == null ? AuditAction.CREATE : after == null ? AuditAction.DELETE
                : AuditAction.UPDATE;
        FieldChanges changes = FieldChanges.none()
                .field("集計方法", part(before, r -> r.spec().measure()), part(after, r -> r.spec().measure()))
                .field("活動種別", part(before, r -> names(r.spec().kindIds(), kinds)),
                        part(after, r -> names(r.spec().kindIds(), kinds)))
                .field("支援区分", part(before, r -> names(r.spec().categoryIds(), categories)),
                        part(after, r -> names(r.spec().categoryIds(), categories)))
                .field("会員のみ", part(before, r -> r.spec().membersOnly()), part(after, r -> r.spec().membersOnly()))
                .field("適用開始", part(before, r -> r.from().japaneseLabel()), part(after, r -> r.from().japaneseLabel()));
        return AuditEntry.of(associationId, AuditType.COUNTING_RULE, action, itemId, itemName)
                .concerning(itemId, null).changing(before == null ? null : changes.before(),
                        after == null ? null : changes.after());
    }

    private static Object part(CountingRule rule, java.util.function.Function<CountingRule, Object> value) {
        return rule == null ? null : value.apply(rule);
    }

    private static String names(Set<Long> ids, Map<Long, String> names) {
        return ids.isEmpty() ? "すべて" : ids.stream().map(id -> names.getOrDefault(id, "#" + id)).sorted()
                .collect(Collectors.joining("・"));
    }
}
