package jp.bansou.datacheck.checks;

import jp.bansou.datacheck.CheckScope;
import jp.bansou.datacheck.DataCheck;
import jp.bansou.datacheck.Finding;
import jp.bansou.datacheck.Findings;
import jp.bansou.plan.PlanConsistencyQueries;
import jp.bansou.plan.RoleGap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Items of the year without a reviewer (確認者) or a lead (主担当): nobody would confirm or carry them. */
@Component
@Order(10)
class RoleCheck implements DataCheck {

    private final PlanConsistencyQueries plan;

    RoleCheck(PlanConsistencyQueries plan) {
        this.plan = plan;
    }

    @Override
    public String code() {
        return "roles";
    }

    @Override
    public Findings run(CheckScope scope) {
        return Findings.of(plan.roleGaps(scope.associationId(), scope.year()).stream()
                .map(g -> Finding.of(g.name(), problem(g), Links.item(g.itemYearId()))).toList());
    }

    private static String problem(RoleGap gap) {
        if (gap.noReviewer() && gap.noLead()) {
            return "datacheck.roles.neither";
        }
        return gap.noReviewer() ? "datacheck.roles.noReviewer" : "datacheck.roles.noLead";
    }
}
