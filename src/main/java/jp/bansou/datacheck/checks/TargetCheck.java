package jp.bansou.datacheck.checks;

import jp.bansou.datacheck.CheckScope;
import jp.bansou.datacheck.DataCheck;
import jp.bansou.datacheck.Finding;
import jp.bansou.datacheck.Findings;
import jp.bansou.plan.PlanConsistencyQueries;
import jp.bansou.plan.TargetGap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Items without a target in the year: a row without one (fixed on its item page), or, in a year of
 * the five-year plan, no row at all (linked to the item's newest year, or the year's table).
 */
@Component
@Order(20)
class TargetCheck implements DataCheck {

    private final PlanConsistencyQueries plan;

    TargetCheck(PlanConsistencyQueries plan) {
        this.plan = plan;
    }

    @Override
    public String code() {
        return "targets";
    }

    @Override
    public Findings run(CheckScope scope) {
        return Findings.of(plan.targetGaps(scope.associationId(), scope.year()).stream()
                .map(g -> Finding.of(g.name(), g.rowMissing() ? "datacheck.targets.noRow" : "datacheck.targets.none",
                        link(g, scope)))
                .toList());
    }

    private static String link(TargetGap gap, CheckScope scope) {
        Long page = gap.pageItemYearId();
        return page == null ? Links.targetTable(scope.year()) : Links.item(page);
    }
}
