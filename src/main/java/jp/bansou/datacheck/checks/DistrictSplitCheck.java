package jp.bansou.datacheck.checks;

import jp.bansou.datacheck.CheckScope;
import jp.bansou.datacheck.DataCheck;
import jp.bansou.datacheck.Finding;
import jp.bansou.datacheck.Findings;
import jp.bansou.plan.PlanConsistencyQueries;
import jp.bansou.plan.SplitMismatch;
import jp.bansou.shared.Decimals;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Items whose split by district does not add up to their actual (or that have a split but no actual). */
@Component
@Order(30)
class DistrictSplitCheck implements DataCheck {

    private final PlanConsistencyQueries plan;

    DistrictSplitCheck(PlanConsistencyQueries plan) {
        this.plan = plan;
    }

    @Override
    public String code() {
        return "districtSplit";
    }

    @Override
    public Findings run(CheckScope scope) {
        return Findings.of(plan.splitMismatches(scope.associationId(), scope.year()).stream()
                .map(DistrictSplitCheck::line).toList());
    }

    private static Finding line(SplitMismatch m) {
        String link = Links.item(m.itemYearId());
        return m.actual() == null
                ? Finding.of(m.name(), "datacheck.districtSplit.noActual", link, Decimals.plain(m.splitTotal()))
                : Finding.of(m.name(), "datacheck.districtSplit.differs", link, Decimals.plain(m.splitTotal()),
                        Decimals.plain(m.actual()));
    }
}
