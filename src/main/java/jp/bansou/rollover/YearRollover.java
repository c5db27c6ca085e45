package jp.bansou.rollover;

import jp.bansou.actuals.ActualsQueries;
import jp.bansou.actuals.ActualsService;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.budget.BudgetService;
import jp.bansou.period.PeriodLocks;
import jp.bansou.plan.PlanRollover;
import jp.bansou.plan.PlanRollover.PlanCopy;
import jp.bansou.progress.GradingQueries;
import jp.bansou.schedule.ScheduleService;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up next fiscal year from this one: the plan's item-years, targets and roles first (refused
 * when next year has any, {@link jp.bansou.plan.YearAlreadySetUpException}), then the counting of
 * next year, the schedule and the budget, all in one transaction: a failure anywhere leaves nothing.
 * The grading scale, pace thresholds and check-in settings are one per association and need no copy.
 */
@Service
@Transactional
public class YearRollover {

    private final PlanRollover plan;
    private final ActualsService actuals;
    private final ActualsQueries rules;
    private final ScheduleService schedule;
    private final BudgetService budget;
    private final GradingQueries grading;
    private final PeriodLocks locks;
    private final AuditTrail audit;

    YearRollover(PlanRollover plan, ActualsService actuals, ActualsQueries rules, ScheduleService schedule,
                 BudgetService budget, GradingQueries grading, PeriodLocks locks,
                 AuditTrail audit) {
        this.plan = plan;
        this.actuals = actuals;
        this.rules = rules;
        this.schedule = schedule;
        this.budget = budget;
        this.grading = grading;
        this.locks = locks;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public RolloverPreview preview(long associationId, FiscalYear from) {
        FiscalYear to = from.next();
        return new RolloverPreview(from, to, plan.hasYear(associationId, to), locks.yearClosed(associationId, from),
                plan.preview(associationId, from),
                (int) rules.rules(associationId).stream().filter(r -> r.appliesTo(to)).count(),
                grading.scale(associationId).steps().size(),
                schedule.eventCount(associationId, from), schedule.eventCount(associationId, to),
                budget.linesToCopy(associationId, from, to));
    }

    /** Rolls {@code from} over into the next year; nothing of {@code from} changes. */
    public RolloverResult rollOver(long associationId, FiscalYear from) {
        FiscalYear to = from.next();
        PlanCopy items = plan.copyYear(associationId, from);
        RolloverResult result = new RolloverResult(from, to, items, actuals.startYear(associationId, to),
                schedule.copyYear(associationId, from, to), budget.copyYear(associationId, from, to));
        audit.record(AuditEntry.of(associationId, AuditType.ROLLOVER, AuditAction.CREATE, to.startYear(),
                from.japaneseLabel() + " → " + to.japaneseLabel()).changing(null, result.describe()));
        return result;
    }
}
