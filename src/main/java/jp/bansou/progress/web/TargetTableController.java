package jp.bansou.progress.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.actuals.ActualsQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.UserRole;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.GradingQueries;
import jp.bansou.progress.SnapshotQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The target table page: the plan's table of the year with each item's achievement rate, grade
 * (decided, or proposed in grey) and, for counted items, the half-year actuals; cells changed since
 * the year-end snapshot are marked. An htmx request
 * (changing the year) gets only the table fragment.
 *
 * <p>The table is the most read page and the same for everyone of the association but for the
 * locale and the admin's import link: its HTML is rendered once and kept in the {@link PageCache}
 * until something changes.
 */
@Controller
class TargetTableController {

    private final PlanQueries plan;
    private final GradingQueries grading;
    private final ActualsQueries actuals;
    private final ActivityQueries activities;
    private final SnapshotQueries snapshots;
    private final PageCache cache;
    private final RenderedHtml html;
    private final Clock clock;

    TargetTableController(PlanQueries plan, GradingQueries grading, ActualsQueries actuals,
                          ActivityQueries activities, SnapshotQueries snapshots, PageCache cache, RenderedHtml html,
                          Clock clock) {
        this.plan = plan;
        this.grading = grading;
        this.actuals = actuals;
        this.activities = activities;
        this.snapshots = snapshots;
        this.cache = cache;
        this.html = html;
        this.clock = clock;
    }

    private record TableKey(FiscalYear year, String language, boolean admin) {
    }

    @GetMapping("/target-table")
    String table(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy,
                 HtmxRequest htmx, Locale locale, HttpServletRequest request, HttpServletResponse response,
                 Model model) {
        long association = user.associationId();
        List<FiscalYear> years = cache.get(association, "years-with-table", () -> plan.yearsWithTable(association));
        FiscalYear year = FiscalYear.requestedOrLatest(fy, years, LocalDate.now(clock));
        TableKey key = new TableKey(year, locale.getLanguage(), user.role() == UserRole.ADMIN);
        model.addAttribute("years", years);
        model.addAttribute("year", year);
        model.addAttribute("tableHtml", cache.get(association, key, () -> html.render(
                "progress/target-table-section :: table", Map.of(
                        "table", plan.targetTable(association, year),
                        "gradings", grading.yearGradings(association, year),
                        "halves", HalfYearView.of(actuals.halfYears(association, year)),
                        "sampleRecords", activities.hasSampleRecords(association, year),
                        "snapshot", snapshots.marks(association, year)),
                locale, request, response)));
        return htmx.isHtmxRequest() ? "progress/target-table-section :: cached" : "progress/target-table";
    }
}
