package jp.bansou.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.audit.FieldChanges;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffGroup;
import jp.bansou.period.PeriodLocks;
import jp.bansou.plan.internal.PlanAdminStore;
import jp.bansou.plan.internal.PlanStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The targets grid: every item's target for every year of the plan, read and saved as a whole.
 * A save stores all of its changed cells or none: each invalid cell and each cell someone else
 * saved since the page was read is named, and nothing is written.
 */
@Service
@Transactional
public class TargetGridService {

    private final PlanAdminQueries queries;
    private final FiveYearQueries fiveYear;
    private final PlanStore store;
    private final PlanAdminStore admin;
    private final OrganizationQueries organization;
    private final PeriodLocks locks;
    private final AuditTrail audit;

    TargetGridService(PlanAdminQueries queries, FiveYearQueries fiveYear, PlanStore store, PlanAdminStore admin,
                      OrganizationQueries organization, PeriodLocks locks, AuditTrail audit) {
        this.queries = queries;
        this.fiveYear = fiveYear;
        this.store = store;
        this.admin = admin;
        this.organization = organization;
        this.locks = locks;
        this.audit = audit;
    }

    /** The grid over the plan's years (the years with a table when there is no plan yet). */
    @Transactional(readOnly = true)
    public TargetGrid grid(long associationId) {
        List<FiscalYear> years = fiveYear.plan(associationId).map(FiveYearPlan::years)
                .orElseGet(() -> List.copyOf(queries.itemYearsByYear(associationId).keySet()));
        Set<FiscalYear> closed = new HashSet<>();
        years.stream().filter(y -> locks.yearClosed(associationId, y)).forEach(closed::add);
        return new TargetGrid(years, closed, queries.gridRows(associationId, years));
    }

    /**
     * Saves the cells whose target or derivation differ from what is stored; a derived target is
     * computed from the group's headcount in the cell's year. Refused as a whole with
     * {@link TargetGridRejected}; returns how many cells changed.
     */
    public int save(BansouUser user, List<GridCellChange> cells) {
        TargetGrid grid = grid(user.associationId());
        Set<Long> groups = new HashSet<>(organization.groups(user.associationId()).stream().map(StaffGroup::id).toList());
        List<String> errors = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        List<Write> writes = new ArrayList<>();
        for (GridCellChange change : cells) {
            GridRow row = grid.row(change.itemId()).orElse(null);
            String where = row == null ? "項目" + change.itemId() : "「" + row.item().name() + "」" + change.year().japaneseLabel();
            if (row == null || !row.cells().containsKey(change.year())) {
                errors.add(where + ": この年度の目標は設定できません（計画の期間外か、廃止した項目です）");
                continue;
            }
            if (change.derivation() != null && !groups.contains(change.derivation().groupId())) {
                errors.add(where + ": 人数連動のグループが正しくありません");
                continue;
            }
            BigDecimal target = change.derivation() == null ? change.target()
                    : change.derivation().targetFor(organization.headcount(change.derivation().groupId(), change.year()));
            GridCell current = row.cell(change.year());
            if (!current.differsFrom(target, change.derivation())) {
                continue;
            }
            if (grid.closed(change.year())) {
                errors.add(where + ": " + change.year().japaneseLabel() + "は締められているため変更できません");
            } else if (current.itemYearId() != null && !Integer.valueOf(current.version()).equals(change.expectedVersion())
                    || current.itemYearId() == null && change.expectedVersion() != null) {
                stale.add(where + "（現在の目標: " + (current.target() == null ? "なし" : current.targetText()) + "）");
            } else {
                writes.add(new Write(row.item(), change, current, target));
            }
        }
        if (!errors.isEmpty() || !stale.isEmpty()) {
            throw new TargetGridRejected(errors, stale);
        }
        writes.forEach(w -> write(user, w));
        return writes.size();
    }

    private void write(BansouUser user, Write w) {
        FiscalYear year = w.change().year();
        Long id = w.current().itemYearId();
        if (id == null) {
            id = store.insertItemYear(w.item().id(), year.startYear(), w.target(), w.change().derivation(), null, null, null);
        } else if (!admin.updateTarget(id, w.current().version(), w.target(), w.change().derivation())) {
            throw new TargetGridRejected(List.of(), List.of("「" + w.item().name() + "」" + year.japaneseLabel()));
        }
        FieldChanges changes = FieldChanges.none().field("目標", w.current().target(), w.target())
                .field("人数連動", w.current().derivationText(), derivationText(w, year));
        audit.record(AuditEntry.of(user.associationId(), AuditType.ITEM_YEAR,
                        w.current().itemYearId() == null ? AuditAction.CREATE : AuditAction.UPDATE, id,
                        w.item().name() + "（" + year.japaneseLabel() + "）")
                .concerning(w.item().id(), id).changing(changes).because("目標の一覧表で変更"));
    }

    private String derivationText(Write w, FiscalYear year) {
        return new DerivationTexts(organization, year).describe(w.change().derivation(), w.item().unit());
    }

    private record Write(PlanItem item, GridCellChange change, GridCell current, BigDecimal target) {
    }
}
