package jp.bansou.progress.web;

import java.util.function.Supplier;
import jp.bansou.organization.BansouUser;
import jp.bansou.progress.GradingQueries;
import jp.bansou.progress.GradingScale;
import jp.bansou.progress.GradingService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/grading-scale} (admins only, as all of /admin): the association's grading scale.
 * Labels, lower bounds and colours are edited in place; steps are added (placed by their bound)
 * and removed. A scale that does not hold together is refused with the reason.
 */
@Controller
class GradingScaleController {

    private static final String PAGE = "/admin/grading-scale";

    private final GradingQueries queries;
    private final GradingService service;

    GradingScaleController(GradingQueries queries, GradingService service) {
        this.queries = queries;
        this.service = service;
    }

    @GetMapping(PAGE)
    String show(@AuthenticationPrincipal BansouUser user, Model model) {
        return page(ScaleForm.of(queries.scale(user.associationId())), new StepForm(), model);
    }

    @PostMapping(PAGE)
    String save(@AuthenticationPrincipal BansouUser user, @ModelAttribute("scaleForm") ScaleForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        Supplier<String> again = () -> page(form, new StepForm(), model);
        return errors.hasErrors() ? again.get() : replace(user, form::toScale, model, redirect, again);
    }

    @PostMapping(PAGE + "/steps")
    String add(@AuthenticationPrincipal BansouUser user, @ModelAttribute("stepForm") StepForm step,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        GradingScale scale = queries.scale(user.associationId());
        Supplier<String> again = () -> page(ScaleForm.of(scale), step, model);
        return errors.hasErrors() ? again.get() : replace(user, () -> scale.with(step.toStep()), model, redirect, again);
    }

    /** Removing a step asks first, naming the step and what follows from it. */
    @GetMapping(PAGE + "/steps/delete")
    String confirmRemove(@AuthenticationPrincipal BansouUser user, @RequestParam String code, Model model) {
        model.addAttribute("step", queries.scale(user.associationId()).step(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "progress/grading-step-delete";
    }

    @PostMapping(PAGE + "/steps/delete")
    String remove(@AuthenticationPrincipal BansouUser user, @RequestParam String code, Model model,
                  RedirectAttributes redirect) {
        GradingScale scale = queries.scale(user.associationId());
        return replace(user, () -> scale.without(code), model, redirect,
                () -> page(ScaleForm.of(scale), new StepForm(), model));
    }

    private String replace(BansouUser user, Supplier<GradingScale> edited, Model model, RedirectAttributes redirect,
                           Supplier<String> again) {
        try {
            service.replaceScale(user.associationId(), edited.get());
        } catch (IllegalArgumentException e) {
            model.addAttribute("scaleError", e.getMessage());
            return again.get();
        }
        redirect.addFlashAttribute("scaleSaved", true);
        return "redirect:" + PAGE;
    }

    private String page(ScaleForm scale, StepForm step, Model model) {
        model.addAttribute("scaleForm", scale);
        model.addAttribute("stepForm", step);
        return "progress/grading-scale";
    }
}
