package jp.bansou.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.FiveYearPlan;
import jp.bansou.plan.FiveYearQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Five-year targets with the annual actuals of each plan year and the progress so far. */
@Controller
class FiveYearController {

    private final PlanQueries queries;
    private final FiveYearQueries fiveYear;
    private final Clock clock;

    FiveYearController(PlanQueries queries, FiveYearQueries fiveYear, Clock clock) {
        this.queries = queries;
        this.fiveYear = fiveYear;
        this.clock = clock;
    }

    @GetMapping("/five-year")
    String fiveYear(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy, Model model) {
        FiveYearPlan plan = fiveYear.plan(user.associationId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "5か年計画が登録されていません"));
        List<FiscalYear> years = queries.yearsWithTable(user.associationId());
        FiscalYear upTo = FiscalYear.requestedOrLatest(fy, years, LocalDate.now(clock));
        model.addAttribute("plan", plan);
        model.addAttribute("upTo", upTo);
        model.addAttribute("years", plan.years());
        model.addAttribute("progress", fiveYear.progress(user.associationId(), upTo));
        return "plan/five-year";
    }
}
