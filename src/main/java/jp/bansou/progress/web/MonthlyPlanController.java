package jp.bansou.progress.web;

import java.math.BigDecimal;
import java.util.List;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.MonthlyProfile;
import jp.bansou.progress.PaceQueries;
import jp.bansou.progress.PaceService;
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
 * {@code /items/{id}/monthly-plan}: the lead's spread of the item-year's target over April to
 * March, which the pace follows instead of last year's months. Everyone may read it; the lead,
 * deputies and admins may save it (the months must add up to the target) or remove it.
 */
@Controller
class MonthlyPlanController {

    private final PlanQueries plan;
    private final PaceQueries queries;
    private final PaceService service;

    MonthlyPlanController(PlanQueries plan, PaceQueries queries, PaceService service) {
        this.plan = plan;
        this.queries = queries;
        this.service = service;
    }

    @GetMapping("/items/{id}/monthly-plan")
    String show(@AuthenticationPrincipal BansouUser user, @PathVariable long id, Model model) {
        ItemYearDetail item = load(user, id);
        return page(user, item, MonthlyPlanForm.of(queries.monthlyPlan(user.associationId(), id)), model);
    }

    @PostMapping("/items/{id}/monthly-plan")
    String save(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                @ModelAttribute("planForm") MonthlyPlanForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        ItemYearDetail item = editable(user, id);
        List<BigDecimal> amounts = form.amounts(errors);
        if (amounts == null) {
            return page(user, item, form, model);
        }
        try {
            service.savePlan(user, id, amounts);
        } catch (IllegalArgumentException e) {
            errors.reject("validation.invalid", new Object[] {e.getMessage()}, e.getMessage());
            return page(user, item, form, model);
        }
        redirect.addFlashAttribute("planSaved", true);
        return "redirect:/items/" + id + "/monthly-plan";
    }

    @PostMapping("/items/{id}/monthly-plan/delete")
    String remove(@AuthenticationPrincipal BansouUser user, @PathVariable long id, RedirectAttributes redirect) {
        editable(user, id);
        service.removePlan(user, id);
        redirect.addFlashAttribute("planRemoved", true);
        return "redirect:/items/" + id + "/monthly-plan";
    }

    private ItemYearDetail editable(BansouUser user, long id) {
        ItemYearDetail item = load(user, id);
        if (!service.mayPlan(user, item)) {
            throw new AccessDeniedException("この項目の月別計画を編集する権限がありません");
        }
        return item;
    }

    private ItemYearDetail load(BansouUser user, long id) {
        return plan.itemYear(user.associationId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "項目が見つかりません"));
    }

    private String page(BansouUser user, ItemYearDetail item, MonthlyPlanForm form, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("planForm", form);
        model.addAttribute("hasPlan", queries.monthlyPlan(user.associationId(), item.itemYearId()).isPresent());
        model.addAttribute("mayPlan", service.mayPlan(user, item));
        model.addAttribute("monthNames", java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> MonthlyProfile.monthAt(i).getValue() + "月").toList());
        return "progress/monthly-plan";
    }
}
