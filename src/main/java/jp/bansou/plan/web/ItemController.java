package jp.bansou.plan.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import jp.bansou.audit.AuditQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.RoleHolder;
import jp.bansou.period.PeriodClosedException;
import jp.bansou.period.PeriodLocks;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.PlanService;
import jp.bansou.plan.StaleItemYearException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The item page: an item's year, editable by those allowed, read-only for the rest; in a closed
 * year editable by admins only, with a reason. Below the form, the item's history from the audit trail.
 */
@Controller
class ItemController {

    private final PlanQueries queries;
    private final PlanService service;
    private final OrganizationQueries organization;
    private final PeriodLocks locks;
    private final AuditQueries audit;

    ItemController(PlanQueries queries, PlanService service, OrganizationQueries organization, PeriodLocks locks,
                   AuditQueries audit) {
        this.queries = queries;
        this.service = service;
        this.organization = organization;
        this.locks = locks;
        this.audit = audit;
    }

    @GetMapping("/items/{id}")
    String show(@AuthenticationPrincipal BansouUser user, @PathVariable long id, Model model) {
        ItemYearDetail item = load(user, id);
        return page(user, item, ItemYearForm.of(item), model);
    }

    @PostMapping("/items/{id}")
    String save(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                @Valid @ModelAttribute("form") ItemYearForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        ItemYearDetail item = load(user, id);
        if (!service.mayEdit(user, item)) {
            throw new AccessDeniedException("この項目を編集する権限がありません");
        }
        form.negativeDistricts().forEach(d -> errors.rejectValue("districtActuals[" + d + "]",
                "validation.nonNegative"));
        if (errors.hasErrors()) {
            return page(user, item, form, model);
        }
        try {
            List<String> warnings = service.changeItemYear(user, id, form.getVersion(), form.toChange(),
                    form.getChangeReason());
            redirect.addFlashAttribute("saved", item.name());
            redirect.addFlashAttribute("warnings", warnings);
            return "redirect:/items/" + id;
        } catch (StaleItemYearException e) {
            ItemYearDetail current = load(user, id);
            model.addAttribute("stale", true);
            model.addAttribute("rejected", form);
            return page(user, current, ItemYearForm.of(current), model);
        } catch (PeriodClosedException e) {
            errors.reject("period.closed", new Object[] {e.getMessage()}, e.getMessage());
            return page(user, item, form, model);
        } catch (IllegalArgumentException e) {
            errors.reject("validation.invalid", new Object[] {e.getMessage()}, e.getMessage());
            return page(user, item, form, model);
        }
    }

    private ItemYearDetail load(BansouUser user, long id) {
        return queries.itemYear(user.associationId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "項目が見つかりません"));
    }

    private String page(BansouUser user, ItemYearDetail item, ItemYearForm form, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("previousActual", queries.previousActual(user.associationId(), item.itemYearId()).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("editable", service.mayEdit(user, item));
        model.addAttribute("districts", organization.districts(user.associationId()));
        model.addAttribute("holders", holders(user.associationId()));
        model.addAttribute("yearClosed", locks.yearClosed(user.associationId(), item.year()));
        model.addAttribute("history", audit.itemHistory(user.associationId(), item.itemId()));
        return "plan/item";
    }

    /** Groups first, then people, as the sheet's role cells mix both. */
    private List<HolderOption> holders(long associationId) {
        List<HolderOption> options = new ArrayList<>();
        organization.groups(associationId).forEach(g ->
                options.add(new HolderOption(RoleHolder.group(g.id()).key(), g.name() + "（グループ）")));
        organization.staffMembers(associationId).forEach(s ->
                options.add(new HolderOption(RoleHolder.person(s.id()).key(), s.name())));
        return options;
    }

    record HolderOption(String key, String label) {
    }
}
