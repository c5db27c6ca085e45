package jp.bansou.period.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import jp.bansou.organization.BansouUser;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodKind;
import jp.bansou.period.PeriodLocks;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/periods} (admins only, as all of /admin): the closed months, half-years and years,
 * a form to close one, and beside each closed period a form to reopen it with a reason.
 */
@Controller
class PeriodsController {

    private static final String PAGE = "/admin/periods";

    private final PeriodLocks locks;
    private final Clock clock;

    PeriodsController(PeriodLocks locks, Clock clock) {
        this.locks = locks;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String show(@AuthenticationPrincipal BansouUser user, Model model) {
        FiscalYear current = FiscalYear.containing(LocalDate.now(clock));
        model.addAttribute("closed", locks.closedPeriods(user.associationId()));
        model.addAttribute("years", IntStream.rangeClosed(-5, 1).mapToObj(i -> FiscalYear.of(current.startYear() + i))
                .toList());
        model.addAttribute("current", current);
        model.addAttribute("kinds", PeriodKind.values());
        model.addAttribute("months", List.of(4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3));
        return "period/periods";
    }

    @PostMapping(PAGE + "/close")
    String close(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, @RequestParam PeriodKind kind,
                 @RequestParam(required = false) Integer month, RedirectAttributes redirect) {
        try {
            Period period = new Period(FiscalYear.of(fy), kind, month);
            boolean closed = locks.close(user, period);
            redirect.addFlashAttribute(closed ? "done" : "problem", closed
                    ? period.label() + "を締めました" : period.label() + "はすでに締められています");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/reopen")
    String reopen(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, @RequestParam PeriodKind kind,
                  @RequestParam(required = false) Integer month, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        try {
            Period period = new Period(FiscalYear.of(fy), kind, month);
            locks.reopen(user, period, reason);
            redirect.addFlashAttribute("done", period.label() + "の締めを解除しました");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + PAGE;
    }
}
