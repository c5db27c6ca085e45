package jp.bansou.actuals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.bansou.actuals.internal.RuleStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the counting rules and of the counted staff split. */
@Service
@Transactional(readOnly = true)
public class ActualsQueries {

    private final RuleStore rules;

    ActualsQueries(RuleStore rules) {
        this.rules = rules;
    }

    public List<CountingRule> rules(long associationId) {
        return rules.rules(associationId);
    }

    public Optional<CountingRule> rule(long associationId, long itemId) {
        return rules.rule(associationId, itemId);
    }

    /** The version a save of the item's rule must quote (optimistic locking); empty where it has none. */
    public Optional<Integer> ruleVersion(long associationId, long itemId) {
        return rules.rule(associationId, itemId).flatMap(r -> rules.version(itemId));
    }

    /**
     * Item id → the counted actual of 上期 and 下期, for the items counted by a rule in the year; items
     * whose actuals are typed in have none.
     */
    public Map<Long, HalfYearActuals> halfYears(long associationId, FiscalYear year) {
        return rules.halves(associationId, year);
    }

    /**
     * Item id → the counted actual from the year's first day up to {@code asOf} (included), live
     * from the records as the last recount left them, for every item a rule counts in the year
     * (0 where no record counts yet). One query.
     */
    public Map<Long, BigDecimal> countedToDate(long associationId, FiscalYear year, LocalDate asOf) {
        return rules.toDate(associationId, year, asOf);
    }

    /**
     * Item id → calendar month → what the month's records added to the counted actual of the
     * year (months without any are absent; for distinct businesses a business counts in the month
     * of its first record of the year, so the months add up to the year), for every item a rule
     * counts in the year. One GROUP BY.
     */
    public Map<Long, Map<Month, BigDecimal>> countedByMonth(long associationId, FiscalYear year) {
        return rules.byMonth(associationId, year);
    }

    /** Item id → staff member id → amount, for the by-staff view of a year. */
    public Map<Long, Map<Long, BigDecimal>> staffSplits(long associationId, FiscalYear year) {
        return rules.staffSplits(associationId, year);
    }

    /** Staff member id → the item's counted actual for the records they worked on. */
    public Map<Long, BigDecimal> staffSplit(long itemId, FiscalYear year) {
        return rules.staffSplit(itemId, year);
    }
}
