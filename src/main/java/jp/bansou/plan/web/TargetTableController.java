package jp.bansou.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.List;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.PlanQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The target table page; an htmx request (changing the year) gets only the table fragment. */
@Controller
class TargetTableController {

    private final PlanQueries queries;
    private final ActivityQueries activities;

    TargetTableController(PlanQueries queries, ActivityQueries activities) {
        this.queries = queries;
        this.activities = activities;
    }

    @GetMapping("/target-table")
    String table(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy,
                 HtmxRequest htmx, Model model) {
        List<FiscalYear> years = queries.yearsWithTable(user.associationId());
        FiscalYear year = FiscalYearParam.resolve(fy, years);
        model.addAttribute("years", years);
        model.addAttribute("table", queries.targetTable(user.associationId(), year));
        model.addAttribute("sampleRecords", activities.hasSampleRecords(user.associationId(), year));
        return htmx.isHtmxRequest() ? "plan/target-table :: table" : "plan/target-table";
    }
}
