package jp.bansou.actuals.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.bansou.actuals.ActualsQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffKind;
import jp.bansou.organization.StaffMember;
import jp.bansou.plan.ItemRef;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.Target;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Counted actuals by staff member: one row per counted item, one column per person. */
@Controller
class ByStaffController {

    private final ActualsQueries actuals;
    private final PlanQueries plan;
    private final OrganizationQueries organization;
    private final Clock clock;

    ByStaffController(ActualsQueries actuals, PlanQueries plan, OrganizationQueries organization, Clock clock) {
        this.actuals = actuals;
        this.plan = plan;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/actuals/by-staff")
    String byStaff(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy, Model model) {
        long association = user.associationId();
        List<FiscalYear> years = plan.yearsWithTable(association);
        FiscalYear year = FiscalYear.requestedOrLatest(fy, years, LocalDate.now(clock));
        Map<Long, Map<Long, BigDecimal>> splits = actuals.staffSplits(association, year);
        List<StaffMember> staff = organization.staffMembers(association).stream()
                .filter(s -> s.kind() == StaffKind.ADVISOR || splits.values().stream().anyMatch(m -> m.containsKey(s.id())))
                .toList();
        List<StaffRow> rows = plan.items(association).stream().filter(i -> splits.containsKey(i.id()))
                .map(i -> StaffRow.of(i, staff, splits.get(i.id()))).toList();
        model.addAttribute("year", year);
        model.addAttribute("years", years);
        model.addAttribute("staff", staff);
        model.addAttribute("rows", rows);
        return "actuals/by-staff";
    }

    /** One counted item's amounts in staff order (empty where a person has none). */
    record StaffRow(ItemRef item, List<String> amounts) {

        static StaffRow of(ItemRef item, List<StaffMember> staff, Map<Long, BigDecimal> split) {
            return new StaffRow(item, staff.stream()
                    .map(s -> split.containsKey(s.id()) ? Target.formatNumber(split.get(s.id())) : "").toList());
        }
    }
}
