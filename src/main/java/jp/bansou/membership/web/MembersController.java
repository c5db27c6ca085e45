package jp.bansou.membership.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.bansou.membership.MembershipQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Members by district: a year beside the one before, difference, shares, organisation rate. */
@Controller
class MembersController {

    private final MembershipQueries queries;
    private final Clock clock;

    MembersController(MembershipQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/members")
    String members(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy, Model model) {
        List<FiscalYear> years = queries.years(user.associationId());
        FiscalYear year = FiscalYear.requestedOrLatest(fy, years, LocalDate.now(clock));
        model.addAttribute("years", years);
        model.addAttribute("table", queries.membersTable(user.associationId(), year));
        return "membership/members";
    }
}
