package jp.bansou.progress.web;

import java.time.Clock;
import java.time.LocalDate;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.CheckInQueries;
import jp.bansou.progress.MyItems;
import jp.bansou.progress.MyItemsPace;
import jp.bansou.progress.PaceQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /my-items} (nav 担当項目): the items of a fiscal year where the logged-in user's staff member
 * is reviewer, lead or deputy, in person or through a group, what waits for them, each item's pace
 * status and the items that are behind (as of today, or the year's last day once it is over). The year is the
 * one asked for, else the one under way if it has a table, else the newest with a table.
 */
@Controller
class MyItemsController {

    private final CheckInQueries queries;
    private final PlanQueries plan;
    private final Clock clock;
    private final PaceQueries paces;

    MyItemsController(CheckInQueries queries, PlanQueries plan, Clock clock, PaceQueries paces) {
        this.paces = paces;
        this.queries = queries;
        this.plan = plan;
        this.clock = clock;
    }

    @GetMapping("/my-items")
    String myItems(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy, Model model) {
        LocalDate today = LocalDate.now(clock);
        var years = plan.yearsWithTable(user.associationId());
        FiscalYear current = FiscalYear.containing(today);
        FiscalYear year = fy == null && years.contains(current) ? current : FiscalYear.requestedOrLatest(fy, years, today);
        model.addAttribute("years", years);
        model.addAttribute("year", year);
        MyItems mine = queries.myItems(user, year, today);
        MyItemsPace pace = paces.myItems(user.associationId(), mine);
        model.addAttribute("myItems", mine);
        model.addAttribute("pace", pace);
        model.addAttribute("behind", pace.behind(mine));
        return "progress/my-items";
    }
}
