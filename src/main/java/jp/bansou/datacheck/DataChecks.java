package jp.bansou.datacheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import jp.bansou.plan.FiveYearPlan;
import jp.bansou.plan.FiveYearQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs every {@link DataCheck} for an association's fiscal year. "Today" comes from the
 * application's {@link Clock} (Japan time).
 */
@Service
@Transactional(readOnly = true)
public class DataChecks {

    private final List<DataCheck> checks;
    private final PlanQueries plan;
    private final FiveYearQueries fiveYear;
    private final Clock clock;

    DataChecks(List<DataCheck> checks, PlanQueries plan, FiveYearQueries fiveYear, Clock clock) {
        this.checks = List.copyOf(checks);
        this.plan = plan;
        this.fiveYear = fiveYear;
        this.clock = clock;
    }

    public DataCheckReport run(long associationId, FiscalYear year) {
        CheckScope scope = new CheckScope(associationId, year, today());
        return new DataCheckReport(year, scope.today(),
                checks.stream().map(c -> new CheckResult(c.code(), c.run(scope))).toList());
    }

    /** The checks' codes in order. */
    public List<String> codes() {
        return checks.stream().map(DataCheck::code).toList();
    }

    /** The year asked for; without one, the newest year with a target table (or the current year). */
    public FiscalYear yearOrDefault(long associationId, Integer startYear) {
        return FiscalYear.requestedOrLatest(startYear, plan.yearsWithTable(associationId), today());
    }

    /** The years worth checking, newest first: those with a target table, the plan's, the current one. */
    public List<FiscalYear> years(long associationId) {
        TreeSet<FiscalYear> years = new TreeSet<>(plan.yearsWithTable(associationId));
        fiveYear.plan(associationId).map(FiveYearPlan::years).ifPresent(years::addAll);
        years.add(FiscalYear.containing(today()));
        return years.stream().sorted(Comparator.reverseOrder()).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
