package jp.bansou.progress.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.CheckInQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /my-items} (nav 担当項目): the items of a fiscal year where the logged-in user's staff member
 * is reviewer, lead or deputy, in person or through a group, and what waits for them. The year is the
 * one asked for, else the one under way if it has a table, else the newest with a table.
 */
@Controller
class MyItemsController {

    private final CheckInQueries queries;
    private final PlanQueries plan;
    private final ObjectProvider<Clock> clocks;

    MyItemsController(CheckInQueries queries, PlanQueries plan, ObjectProvider<Clock> clocks) {
        this.queries = queries;
        this.plan = plan;
        this.clocks = clocks;
    }

    @GetMapping("/my-items")
    String myItems(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy, Model model) {
        LocalDate today = LocalDate.ofInstant(clocks.getIfUnique(Clock::systemDefaultZone).instant(),
                ZoneId.of("Asia/Tokyo"));
        var years = plan.yearsWithTable(user.associationId());
        FiscalYear current = FiscalYear.containing(today);
        FiscalYear year = fy == null && years.contains(current) ? current : FiscalYear.requestedOrLatest(fy, years, today);
        model.addAttribute("years", years);
        model.addAttribute("year", year);
        model.addAttribute("myItems", queries.myItems(user, year, today));
        return "progress/my-items";
    }
}
