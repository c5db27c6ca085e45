package jp.bansou.progress.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.SnapshotQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /target-table/snapshot}: a closed year's target table as the evaluation committee got it
 * (the snapshot taken at closing), and the differences between it and the table now, with who
 * changed each item since and why.
 */
@Controller
class SnapshotController {

    private final PlanQueries plan;
    private final SnapshotQueries snapshots;
    private final Clock clock;

    SnapshotController(PlanQueries plan, SnapshotQueries snapshots, Clock clock) {
        this.plan = plan;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @GetMapping("/target-table/snapshot")
    String differences(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy,
                       Model model) {
        List<FiscalYear> years = plan.yearsWithTable(user.associationId());
        FiscalYear year = FiscalYear.requestedOrLatest(fy, years, LocalDate.now(clock));
        model.addAttribute("year", year);
        model.addAttribute("years", years);
        model.addAttribute("snapshot", snapshots.snapshot(user.associationId(), year).orElse(null));
        model.addAttribute("differences", snapshots.differences(user.associationId(), year));
        model.addAttribute("rows", snapshots.rows(user.associationId(), year));
        model.addAttribute("marks", snapshots.marks(user.associationId(), year));
        return "progress/snapshot";
    }
}
