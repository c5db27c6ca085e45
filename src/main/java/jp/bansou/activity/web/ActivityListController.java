package jp.bansou.activity.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/** The activity records, filtered and paged; an htmx request (a filter changed) gets only the results. */
@Controller
class ActivityListController {

    static final int PAGE_SIZE = 50;
    static final List<Integer> MONTHS = List.of(4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3);

    private final ActivityQueries queries;
    private final OrganizationQueries organization;
    private final Clock clock;

    ActivityListController(ActivityQueries queries, OrganizationQueries organization, Clock clock) {
        this.queries = queries;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/activities")
    String list(@AuthenticationPrincipal BansouUser user, @ModelAttribute("filters") ActivityListParams params,
                HtmxRequest htmx, Model model) {
        if (params.month() != null && (params.month() < 1 || params.month() > 12)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "月が正しくありません: " + params.month());
        }
        long association = user.associationId();
        List<FiscalYear> years = new ArrayList<>(queries.yearsWithRecords(association));
        FiscalYear year = FiscalYear.requestedOrLatest(params.fy(), years, LocalDate.now(clock));
        if (!years.contains(year)) {
            years.add(year);
        }
        years.sort(Comparator.reverseOrder());
        ActivityListParams filters = params.withYear(year);
        model.addAttribute("filters", filters);
        model.addAttribute("year", year);
        model.addAttribute("years", years);
        model.addAttribute("months", MONTHS);
        model.addAttribute("districts", organization.districts(association));
        model.addAttribute("staff", organization.staffMembers(association));
        model.addAttribute("kinds", queries.kinds(association));
        model.addAttribute("categories", queries.categories(association));
        model.addAttribute("records", queries.list(association, filters.filter(), filters.pageNumber(), PAGE_SIZE));
        return htmx.isHtmxRequest() ? "activity/list :: results" : "activity/list";
    }
}
