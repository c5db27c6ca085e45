package jp.bansou.publication.web;

import jp.bansou.organization.BansouUser;
import jp.bansou.publication.PublicationQueries;
import jp.bansou.publication.PublicationService;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/publication} (admins only, as all of /admin): each year with its snapshot and
 * whether it is public, a button to publish the snapshot of a closed year and one to withdraw it.
 */
@Controller
class PublicationController {

    private static final String PAGE = "/admin/publication";

    private final PublicationQueries queries;
    private final PublicationService service;

    PublicationController(PublicationQueries queries, PublicationService service) {
        this.queries = queries;
        this.service = service;
    }

    @GetMapping(PAGE)
    String show(@AuthenticationPrincipal BansouUser user, Model model) {
        model.addAttribute("years", queries.years(user.associationId()));
        model.addAttribute("associationCode", queries.associationCode(user.associationId()));
        return "publication/admin";
    }

    @PostMapping(PAGE + "/publish")
    String publish(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, RedirectAttributes redirect) {
        FiscalYear year = FiscalYear.of(fy);
        try {
            service.publish(user, year);
            redirect.addFlashAttribute("done", year.japaneseLabel() + "の締め時点の版を公開しました");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/withdraw")
    String withdraw(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, RedirectAttributes redirect) {
        FiscalYear year = FiscalYear.of(fy);
        try {
            service.withdraw(user, year);
            redirect.addFlashAttribute("done", year.japaneseLabel() + "の公開を取り下げました");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + PAGE;
    }
}
