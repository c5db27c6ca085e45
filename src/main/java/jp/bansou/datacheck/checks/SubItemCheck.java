package jp.bansou.datacheck.checks;

import jp.bansou.datacheck.CheckScope;
import jp.bansou.datacheck.DataCheck;
import jp.bansou.datacheck.Finding;
import jp.bansou.datacheck.Findings;
import jp.bansou.plan.PlanConsistencyQueries;
import jp.bansou.shared.Decimals;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** うち rows larger than their parent in the year (a part cannot exceed the whole); fixed on the うち row's page. */
@Component
@Order(40)
class SubItemCheck implements DataCheck {

    private final PlanConsistencyQueries plan;

    SubItemCheck(PlanConsistencyQueries plan) {
        this.plan = plan;
    }

    @Override
    public String code() {
        return "subItems";
    }

    @Override
    public Findings run(CheckScope scope) {
        return Findings.of(plan.subItemExcesses(scope.associationId(), scope.year()).stream()
                .map(e -> Finding.of(e.name(), "datacheck.subItems.above", Links.item(e.itemYearId()),
                        Decimals.plain(e.actual()), e.parentName(), Decimals.plain(e.parentActual())))
                .toList());
    }
}
