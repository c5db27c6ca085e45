package jp.bansou.progress.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.actuals.ActualsQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffKind;
import jp.bansou.organization.StaffMember;
import jp.bansou.plan.FiveYearQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.progress.ItemPace;
import jp.bansou.progress.PaceChart;
import jp.bansou.progress.PaceQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /dashboard}: the year's items as of a date (today unless given), worst status first and
 * by area; status counts per lead; counted actuals by district and by staff member; a monthly
 * cumulative chart of any item (data from {@code /dashboard/chart}); five-year progress. The
 * figures are the same for every user of the association and kept in the {@link PageCache} per
 * year and as-of date.
 */
@Controller
class DashboardController {

    private final PaceQueries pace;
    private final PlanQueries plan;
    private final FiveYearQueries fiveYear;
    private final ActualsQueries actuals;
    private final OrganizationQueries organization;
    private final PageCache cache;

    DashboardController(PaceQueries pace, PlanQueries plan, FiveYearQueries fiveYear, ActualsQueries actuals,
                        OrganizationQueries organization, PageCache cache) {
        this.cache = cache;
        this.pace = pace;
        this.plan = plan;
        this.fiveYear = fiveYear;
        this.actuals = actuals;
        this.organization = organization;
    }

    private record DashboardKey(FiscalYear year, LocalDate asOf) {
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                     Model model) {
        long association = user.associationId();
        List<FiscalYear> years = cache.get(association, "years-with-table", () -> plan.yearsWithTable(association));
        FiscalYear year = FiscalYear.requestedOrLatest(fy, years, pace.today());
        LocalDate date = asOf != null ? asOf : pace.asOfFor(year);
        model.addAttribute("years", years);
        model.addAllAttributes(cache.get(association, new DashboardKey(year, date), () -> figures(association, year, date)));
        return "progress/dashboard";
    }

    /** What the page shows of the year as of the date: the same for every user of the association. */
    private Map<String, Object> figures(long association, FiscalYear year, LocalDate date) {
        List<ItemPace> items = pace.worstFirst(association, year, date);
        Map<String, Object> figures = new HashMap<>();
        figures.put("year", year);
        figures.put("asOf", date);
        figures.put("groups", PaceGroup.of(items));
        figures.put("leads", LeadSummary.of(items));
        figures.put("firstChartItem", items.isEmpty() ? null : items.get(0).itemYearId());
        figures.put("fiveYear", fiveYear.progress(association, year));
        figures.put("thresholds", pace.thresholds(association));
        addCounted(association, year, figures);
        return Collections.unmodifiableMap(figures);
    }

    /** The items to chart, and the counted actuals by district and by staff member (advisors, and anyone counted). */
    private void addCounted(long association, FiscalYear year, Map<String, Object> figures) {
        List<TargetRow> rows = plan.targetTable(association, year).areas().stream()
                .flatMap(a -> a.rows().stream()).toList();
        Map<Long, Map<Long, BigDecimal>> splits = actuals.staffSplits(association, year);
        List<StaffMember> staff = organization.staffMembers(association).stream()
                .filter(s -> s.kind() == StaffKind.ADVISOR || splits.values().stream().anyMatch(m -> m.containsKey(s.id())))
                .toList();
        figures.put("chartItems", rows);
        figures.put("byDistrict", CountedMatrix.byDistrict(rows, organization.districts(association)));
        figures.put("byStaff", CountedMatrix.byStaff(rows, staff, splits));
    }

    /** The monthly cumulative series of one item-year as JSON, for the chart. */
    @GetMapping("/dashboard/chart")
    @ResponseBody
    PaceChart chart(@AuthenticationPrincipal BansouUser user, @RequestParam long item,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        long association = user.associationId();
        return plan.itemYear(association, item)
                .flatMap(i -> pace.chart(association, item, asOf != null ? asOf : pace.asOfFor(i.year())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "項目が見つかりません"));
    }
}
