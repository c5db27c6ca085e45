package jp.bansou.activity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.BusinessQueries;
import jp.bansou.activity.BusinessRow;
import jp.bansou.activity.BusinessTrend;
import jp.bansou.activity.BusinessTrends;
import jp.bansou.activity.Trend;
import jp.bansou.organization.BansouUser;
import jp.bansou.shared.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A business's page: its registry data and, per fiscal year, how its sales and gross profit moved
 * (what the national report counts); writers set the trends of a chosen year.
 */
@Controller
class BusinessPageController {

    private final BusinessQueries businesses;
    private final BusinessTrends trends;
    private final ActivityQueries activities;
    private final Clock clock;

    BusinessPageController(BusinessQueries businesses, BusinessTrends trends, ActivityQueries activities, Clock clock) {
        this.businesses = businesses;
        this.trends = trends;
        this.activities = activities;
        this.clock = clock;
    }

    @GetMapping("/businesses/{id}")
    String page(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                @RequestParam(required = false) Integer fy, Model model) {
        long association = user.associationId();
        BusinessRow business = business(association, id);
        FiscalYear today = FiscalYear.containing(LocalDate.now(clock));
        FiscalYear chosen = fy == null ? today : FiscalYear.of(fy);
        TreeSet<FiscalYear> years = new TreeSet<>(activities.yearsWithRecords(association));
        years.add(today);
        years.add(chosen);
        model.addAttribute("business", business);
        model.addAttribute("trends", trends.trends(association, id));
        model.addAttribute("chosen", trends.trend(association, id, chosen));
        model.addAttribute("years", List.copyOf(years.descendingSet()));
        model.addAttribute("choices", Trend.values());
        model.addAttribute("writes", Permissions.writes(user));
        return "activity/business";
    }

    @PostMapping("/businesses/{id}/trend")
    String setTrend(@AuthenticationPrincipal BansouUser user, @PathVariable long id, @RequestParam int fy,
                    @RequestParam Trend sales, @RequestParam Trend grossProfit, RedirectAttributes redirect) {
        Permissions.requireWriter(user);
        if (!trends.set(user.associationId(), id, new BusinessTrend(FiscalYear.of(fy), sales, grossProfit))) {
            throw notFound();
        }
        redirect.addFlashAttribute("trendSaved", true);
        redirect.addAttribute("fy", fy);
        return "redirect:/businesses/" + id;
    }

    private BusinessRow business(long association, long id) {
        return businesses.business(association, id).orElseThrow(BusinessPageController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "事業所が見つかりません");
    }
}
