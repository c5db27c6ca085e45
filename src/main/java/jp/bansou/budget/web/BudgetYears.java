package jp.bansou.budget.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import jp.bansou.budget.BudgetQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * The years the budget pages offer (those with lines, the current one and the next, for planning) and
 * the one shown: the one asked for, else the current year when it has lines, else the newest with lines.
 */
@Component
class BudgetYears {

    private final BudgetQueries queries;
    private final Clock clock;

    BudgetYears(BudgetQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    List<FiscalYear> choices(long associationId) {
        TreeSet<FiscalYear> years = new TreeSet<>(queries.years(associationId));
        FiscalYear current = FiscalYear.containing(today());
        years.add(current);
        years.add(current.next());
        return List.copyOf(years.descendingSet());
    }

    FiscalYear chosen(long associationId, Integer fy) {
        List<FiscalYear> withLines = queries.years(associationId);
        FiscalYear current = FiscalYear.containing(today());
        if (fy == null && withLines.contains(current)) {
            return current;
        }
        return FiscalYear.requestedOrLatest(fy, withLines, today());
    }

    /** A default date for a form of {@code year}: today when within it, else the year's last day. */
    LocalDate dayIn(FiscalYear year) {
        LocalDate today = today();
        return year.contains(today) ? today : today.isBefore(year.firstDay()) ? year.firstDay() : year.lastDay();
    }
}
