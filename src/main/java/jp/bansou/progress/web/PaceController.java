package jp.bansou.progress.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.PaceQueries;
import jp.bansou.progress.PaceService;
import jp.bansou.progress.PaceStatus;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 進捗 of an item's year: expected and actual to date, forecast, status (computed, or set by hand
 * with a comment until the next check-in). The item page loads it with htmx; without htmx it is a
 * page of its own. Leads, deputies, the reviewer and admins may set the status.
 */
@Controller
class PaceController {

    private final PlanQueries plan;
    private final PaceQueries queries;
    private final PaceService service;

    PaceController(PlanQueries plan, PaceQueries queries, PaceService service) {
        this.plan = plan;
        this.queries = queries;
        this.service = service;
    }

    @GetMapping("/items/{id}/pace")
    String show(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                HtmxRequest htmx, Model model) {
        return view(user, load(user, id), asOf, new StatusForm(), htmx, model);
    }

    @PostMapping("/items/{id}/pace/status")
    String setStatus(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                     @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult errors, HtmxRequest htmx,
                     Model model, RedirectAttributes redirect) {
        ItemYearDetail item = load(user, id);
        if (!service.maySetStatus(user, item)) {
            throw new AccessDeniedException("この項目の状況を設定する権限がありません");
        }
        if (!errors.hasErrors()) {
            try {
                service.setStatus(user, id, form.getStatus(), form.getComment());
                if (!htmx.isHtmxRequest()) {
                    redirect.addFlashAttribute("statusSet", true);
                    return "redirect:/items/" + id + "/pace";
                }
                model.addAttribute("statusSet", true);
                return view(user, item, null, new StatusForm(), htmx, model);
            } catch (IllegalArgumentException e) {
                errors.reject("validation.invalid", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        return view(user, item, null, form, htmx, model);
    }

    private ItemYearDetail load(BansouUser user, long id) {
        return plan.itemYear(user.associationId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "項目が見つかりません"));
    }

    private String view(BansouUser user, ItemYearDetail item, LocalDate asOf, StatusForm form, HtmxRequest htmx,
                        Model model) {
        LocalDate date = asOf != null ? asOf : queries.asOfFor(item.year());
        model.addAttribute("item", item);
        model.addAttribute("asOf", date);
        model.addAttribute("pace", queries.itemPace(user.associationId(), item.itemYearId(), date).orElseThrow());
        model.addAttribute("maySetStatus", service.maySetStatus(user, item));
        model.addAttribute("mayPlan", service.mayPlan(user, item));
        model.addAttribute("statuses", PaceStatus.SETTABLE);
        model.addAttribute("statusForm", form);
        return htmx.isHtmxRequest() ? "progress/pace :: section" : "progress/pace";
    }
}
