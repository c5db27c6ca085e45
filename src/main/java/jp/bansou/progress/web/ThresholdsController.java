package jp.bansou.progress.web;

import jakarta.validation.Valid;
import jp.bansou.organization.BansouUser;
import jp.bansou.progress.PaceQueries;
import jp.bansou.progress.PaceService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/pace-thresholds} (admins only, as all of /admin): when an item is on track, needs attention or is behind. */
@Controller
class ThresholdsController {

    private static final String PAGE = "/admin/pace-thresholds";

    private final PaceQueries queries;
    private final PaceService service;

    ThresholdsController(PaceQueries queries, PaceService service) {
        this.queries = queries;
        this.service = service;
    }

    @GetMapping(PAGE)
    String show(@AuthenticationPrincipal BansouUser user, Model model) {
        model.addAttribute("thresholdsForm", ThresholdsForm.of(queries.thresholds(user.associationId())));
        return "progress/pace-thresholds";
    }

    @PostMapping(PAGE)
    String save(@AuthenticationPrincipal BansouUser user, @Valid @ModelAttribute("thresholdsForm") ThresholdsForm form,
                BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "progress/pace-thresholds";
        }
        try {
            service.replaceThresholds(user.associationId(), form.toThresholds());
        } catch (IllegalArgumentException e) {
            errors.reject("validation.invalid", new Object[] {e.getMessage()}, e.getMessage());
            return "progress/pace-thresholds";
        }
        redirect.addFlashAttribute("thresholdsSaved", true);
        return "redirect:" + PAGE;
    }
}
