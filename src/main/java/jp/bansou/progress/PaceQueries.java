package jp.bansou.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.bansou.actuals.ActualsQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetTable;
import jp.bansou.progress.internal.PaceSettingsStore;
import jp.bansou.progress.internal.ReportedFigureStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the pace during the year: every item's expected and actual to date, forecast and status
 * as of a date (a fixed number of queries for the whole year), the monthly chart of one item, the
 * thresholds and monthly plans. "Today" comes from the injected {@link Clock}.
 */
@Service
@Transactional(readOnly = true)
public class PaceQueries {

    private final PlanQueries plan;
    private final ActualsQueries actuals;
    private final ReportedFigureStore figures;
    private final PaceSettingsStore settings;
    private final Clock clock;

    PaceQueries(PlanQueries plan, ActualsQueries actuals, ReportedFigureStore figures, PaceSettingsStore settings,
                Clock clock) {
        this.plan = plan;
        this.actuals = actuals;
        this.figures = figures;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The as-of date a page uses for the year unless it is given one: today, or the year's last day once it is over. */
    public LocalDate asOfFor(FiscalYear year) {
        LocalDate today = today();
        return today.isAfter(year.lastDay()) ? year.lastDay() : today;
    }

    public PaceThresholds thresholds(long associationId) {
        return settings.thresholds(associationId).orElseGet(PaceThresholds::defaults);
    }

    /** Every item of the year's table in table order, as of {@code asOf}. */
    public List<ItemPace> yearPace(long associationId, FiscalYear year, LocalDate asOf) {
        PaceFacts facts = facts(associationId, year, asOf);
        TargetTable table = plan.targetTable(associationId, year);
        return table.areas().stream()
                .flatMap(a -> a.rows().stream().map(r -> facts.pace(a.name(), r))).toList();
    }

    /** The year's items worst status first (behind, attention, on track, unknown), in table order within each. */
    public List<ItemPace> worstFirst(long associationId, FiscalYear year, LocalDate asOf) {
        return yearPace(associationId, year, asOf).stream()
                .sorted(Comparator.comparing(ItemPace::status)).toList();
    }

    public Optional<ItemPace> itemPace(long associationId, long itemYearId, LocalDate asOf) {
        return plan.itemYear(associationId, itemYearId).flatMap(item -> yearPace(associationId, item.year(), asOf)
                .stream().filter(p -> p.itemYearId() == itemYearId).findFirst());
    }

    /** The pace of the person's items, as of the date pages use for their year (see {@link #asOfFor}). */
    public MyItemsPace myItems(long associationId, MyItems mine) {
        LocalDate asOf = asOfFor(mine.year());
        if (mine.items().isEmpty()) {
            return new MyItemsPace(asOf, Map.of());
        }
        Set<Long> ids = mine.items().stream().map(MyItem::itemYearId).collect(Collectors.toSet());
        return new MyItemsPace(asOf, yearPace(associationId, mine.year(), asOf).stream()
                .filter(p -> ids.contains(p.itemYearId()))
                .collect(Collectors.toMap(ItemPace::itemYearId, Function.identity())));
    }

    public Optional<PaceChart> chart(long associationId, long itemYearId, LocalDate asOf) {
        return plan.itemYear(associationId, itemYearId).flatMap(item -> {
            PaceFacts facts = facts(associationId, item.year(), asOf);
            return plan.targetTable(associationId, item.year()).areas().stream().flatMap(a -> a.rows().stream())
                    .filter(r -> r.itemYearId() == itemYearId).findFirst()
                    .map(row -> new ChartSeries(facts, row).chart());
        });
    }

    public Optional<MonthlyPlan> monthlyPlan(long associationId, long itemYearId) {
        return plan.itemYear(associationId, itemYearId)
                .map(item -> settings.plans(associationId, item.year()).get(itemYearId));
    }

    private PaceFacts facts(long associationId, FiscalYear year, LocalDate asOf) {
        FiscalYear last = year.previous();
        return new PaceFacts(year, asOf, today(), thresholds(associationId),
                actuals.countedToDate(associationId, year, asOf), actuals.countedByMonth(associationId, year),
                actuals.countedByMonth(associationId, last), figures.toDate(associationId, year, asOf),
                figures.latestByMonth(associationId, year, asOf),
                figures.latestByMonth(associationId, last, last.lastDay()),
                settings.plans(associationId, year), settings.overrides(associationId, year));
    }
}
