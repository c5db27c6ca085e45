package jp.bansou.actuals;

import java.util.Set;
import jp.bansou.activity.ActivitiesChanged;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.Measure;
import jp.bansou.activity.Tally;
import jp.bansou.actuals.internal.RuleStore;
import jp.bansou.audit.AuditTrail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.PlanService;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.StaleEditException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps counted actuals in step: a rule saved or removed, or records changed, recounts the years
 * concerned, inside the same transaction as the change.
 */
@Service
@Transactional
public class ActualsService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ActualsService.class);

    private final RuleStore rules;
    private final ActivityQueries activities;
    private final PlanService plan;
    private final PlanQueries planQueries;
    private final AuditTrail audit;

    ActualsService(RuleStore rules, ActivityQueries activities, PlanService plan, PlanQueries planQueries,
                   AuditTrail audit) {
        this.rules = rules;
        this.activities = activities;
        this.plan = plan;
        this.planQueries = planQueries;
        this.audit = audit;
    }

    /** Saves the rule of an item of the association, whatever it was, and recounts every year it applies to. */
    public void saveRule(long associationId, CountingRule rule) {
        rules.lockForRecount(associationId);
        saveRule(associationId, rule, rules.version(rule.itemId()).orElse(null));
    }

    /**
     * The rule page's save: writes the rule if it is still at {@code expectedVersion} (null: the page
     * showed no rule), otherwise {@link StaleEditException} and nothing changes; then recounts.
     */
    public void saveRule(long associationId, CountingRule rule, Integer expectedVersion) {
        rules.lockForRecount(associationId);
        String name = itemName(associationId, rule.itemId());
        CountingRule before = rules.rule(associationId, rule.itemId()).orElse(null);
        if (!rules.save(rule, expectedVersion)) {
            throw new StaleEditException("集計ルール「" + name + "」", rules.version(rule.itemId()).orElse(null));
        }
        audit.record(RuleAudit.of(activities, associationId).entry(associationId, rule.itemId(), name, before, rule));
        planQueries.yearsWithTable(associationId).stream().filter(rule::appliesTo)
                .forEach(year -> recount(associationId, rule, year));
    }

    /**
     * The item goes back to actuals typed in by hand; the last counted figures stay as they are. No
     * version: removing is the same whatever the rule says, and a removed rule can only be saved anew.
     */
    public void removeRule(long associationId, long itemId) {
        rules.lockForRecount(associationId);
        rules.rule(associationId, itemId).ifPresent(r -> {
            rules.delete(itemId);
            plan.releaseCountedActuals(associationId, itemId);
            audit.record(RuleAudit.of(activities, associationId)
                    .entry(associationId, itemId, itemName(associationId, itemId), r, null));
        });
    }

    private String itemName(long associationId, long itemId) {
        return planQueries.items(associationId).stream().filter(i -> i.id() == itemId).map(i -> i.name())
                .findFirst().orElseThrow(() -> new IllegalArgumentException("項目が見つかりません"));
    }

    @EventListener
    public void onActivitiesChanged(ActivitiesChanged event) {
        recount(event.associationId(), event.years());
    }

    /**
     * For installations counted before actuals were kept by date: recounts each year whose counted
     * half-years add up to something but that has no dated amounts yet (so once; a no-op after).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void countMissingDates() {
        rules.yearsWithoutDays().forEach(this::recount);
    }

    /**
     * The rollover's part: a rule holds from its first year on, so there is nothing to copy; the new
     * year is counted at once (records entered ahead show) and the rules that apply to it are returned.
     */
    public int startYear(long associationId, FiscalYear year) {
        int applying = (int) rules.rules(associationId).stream().filter(r -> r.appliesTo(year)).count();
        recount(associationId, Set.of(year));
        return applying;
    }

    public void recount(long associationId, Set<FiscalYear> years) {
        long start = System.nanoTime();
        rules.lockForRecount(associationId);
        for (CountingRule rule : rules.rules(associationId)) {
            years.stream().filter(rule::appliesTo).forEach(year -> recount(associationId, rule, year));
        }
        log.debug("recount of {}: {} ms", years, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * One rule's year: by district (the total), by staff, and by date (the running total the pace
     * uses, and 上期); 下期 follows from the total except for a distinct count, counted on its own.
     */
    private void recount(long associationId, CountingRule rule, FiscalYear year) {
        Tally tally = activities.tally(associationId, rule.spec(), year);
        plan.recordCountedActual(associationId, rule.itemId(), year, tally.total(), tally.byDistrict());
        rules.replaceStaffSplit(rule.itemId(), year, tally.byStaff());
        rules.replaceDays(rule.itemId(), year, tally.byDay());
        HalfYearActuals halves = HalfYearActuals.ofDays(year, tally.byDay(), tally.total());
        if (rule.spec().measure() == Measure.DISTINCT_BUSINESSES) {
            halves = new HalfYearActuals(halves.firstHalf(), activities.total(associationId, rule.spec(),
                    year.secondHalfFirstDay(), year.lastDay()));
        }
        rules.replaceHalves(rule.itemId(), year, halves);
    }
}
