package jp.bansou.plan;

import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.FieldChanges;
import jp.bansou.organization.BansouUser;
import jp.bansou.shared.StaleEditException;
import jp.bansou.plan.internal.PlanAdminStore;
import jp.bansou.plan.internal.PlanStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admins' changes of the five-year plan's name and years and of its business areas; each one audited. */
@Service
@Transactional
public class PlanStructureService {

    private final PlanStore store;
    private final PlanAdminStore admin;
    private final PlanAdminQueries queries;
    private final FiveYearQueries fiveYear;
    private final AuditTrail audit;

    PlanStructureService(PlanStore store, PlanAdminStore admin, PlanAdminQueries queries, FiveYearQueries fiveYear,
                         AuditTrail audit) {
        this.store = store;
        this.admin = admin;
        this.queries = queries;
        this.fiveYear = fiveYear;
        this.audit = audit;
    }

    /**
     * Names the plan and sets its years (creating the plan if there is none), refused with
     * {@link PlanChangeRefused} when item-years would fall outside.
     */
    public void savePlan(BansouUser user, String name, PlanYears years) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > 200) {
            throw new PlanChangeRefused("計画名を200文字以内で入力してください");
        }
        years.refusal(queries.itemYearsByYear(user.associationId())).ifPresent(message -> {
            throw new PlanChangeRefused(message);
        });
        int first = years.first().startYear();
        int last = years.last().startYear();
        var current = fiveYear.plan(user.associationId());
        FieldChanges changes = FieldChanges.none()
                .field("計画名", current.map(FiveYearPlan::name).orElse(null), stripped)
                .field("期間", current.map(p -> p.first().japaneseLabel() + "〜" + p.last().japaneseLabel()).orElse(null),
                        years.first().japaneseLabel() + "〜" + years.last().japaneseLabel());
        if (current.isPresent()) {
            admin.updatePlan(user.associationId(), current.get().id(), stripped, first, last);
            audit.record(PlanAudit.plan(user.associationId(), current.get().id(), stripped, AuditAction.UPDATE)
                    .changing(changes));
        } else {
            long id = store.insertPlan(user.associationId(), stripped, first, last);
            audit.record(PlanAudit.plan(user.associationId(), id, stripped, AuditAction.CREATE).changing(changes));
        }
    }

    public long addArea(BansouUser user, AreaDefinition area) {
        long id = store.insertArea(user.associationId(), area.name(), area.guideline(), area.subHeading());
        audit.record(PlanAudit.area(user.associationId(), id, area.name(), AuditAction.CREATE)
                .changing(PlanAudit.area(null, area)));
        return id;
    }

    /** Refused with {@link PlanChangeRefused}, changing nothing, when the area is no longer at {@code expectedVersion}. */
    public void editArea(BansouUser user, long areaId, int expectedVersion, AreaDefinition area) {
        AreaSummary before = area(user, areaId);
        if (!admin.updateArea(user.associationId(), areaId, expectedVersion, area)) {
            throw new PlanChangeRefused(new StaleEditException("事業「" + before.name() + "」", null).getMessage());
        }
        FieldChanges changes = PlanAudit.area(PlanAudit.definition(before), area);
        if (!changes.isEmpty()) {
            audit.record(PlanAudit.area(user.associationId(), areaId, area.name(), AuditAction.UPDATE).changing(changes));
        }
    }

    /** One place up (-1) or down (+1) in the table. */
    public void moveArea(BansouUser user, long areaId, int delta) {
        AreaSummary area = area(user, areaId);
        var areas = queries.areas(user.associationId());
        AreaOrder before = new AreaOrder(areas.stream().map(AreaSummary::id).toList());
        AreaOrder after = before.move(areaId, delta);
        if (!after.equals(before)) {
            admin.orderAreas(user.associationId(), after.areaIds());
            audit.record(PlanAudit.area(user.associationId(), areaId, area.name(), AuditAction.UPDATE)
                    .changing("順番: " + (before.areaIds().indexOf(areaId) + 1),
                            "順番: " + (after.areaIds().indexOf(areaId) + 1)));
        }
    }

    /** Deletes an area that has no items; with items, refused naming them. */
    public void deleteArea(BansouUser user, long areaId) {
        AreaSummary area = area(user, areaId);
        if (!area.itemNames().isEmpty() || !admin.deleteEmptyArea(user.associationId(), areaId)) {
            throw new PlanChangeRefused("事業「" + area.name() + "」には項目があるため削除できません（"
                    + String.join("、", area.itemNames()) + "）。先に項目をほかの事業へ移してください");
        }
        audit.record(PlanAudit.area(user.associationId(), areaId, area.name(), AuditAction.DELETE)
                .changing(PlanAudit.area(PlanAudit.definition(area), null).before(), null));
    }

    private AreaSummary area(BansouUser user, long areaId) {
        return queries.area(user.associationId(), areaId).orElseThrow(() -> new PlanElementNotFoundException("area", areaId));
    }
}
