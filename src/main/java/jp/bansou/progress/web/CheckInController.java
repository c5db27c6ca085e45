package jp.bansou.progress.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import jp.bansou.organization.BansouUser;
import jp.bansou.period.PeriodClosedException;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.CheckInNotFoundException;
import jp.bansou.progress.CheckInPermission;
import jp.bansou.progress.CheckInQueries;
import jp.bansou.progress.CheckInService;
import jp.bansou.progress.CheckInStatus;
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
 * チェックイン of an item's year: the history with each check-in's state, the form to post for the
 * lead, a deputy or an admin, and the reviewer's acknowledge / return forms. The item page loads the
 * section with htmx; without htmx it is a page of its own, and every form answers with it again.
 */
@Controller
class CheckInController {

    private final PlanQueries plan;
    private final CheckInQueries queries;
    private final CheckInService service;
    private final Clock clock;

    CheckInController(PlanQueries plan, CheckInQueries queries, CheckInService service, Clock clock) {
        this.plan = plan;
        this.queries = queries;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/items/{id}/check-ins")
    String show(@AuthenticationPrincipal BansouUser user, @PathVariable long id, HtmxRequest htmx, Model model) {
        return view(user, load(user, id), CheckInForm.startingOn(today()), htmx, model);
    }

    @PostMapping("/items/{id}/check-ins")
    String post(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                @Valid @ModelAttribute("checkInForm") CheckInForm form, BindingResult errors, HtmxRequest htmx,
                Model model, RedirectAttributes redirect) {
        ItemYearDetail item = load(user, id);
        if (!service.permission(user, item).mayPost()) {
            throw new AccessDeniedException("この項目のチェックインを投稿する権限がありません");
        }
        if (!errors.hasErrors()) {
            try {
                service.post(user, id, form.toCheckIn(), form.getChangeReason());
                return done(id, "checkInPosted", htmx, redirect, () -> view(user, item,
                        CheckInForm.startingOn(today()), htmx, model), model);
            } catch (IllegalArgumentException e) {
                errors.reject("validation.invalid", new Object[] {e.getMessage()}, e.getMessage());
            } catch (PeriodClosedException e) {
                errors.rejectValue("asOf", "period.closed", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        return view(user, item, form, htmx, model);
    }

    @PostMapping("/items/{id}/check-ins/{checkInId}/acknowledge")
    String acknowledge(@AuthenticationPrincipal BansouUser user, @PathVariable long id, @PathVariable long checkInId,
                       @ModelAttribute ReviewForm review, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
        return review(user, id, checkInId, review, false, htmx, model, redirect);
    }

    @PostMapping("/items/{id}/check-ins/{checkInId}/return")
    String returnToPoster(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                          @PathVariable long checkInId, @ModelAttribute ReviewForm review, HtmxRequest htmx,
                          Model model, RedirectAttributes redirect) {
        return review(user, id, checkInId, review, true, htmx, model, redirect);
    }

    private String review(BansouUser user, long id, long checkInId, ReviewForm review, boolean returning,
                          HtmxRequest htmx, Model model, RedirectAttributes redirect) {
        ItemYearDetail item = load(user, id);
        if (!service.permission(user, item).mayReview()) {
            throw new AccessDeniedException("この項目のチェックインを確認する権限がありません");
        }
        try {
            if (returning) {
                service.returnToPoster(user, id, checkInId, review.getComment());
            } else {
                service.acknowledge(user, id, checkInId, review.getComment());
            }
        } catch (CheckInNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            model.addAttribute("reviewError", e.getMessage());
            model.addAttribute("reviewErrorId", checkInId);
            return view(user, item, CheckInForm.startingOn(today()), htmx, model);
        }
        String flash = returning ? "checkInReturned" : "checkInAcknowledged";
        return done(id, flash, htmx, redirect, () -> view(user, item, CheckInForm.startingOn(today()), htmx, model),
                model);
    }

    private static String done(long id, String flash, HtmxRequest htmx, RedirectAttributes redirect,
                               java.util.function.Supplier<String> section, Model model) {
        if (!htmx.isHtmxRequest()) {
            redirect.addFlashAttribute(flash, true);
            return "redirect:/items/" + id + "/check-ins";
        }
        model.addAttribute(flash, true);
        return section.get();
    }

    private ItemYearDetail load(BansouUser user, long id) {
        return plan.itemYear(user.associationId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "項目が見つかりません"));
    }

    private String view(BansouUser user, ItemYearDetail item, CheckInForm form, HtmxRequest htmx, Model model) {
        CheckInPermission permission = service.permission(user, item);
        model.addAttribute("item", item);
        model.addAttribute("checkIns", queries.history(user.associationId(), item.itemYearId()));
        model.addAttribute("mayPost", permission.mayPost());
        model.addAttribute("permission", permission);
        model.addAttribute("userId", user.id());
        model.addAttribute("statuses", CheckInStatus.values());
        model.addAttribute("checkInForm", form);
        return htmx.isHtmxRequest() ? "progress/check-ins :: section" : "progress/check-ins";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
