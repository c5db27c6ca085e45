package jp.bansou.datacheck.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jp.bansou.datacheck.DataChecks;
import jp.bansou.organization.BansouUser;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data checks page for admins (the path is under /admin): the year's problems grouped by check,
 * each line linked to where it is fixed. An htmx request (year changed, 再点検) gets only the results.
 */
@Controller
class DataChecksController {

    private final DataChecks checks;

    DataChecksController(DataChecks checks) {
        this.checks = checks;
    }

    @GetMapping("/admin/data-checks")
    String page(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy,
                HtmxRequest htmx, Model model) {
        FiscalYear year = checks.yearOrDefault(user.associationId(), fy);
        model.addAttribute("years", checks.years(user.associationId()));
        model.addAttribute("report", checks.run(user.associationId(), year));
        return htmx.isHtmxRequest() ? "datacheck/data-checks :: results" : "datacheck/data-checks";
    }
}
