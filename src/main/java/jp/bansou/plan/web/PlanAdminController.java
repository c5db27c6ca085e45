package jp.bansou.plan.web;

import jp.bansou.organization.BansouUser;
import jp.bansou.plan.FiveYearQueries;
import jp.bansou.plan.PlanAdminQueries;
import jp.bansou.plan.PlanChangeRefused;
import jp.bansou.plan.PlanStructureService;
import jp.bansou.plan.PlanYears;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/plan} (admins only, as all of /admin): the five-year plan's name and years. */
@Controller
class PlanAdminController {

    private static final String PAGE = "/admin/plan";

    private final FiveYearQueries fiveYear;
    private final PlanAdminQueries queries;
    private final PlanStructureService service;

    PlanAdminController(FiveYearQueries fiveYear, PlanAdminQueries queries, PlanStructureService service) {
        this.fiveYear = fiveYear;
        this.queries = queries;
        this.service = service;
    }

    @GetMapping(PAGE)
    String show(@AuthenticationPrincipal BansouUser user, Model model) {
        model.addAttribute("plan", fiveYear.plan(user.associationId()).orElse(null));
        model.addAttribute("itemYears", queries.itemYearsByYear(user.associationId()));
        return "plan/admin-plan";
    }

    @PostMapping(PAGE)
    String save(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) String name,
                @RequestParam(required = false) String first, @RequestParam(required = false) String last,
                RedirectAttributes redirect) {
        return AdminActions.run(redirect, PAGE, () -> service.savePlan(user, name,
                new PlanYears(required(first, "最初の年度"), required(last, "最後の年度"))));
    }

    private static FiscalYear required(String text, String field) {
        FiscalYear year = AdminActions.year(text, field);
        if (year == null) {
            throw new PlanChangeRefused(field + "を入力してください");
        }
        return year;
    }
}
