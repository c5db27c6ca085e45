package jp.bansou.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.AreaDefinition;
import jp.bansou.plan.AreaSummary;
import jp.bansou.plan.PlanAdminQueries;
import jp.bansou.plan.PlanChangeRefused;
import jp.bansou.plan.PlanStructureService;
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

/** {@code /admin/areas}: the business areas, their order (arrows, htmx), edit, and delete after a confirmation. */
@Controller
class AreasAdminController {

    private static final String PAGE = "/admin/areas";

    private final PlanAdminQueries queries;
    private final PlanStructureService service;

    AreasAdminController(PlanAdminQueries queries, PlanStructureService service) {
        this.queries = queries;
        this.service = service;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal BansouUser user, Model model) {
        model.addAttribute("areas", queries.areas(user.associationId()));
        return "plan/admin-areas";
    }

    @PostMapping(PAGE)
    String add(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) String name,
               @RequestParam(required = false) Integer guideline, @RequestParam(required = false) String subHeading,
               RedirectAttributes redirect) {
        return AdminActions.run(redirect, PAGE, () -> service.addArea(user, new AreaDefinition(name, guideline, subHeading)));
    }

    @GetMapping(PAGE + "/{id}")
    String edit(@AuthenticationPrincipal BansouUser user, @PathVariable long id, Model model) {
        model.addAttribute("area", area(user, id));
        model.addAttribute("version", queries.areaVersion(user.associationId(), id));
        return "plan/admin-area";
    }

    @PostMapping(PAGE + "/{id}")
    String save(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                @RequestParam(required = false) String name, @RequestParam(required = false) Integer guideline,
                @RequestParam(required = false) String subHeading, @RequestParam(required = false) Integer version,
                RedirectAttributes redirect) {
        area(user, id); // another association's area is not found, whatever the form holds
        try {
            // a form without the version it was read at cannot prove it saw the current area
            service.editArea(user, id, version == null ? -1 : version, new AreaDefinition(name, guideline, subHeading));
            redirect.addFlashAttribute("done", true);
            return "redirect:" + PAGE;
        } catch (PlanChangeRefused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:" + PAGE + "/" + id;
        }
    }

    /** Up (-1) or down (+1); an htmx request gets the table back, a plain form the page. */
    @PostMapping(PAGE + "/{id}/move")
    String move(@AuthenticationPrincipal BansouUser user, @PathVariable long id, @RequestParam int delta,
                HtmxRequest htmx, Model model, RedirectAttributes redirect) {
        if (!htmx.isHtmxRequest()) {
            return AdminActions.run(redirect, PAGE, () -> service.moveArea(user, id, Integer.signum(delta)));
        }
        service.moveArea(user, id, Integer.signum(delta));
        model.addAttribute("areas", queries.areas(user.associationId()));
        return "plan/admin-areas :: areas";
    }

    @GetMapping(PAGE + "/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal BansouUser user, @PathVariable long id, Model model) {
        model.addAttribute("area", area(user, id));
        return "plan/admin-area-delete";
    }

    @PostMapping(PAGE + "/{id}/delete")
    String delete(@AuthenticationPrincipal BansouUser user, @PathVariable long id, RedirectAttributes redirect) {
        return AdminActions.run(redirect, PAGE, () -> service.deleteArea(user, id));
    }

    private AreaSummary area(BansouUser user, long id) {
        return queries.area(user.associationId(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
