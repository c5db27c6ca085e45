package jp.bansou.rollover.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.YearAlreadySetUpException;
import jp.bansou.rollover.RolloverResult;
import jp.bansou.rollover.YearRollover;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/rollover} (admins only, as all of /admin): choose the year to roll over, see what the
 * next year would get, confirm; then a link to next year's table.
 */
@Controller
class RolloverController {

    private static final String PAGE = "/admin/rollover";

    private final YearRollover rollover;
    private final PlanQueries plan;
    private final Clock clock;

    RolloverController(YearRollover rollover, PlanQueries plan, Clock clock) {
        this.rollover = rollover;
        this.plan = plan;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String show(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy, Model model) {
        List<FiscalYear> years = plan.yearsWithTable(user.associationId());
        model.addAttribute("years", years);
        if (!years.isEmpty()) {
            FiscalYear from = FiscalYear.requestedOrLatest(fy, years, LocalDate.now(clock));
            model.addAttribute("preview", rollover.preview(user.associationId(), from));
        }
        return "rollover/rollover";
    }

    @PostMapping(PAGE)
    String rollOver(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, RedirectAttributes redirect) {
        try {
            RolloverResult result = rollover.rollOver(user.associationId(), FiscalYear.of(fy));
            redirect.addFlashAttribute("result", result);
        } catch (YearAlreadySetUpException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + PAGE + "?fy=" + fy;
    }
}
