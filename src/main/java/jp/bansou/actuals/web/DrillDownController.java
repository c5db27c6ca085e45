package jp.bansou.actuals.web;

import java.util.List;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.actuals.ActualsQueries;
import jp.bansou.actuals.CountingRule;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.ItemRef;
import jp.bansou.plan.PlanQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The records behind a counted actual, for the whole item or one district or staff member. */
@Controller
class DrillDownController {

    private static final int PAGE_SIZE = 50;

    private final ActualsQueries actuals;
    private final ActivityQueries activities;
    private final PlanQueries plan;
    private final OrganizationQueries organization;

    DrillDownController(ActualsQueries actuals, ActivityQueries activities, PlanQueries plan,
                        OrganizationQueries organization) {
        this.actuals = actuals;
        this.activities = activities;
        this.plan = plan;
        this.organization = organization;
    }

    @GetMapping("/actuals/{itemId}/{fy}")
    String records(@AuthenticationPrincipal BansouUser user, @PathVariable long itemId, @PathVariable int fy,
                   @RequestParam(required = false) Long district, @RequestParam(required = false) Long staff,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        long association = user.associationId();
        ItemRef item = plan.items(association).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "項目が見つかりません"));
        CountingRule rule = actuals.rule(association, itemId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "この項目は手入力です"));
        FiscalYear year = FiscalYear.of(fy);
        model.addAttribute("item", item);
        model.addAttribute("year", year);
        model.addAttribute("rule", RuleView.of(rule, activities.kinds(association), activities.categories(association)));
        model.addAttribute("district", district == null ? null : name(organization.districts(association).stream()
                .filter(d -> d.id() == district).map(d -> d.name()).toList()));
        model.addAttribute("staff", staff == null ? null : organization.holderNames(association).get("s" + staff));
        model.addAttribute("districtId", district);
        model.addAttribute("staffId", staff);
        model.addAttribute("records", activities.recordsBehind(association, rule.spec(), year, district, staff,
                Math.max(0, page), PAGE_SIZE));
        model.addAttribute("staffSplit", StaffShare.of(actuals.staffSplit(itemId, year),
                organization.staffMembers(association)));
        return "actuals/records";
    }

    private static String name(List<String> names) {
        if (names.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "地区が見つかりません");
        }
        return names.get(0);
    }
}
