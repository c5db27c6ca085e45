package jp.bansou.report.sheetimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.Grade;
import jp.bansou.plan.ItemYearChange;
import jp.bansou.plan.ItemYearSetup;
import jp.bansou.plan.NewItem;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.PlanService;
import jp.bansou.plan.RoleAssignment;
import jp.bansou.plan.TargetDerivation;
import jp.bansou.progress.GradingService;
import jp.bansou.shared.FiscalYear;

/**
 * Carries out a checked plan through the plan's API, row by row in the file's order, inside the
 * caller's transaction: new areas and items (a new うち item under the row above it), new item-years,
 * changes of existing ones (which keep counted actuals and audit themselves), and grades as decisions.
 */
final class ImportWriter {

    static final String GRADE_REASON = "目標管理表の取込";

    private final PlanService plan;
    private final PlanQueries queries;
    private final GradingService grading;

    ImportWriter(PlanService plan, PlanQueries queries, GradingService grading) {
        this.plan = plan;
        this.queries = queries;
        this.grading = grading;
    }

    void write(BansouUser user, FiscalYear year, List<PlannedItem> rows) {
        Map<String, Long> areas = new HashMap<>();
        List<Long> itemIds = new ArrayList<>();
        for (PlannedItem row : rows) {
            long areaId = row.areaId() != null ? row.areaId() : areas.computeIfAbsent(row.areaName(), name ->
                    plan.addArea(user.associationId(), name, row.source().area().guideline(),
                            row.source().area().subHeading()));
            long itemId = row.itemId() != null ? row.itemId() : plan.addItem(user.associationId(), new NewItem(areaId,
                    row.parentIndex() == null ? null : itemIds.get(row.parentIndex()), row.name(), row.unit(),
                    row.comparator(), null, null));
            itemIds.add(itemId);
            long itemYearId = switch (row.action()) {
                case CREATE_ITEM, ADD_YEAR -> plan.setUpItemYear(setup(itemId, year, row));
                case UPDATE -> update(user, row);
            };
            if (row.grade() != null && !row.grade().equals(currentGrade(user, row))) {
                grading.recordDecision(user.associationId(), itemYearId, row.grade(), GRADE_REASON, user.displayName());
            }
        }
    }

    private static ItemYearSetup setup(long itemId, FiscalYear year, PlannedItem row) {
        Remarks.Derivation d = row.source().remarks().derivation();
        TargetDerivation derivation = row.derivationGroup() == null ? null
                : new TargetDerivation(row.derivationGroup(), d.perHead(), d.addend(), d.remark());
        return new ItemYearSetup(itemId, year, derivation == null ? row.target() : null, derivation, row.actual(),
                row.split(), Grade.ofNullable(row.grade()), row.note(), row.roles());
    }

    private long update(BansouUser user, PlannedItem row) {
        RoleAssignment roles = row.roles() != null ? row.roles() : queries.rolesOf(row.itemYearId());
        plan.changeItemYear(user, row.itemYearId(), row.version(),
                new ItemYearChange(row.target(), row.actual(), row.split(), row.note(), roles));
        return row.itemYearId();
    }

    private String currentGrade(BansouUser user, PlannedItem row) {
        return row.action() == PlannedItem.Action.UPDATE
                ? queries.itemYear(user.associationId(), row.itemYearId()).map(i -> i.grade()).orElse(null) : null;
    }
}
