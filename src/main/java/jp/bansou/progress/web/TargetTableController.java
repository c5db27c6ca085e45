package jp.bansou.progress.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.actuals.ActualsQueries;
import jp.bansou.organization.BansouUser;
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
 */
@Controller
class TargetTableController {

    private final PlanQueries plan;
    private final GradingQueries grading;
    private final ActualsQueries actuals;
    private final ActivityQueries activities;
    private final SnapshotQueries snapshots;
    private final Clock clock;

    TargetTableController(PlanQueries plan, GradingQueries grading, ActualsQueries actuals,
                          ActivityQueries activities, SnapshotQueries snapshots, Clock clock) {
        this.plan = plan;
        this.grading = grading;
        this.actuals = actuals;
        this.activities = activities;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @GetMapping("/target-table")
    String table(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy,
                 HtmxRequest htmx, Model model) {
        long association = user.associationId();
        List<FiscalYear> years = plan.yearsWithTable(association);
        FiscalYear year = FiscalYear.requestedOrLatest(fy, years, LocalDate.now(clock));
        model.addAttribute("years", years);
        model.addAttribute("table", plan.targetTable(association, year));
        model.addAttribute("gradings", grading.yearGradings(association, year));
        model.addAttribute("halves", HalfYearView.of(actuals.halfYears(association, year)));
        model.addAttribute("sampleRecords", activities.hasSampleRecords(association, year));
        model.addAttribute("snapshot", snapshots.marks(association, year));
        return htmx.isHtmxRequest() ? "progress/target-table :: table" : "progress/target-table";
    }
}
