package jp.bansou.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.bansou.audit.Actor;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditType;
import jp.bansou.audit.FieldChanges;
import jp.bansou.organization.District;
import jp.bansou.organization.RoleHolder;

/**
 * How a change of an item's year reads in the audit trail: its target, actual, district split,
 * note and roles before and after, by the names the pages use.
 */
record ItemYearAudit(Map<String, String> holderNames, List<District> districts) {

    /** The entry for a change of the item page, or empty when it changes nothing. */
    java.util.Optional<AuditEntry> updated(ItemYearDetail before, ItemYearChange after) {
        FieldChanges changes = changes(before, after);
        return changes.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(entry(before, AuditAction.UPDATE).changing(changes));
    }

    FieldChanges changes(ItemYearDetail before, ItemYearChange after) {
        return FieldChanges.none()
                .field("目標", before.target(), after.target())
                .field("実績", before.actual(), after.actual())
                .field("地区別実績", split(before.districtActuals()), split(after.districtActuals()))
                .field("備考", before.note(), after.note())
                .field("確認者", before.roles() == null ? null : name(before.roles().reviewer()),
                        name(after.roles().reviewer()))
                .field("主担当", before.roles() == null ? null : name(before.roles().lead()), name(after.roles().lead()))
                .field("副担当", before.roles() == null ? null : names(before.roles().deputies()),
                        names(after.roles().deputies()));
    }

    /**
     * An item-year set up (from the sheet, carried over, imported): by the logged-in user where there
     * is one (an import), else by the system, with its first figures.
     */
    static AuditEntry created(ItemYearDetail item) {
        FieldChanges values = FieldChanges.none().field("目標", null, item.target()).field("実績", null, item.actual())
                .field("達成状況", null, item.grade()).field("備考", null, item.note());
        return entry(item, AuditAction.CREATE).changing(null, values.after());
    }

    /** A derived target that followed the headcount. */
    static AuditEntry derived(ItemYearDetail item, BigDecimal before, BigDecimal after) {
        return entry(item, AuditAction.UPDATE).changing(FieldChanges.none().field("目標", before, after))
                .because("職員数の変更に合わせて目標を算出し直しました").by(Actor.SYSTEM);
    }

    static AuditEntry entry(ItemYearDetail item, AuditAction action) {
        return AuditEntry.of(item.associationId(), AuditType.ITEM_YEAR, action, item.itemYearId(), label(item))
                .concerning(item.itemId(), item.itemYearId());
    }

    static String label(ItemYearDetail item) {
        return item.name() + "（" + item.year().japaneseLabel() + "）";
    }

    /** 音戸 10; 倉橋 5, in the districts' order; empty when there is no split. */
    String split(Map<Long, BigDecimal> values) {
        return districts.stream().filter(d -> values.get(d.id()) != null)
                .map(d -> d.name() + " " + values.get(d.id()).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
    }

    private String name(RoleHolder holder) {
        return holderNames.getOrDefault(holder.key(), holder.key());
    }

    private String names(List<RoleHolder> holders) {
        return holders.stream().map(this::name).collect(Collectors.joining("・"));
    }
}
