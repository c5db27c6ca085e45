package jp.bansou.plan;

import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditType;
import jp.bansou.audit.FieldChanges;

/** How changes of the plan's structure read in the audit trail: the plan, an area or an item, by name. */
final class PlanAudit {

    private PlanAudit() {
    }

    static AuditEntry plan(long associationId, long planId, String name, AuditAction action) {
        return AuditEntry.of(associationId, AuditType.PLAN, action, "plan-" + planId, "経営発達支援計画 " + name);
    }

    static AuditEntry area(long associationId, long areaId, String name, AuditAction action) {
        return AuditEntry.of(associationId, AuditType.PLAN, action, "area-" + areaId, "事業 " + name);
    }

    static AuditEntry item(long associationId, long itemId, String name, AuditAction action) {
        return AuditEntry.of(associationId, AuditType.PLAN, action, "item-" + itemId, "項目 " + name)
                .concerning(itemId, null);
    }

    static FieldChanges area(AreaDefinition before, AreaDefinition after) {
        return FieldChanges.none()
                .field("事業名", before == null ? null : before.name(), after == null ? null : after.name())
                .field("指針", before == null ? null : before.guideline(), after == null ? null : after.guideline())
                .field("小見出し", before == null ? null : before.subHeading(), after == null ? null : after.subHeading());
    }

    static FieldChanges item(ItemDefinition before, ItemDefinition after) {
        return FieldChanges.none()
                .field("項目名", before == null ? null : before.name(), after.name())
                .field("単位", before == null ? null : before.unit().label(), after.unit().label())
                .field("比較", before == null ? null : comparator(before.comparator()), comparator(after.comparator()))
                .field("中長期目標", before == null ? null : before.fiveYearTarget(), after.fiveYearTarget())
                .field("中長期目標の種類", before == null ? null : kind(before.fiveYearKind()), kind(after.fiveYearKind()));
    }

    static ItemDefinition definition(PlanItem item) {
        return new ItemDefinition(item.name(), item.unit(), item.comparator(), item.fiveYearTarget(), item.fiveYearKind());
    }

    static AreaDefinition definition(AreaSummary area) {
        return new AreaDefinition(area.name(), area.guideline(), area.subHeading());
    }

    private static String comparator(TargetComparator comparator) {
        return comparator == TargetComparator.EXACT ? "ちょうど" : comparator.suffix();
    }

    private static String kind(FiveYearKind kind) {
        return kind == null ? null : kind == FiveYearKind.CUMULATIVE ? "5年累計" : "毎年";
    }
}
