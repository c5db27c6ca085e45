package jp.bansou.plan.web;

import jp.bansou.organization.BansouUser;
import jp.bansou.plan.ItemAdminService;
import jp.bansou.plan.PlanAdminQueries;
import jp.bansou.plan.PlanChangeRefused;
import jp.bansou.plan.PlanItem;
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
 * Retiring an item from a fiscal year on: a confirmation page naming the item, the year and the
 * years whose figures stay, then the change (or back in use).
 */
@Controller
class ItemRetireController {

    private final PlanAdminQueries queries;
    private final ItemAdminService service;

    ItemRetireController(PlanAdminQueries queries, ItemAdminService service) {
        this.queries = queries;
        this.service = service;
    }

    @GetMapping(ItemsAdminController.PAGE + "/{id}/retire")
    String confirm(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                   @RequestParam(required = false) String from, Model model, RedirectAttributes redirect) {
        PlanItem item = queries.item(user.associationId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        FiscalYear year;
        try {
            year = AdminActions.year(from, "廃止する年度");
        } catch (PlanChangeRefused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:" + ItemsAdminController.PAGE + "/" + id;
        }
        model.addAttribute("item", item);
        model.addAttribute("from", year);
        model.addAttribute("kept", queries.itemYearsByYear(user.associationId()).keySet().stream()
                .filter(y -> year == null || y.compareTo(year) < 0).toList());
        return "plan/admin-item-retire";
    }

    @PostMapping(ItemsAdminController.PAGE + "/{id}/retire")
    String retire(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                  @RequestParam(required = false) String from, RedirectAttributes redirect) {
        return AdminActions.run(redirect, ItemsAdminController.PAGE + "/" + id,
                () -> service.retire(user, id, AdminActions.year(from, "廃止する年度")));
    }
}
