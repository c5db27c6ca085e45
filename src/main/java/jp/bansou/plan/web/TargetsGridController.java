package jp.bansou.plan.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanAdminQueries;
import jp.bansou.plan.TargetGridRejected;
import jp.bansou.plan.TargetGridService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/targets}: one grid of every item's target for every year of the plan, saved all or
 * nothing. A refused save shows the page again with the reasons; after invalid input the values
 * typed stay, after a stale save the grid shows what is stored now.
 */
@Controller
class TargetsGridController {

    private static final String PAGE = "/admin/targets";

    private final TargetGridService grids;
    private final PlanAdminQueries queries;
    private final OrganizationQueries organization;

    TargetsGridController(TargetGridService grids, PlanAdminQueries queries, OrganizationQueries organization) {
        this.grids = grids;
        this.queries = queries;
        this.organization = organization;
    }

    @GetMapping(PAGE)
    String show(@AuthenticationPrincipal BansouUser user, Model model) {
        return page(user, Map.of(), model);
    }

    @PostMapping(PAGE)
    String save(@AuthenticationPrincipal BansouUser user, @RequestParam Map<String, String> params, Model model,
                RedirectAttributes redirect) {
        Map<Long, String> names = new HashMap<>();
        queries.items(user.associationId()).forEach(i -> names.put(i.id(), i.name()));
        List<String> errors = new ArrayList<>();
        var cells = new GridParams(params, names).cells(errors);
        try {
            if (errors.isEmpty()) {
                redirect.addFlashAttribute("saved", grids.save(user, cells));
                return "redirect:" + PAGE;
            }
        } catch (TargetGridRejected e) {
            errors.addAll(e.errors());
            model.addAttribute("stale", e.stale());
            if (e.isStale()) {
                model.addAttribute("errors", errors);
                return page(user, Map.of(), model);
            }
        }
        model.addAttribute("errors", errors);
        return page(user, params, model);
    }

    private String page(BansouUser user, Map<String, String> submitted, Model model) {
        model.addAttribute("grid", grids.grid(user.associationId()));
        model.addAttribute("groups", organization.groups(user.associationId()));
        model.addAttribute("submitted", submitted);
        return "plan/admin-targets";
    }
}
