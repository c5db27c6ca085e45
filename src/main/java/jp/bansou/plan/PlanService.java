package jp.bansou.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.bansou.audit.AuditTrail;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.RoleHolder;
import jp.bansou.organization.StaffChanged;
import jp.bansou.organization.UserRole;
import jp.bansou.period.PeriodLocks;
import jp.bansou.plan.internal.PlanStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on the plan: set up areas, items and their years; change an item's year with optimistic
 * locking; keep headcount-derived targets in step with the staff.
 */
@Service
@Transactional
public class PlanService {

    private final PlanStore store;
    private final PlanQueries queries;
    private final OrganizationQueries organization;
    private final AuditTrail audit;
    private final PeriodLocks locks;

    PlanService(PlanStore store, PlanQueries queries, OrganizationQueries organization, AuditTrail audit,
                PeriodLocks locks) {
        this.store = store;
        this.queries = queries;
        this.organization = organization;
        this.audit = audit;
        this.locks = locks;
    }

    public long createPlan(long associationId, String name, FiscalYear first, FiscalYear last) {
        return store.insertPlan(associationId, name, first.startYear(), last.startYear());
    }

    public long addArea(long associationId, String name, Integer guideline, String subHeading) {
        return store.insertArea(associationId, name, guideline, subHeading);
    }

    public long addItem(long associationId, NewItem item) {
        return store.insertItem(associationId, item);
    }

    public long setUpItemYear(ItemYearSetup setup) {
        BigDecimal target = setup.derivation() == null ? setup.target()
                : setup.derivation().targetFor(organization.headcount(setup.derivation().groupId(), setup.year()));
        long id = store.insertItemYear(setup.itemId(), setup.year().startYear(), target, setup.derivation(),
                setup.actual(), setup.grade() == null ? null : setup.grade().code(), setup.note());
        store.replaceDistrictActuals(id, setup.districtActuals());
        if (setup.roles() != null) {
            store.replaceRoles(id, setup.roles());
        }
        long associationId = store.associationOfItem(setup.itemId());
        audit.record(ItemYearAudit.created(queries.itemYear(associationId, id).orElseThrow()));
        return id;
    }

    public List<String> changeItemYear(BansouUser user, long itemYearId, int expectedVersion, ItemYearChange change) {
        return changeItemYear(user, itemYearId, expectedVersion, change, null);
    }

    /**
     * Saves the item page. Refused with {@link StaleItemYearException} when someone saved since
     * {@code expectedVersion} was read, with {@link jp.bansou.period.PeriodClosedException} when the
     * year is closed (an admin may go ahead giving a reason); returns warnings (a split that does
     * not add up) otherwise. The change lands in the audit trail with the reason.
     */
    public List<String> changeItemYear(BansouUser user, long itemYearId, int expectedVersion, ItemYearChange change,
                                       String reason) {
        ItemYearDetail current = queries.itemYear(user.associationId(), itemYearId)
                .orElseThrow(() -> new ItemYearNotFoundException(itemYearId));
        if (!mayEdit(user, current)) {
            throw new AccessDeniedException("この項目を編集する権限がありません");
        }
        checkBelongsToAssociation(user.associationId(), change);
        locks.checkYear(user, user.associationId(), current.year(), reason);
        if (current.actualCounted()) {
            change = change.withActual(current.actual(), current.districtActuals());
        }
        boolean keepDerivation = current.derivation() != null && current.target() != null
                && change.target() != null && current.target().compareTo(change.target()) == 0;
        if (!store.updateItemYear(itemYearId, expectedVersion, change.target(), keepDerivation, change.actual(),
                change.note())) {
            throw new StaleItemYearException(itemYearId);
        }
        store.replaceDistrictActuals(itemYearId, change.districtActuals());
        store.replaceRoles(itemYearId, change.roles());
        new ItemYearAudit(organization.holderNames(user.associationId()), organization.districts(user.associationId()))
                .updated(current, change).ifPresent(e -> audit.record(e.because(reason).by(user.actor())));
        List<String> warnings = new ArrayList<>();
        if (change.splitDiffersFromTotal()) {
            warnings.add("地区別実績の合計が実績と一致しません");
        }
        Map<Long, Long> aboveParent = queries.subItemsAboveParent(user.associationId(), current.year());
        if (aboveParent.containsKey(itemYearId) || aboveParent.containsValue(itemYearId)) {
            warnings.add("「うち」の項目の実績が親項目の実績を上回っています");
        }
        return warnings;
    }

    /**
     * Stores an actual counted from activity records with its district split; the item page then
     * shows it read-only. Nothing happens when the item has no target row for that year.
     */
    public void recordCountedActual(long associationId, long itemId, FiscalYear year, BigDecimal total,
                                    Map<Long, BigDecimal> byDistrict) {
        if (store.updateCountedActual(associationId, itemId, year.startYear(), total)) {
            store.replaceDistrictActuals(store.itemYearId(itemId, year.startYear()), byDistrict);
        }
    }

    /**
     * Writes the grade a reviewer decided into the item's year, where the table shows it. Who may
     * decide is the grading's business; the version is left alone, as the item page no longer edits
     * the grade and a decision should not make its pending save stale.
     */
    public void recordDecidedGrade(long associationId, long itemYearId, Grade grade) {
        if (!store.updateGrade(associationId, itemYearId, grade.code())) {
            throw new ItemYearNotFoundException(itemYearId);
        }
    }

    /** The item is no longer counted: its last counted figures stay and can be typed over from now on. */
    public void releaseCountedActuals(long associationId, long itemId) {
        store.markActualsManual(associationId, itemId);
    }

    /**
     * Reviewers and admins edit any item of their association; staff edit the items they lead or
     * deputise, in person or through a group; viewers edit nothing.
     */
    @Transactional(readOnly = true)
    public boolean mayEdit(BansouUser user, ItemYearDetail item) {
        if (user.associationId() != item.associationId() || user.role() == UserRole.VIEWER) {
            return false;
        }
        if (user.editsEveryItem()) {
            return true;
        }
        if (user.staffMemberId() == null || item.roles() == null) {
            return false;
        }
        Set<Long> groups = organization.groupIdsOf(user.staffMemberId());
        return item.roles().isLeadOrDeputy(user.staffMemberId(), groups);
    }

    /** Headcount changed: every derived target follows its year's headcount again. */
    @EventListener
    public void onStaffChanged(StaffChanged event) {
        for (PlanStore.DerivedTarget derived : store.derivedTargets(event.associationId())) {
            int headcount = organization.headcount(derived.derivation().groupId(), FiscalYear.of(derived.fiscalYear()));
            BigDecimal target = derived.derivation().targetFor(headcount);
            if (derived.target() == null || derived.target().compareTo(target) != 0) {
                store.updateDerivedTarget(derived.itemYearId(), target);
                queries.itemYear(event.associationId(), derived.itemYearId())
                        .ifPresent(item -> audit.record(ItemYearAudit.derived(item, derived.target(), target)));
            }
        }
    }

    private void checkBelongsToAssociation(long associationId, ItemYearChange change) {
        Set<Long> districts = new java.util.HashSet<>();
        organization.districts(associationId).forEach(d -> districts.add(d.id()));
        if (!districts.containsAll(change.districtActuals().keySet())) {
            throw new IllegalArgumentException("地区が正しくありません");
        }
        List<RoleHolder> holders = new ArrayList<>(change.roles().deputies());
        holders.add(change.roles().reviewer());
        holders.add(change.roles().lead());
        if (!holders.stream().allMatch(h -> organization.holderBelongsTo(h, associationId))) {
            throw new IllegalArgumentException("担当者が正しくありません");
        }
    }
}
