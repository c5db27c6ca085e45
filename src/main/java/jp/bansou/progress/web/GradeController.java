package jp.bansou.progress.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import jp.bansou.organization.BansouUser;
import jp.bansou.period.PeriodClosedException;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.GradingQueries;
import jp.bansou.progress.GradingScale;
import jp.bansou.progress.GradingService;
import jp.bansou.progress.ItemGrading;
import jp.bansou.shared.StaleEditException;
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
 * 達成状況の判定 of an item's year: the rate, the proposal, the decision, and for the reviewer (or
 * an admin) the form to decide. The item page loads the section with htmx; without htmx it is a
 * page of its own.
 */
@Controller
class GradeController {

    private final PlanQueries plan;
    private final GradingQueries queries;
    private final GradingService service;

    GradeController(PlanQueries plan, GradingQueries queries, GradingService service) {
        this.plan = plan;
        this.queries = queries;
        this.service = service;
    }

    @GetMapping("/items/{id}/grade")
    String show(@AuthenticationPrincipal BansouUser user, @PathVariable long id, HtmxRequest htmx, Model model) {
        ItemYearDetail item = load(user, id);
        ItemGrading grading = grading(user, id);
        return view(user, item, grading, form(user, id, grading), htmx, model);
    }

    @PostMapping("/items/{id}/grade")
    String decide(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                  @Valid @ModelAttribute("gradeForm") GradeForm form, BindingResult errors, HtmxRequest htmx,
                  Model model, RedirectAttributes redirect) {
        ItemYearDetail item = load(user, id);
        if (!service.mayDecide(user, item)) {
            throw new AccessDeniedException("この項目の達成状況を判定する権限がありません");
        }
        if (!errors.hasErrors()) {
            try {
                service.decide(user, id, form.getCode(), form.getReason(), form.getVersion());
                if (!htmx.isHtmxRequest()) {
                    redirect.addFlashAttribute("gradeDecided", true);
                    return "redirect:/items/" + id + "/grade";
                }
                model.addAttribute("gradeDecided", true);
                ItemGrading decided = grading(user, id);
                return view(user, item, decided, form(user, id, decided), htmx, model);
            } catch (StaleEditException e) {
                errors.reject(StaleEditException.MESSAGE_KEY, e.messageArguments(), e.getMessage());
                form.setVersion(e.currentVersion());
            } catch (IllegalArgumentException e) {
                errors.reject("validation.invalid", new Object[] {e.getMessage()}, e.getMessage());
            } catch (PeriodClosedException e) {
                errors.reject("period.closed", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        return view(user, item, grading(user, id), form, htmx, model);
    }

    private GradeForm form(BansouUser user, long id, ItemGrading grading) {
        GradeForm form = GradeForm.of(grading);
        form.setVersion(queries.decisionVersion(user.associationId(), id).orElse(null));
        return form;
    }

    private ItemYearDetail load(BansouUser user, long id) {
        return plan.itemYear(user.associationId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "項目が見つかりません"));
    }

    private ItemGrading grading(BansouUser user, long id) {
        return queries.itemGrading(user.associationId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "項目が見つかりません"));
    }

    private String view(BansouUser user, ItemYearDetail item, ItemGrading grading, GradeForm form, HtmxRequest htmx,
                        Model model) {
        GradingScale scale = queries.scale(user.associationId());
        model.addAttribute("item", item);
        model.addAttribute("grading", grading);
        model.addAttribute("scale", scale);
        model.addAttribute("proposedStep", grading.proposedCode() == null ? null
                : scale.step(grading.proposedCode()).orElse(null));
        model.addAttribute("mayDecide", service.mayDecide(user, item));
        model.addAttribute("gradeForm", form);
        return htmx.isHtmxRequest() ? "progress/grade :: section" : "progress/grade";
    }
}
