package jp.bansou.organization.web;

import java.util.ArrayList;
import java.util.List;
import jp.bansou.organization.AdministrationQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.District;
import jp.bansou.organization.DistrictAdministration;
import jp.bansou.organization.OrganizationUsage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/districts}: districts in display order (searchable, sortable, paged) with their
 * former names; add, rename, move up or down, retire after a confirmation page naming what stays
 * in the district, reinstate.
 */
@Controller
class DistrictsController {

    private static final String PAGE = "/admin/districts";

    private final AdministrationQueries queries;
    private final DistrictAdministration districts;
    private final List<OrganizationUsage> usages;

    DistrictsController(AdministrationQueries queries, DistrictAdministration districts,
                        List<OrganizationUsage> usages) {
        this.queries = queries;
        this.districts = districts;
        this.usages = usages;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal BansouUser admin, ListQuery query, Model model) {
        ListParams params = query.on(PAGE);
        model.addAttribute("params", params);
        model.addAttribute("result", queries.districts(admin.associationId(), params.request()));
        model.addAttribute("renames", queries.districtRenames(admin.associationId()));
        return "organization/districts";
    }

    @PostMapping(PAGE)
    String add(@AuthenticationPrincipal BansouUser admin, @RequestParam(required = false) String name,
               RedirectAttributes redirect) {
        return AdminChange.run(redirect, PAGE, () -> districts.add(admin, name));
    }

    @PostMapping(PAGE + "/{id}/rename")
    String rename(@AuthenticationPrincipal BansouUser admin, @PathVariable long id,
                  @RequestParam(required = false) String name, RedirectAttributes redirect) {
        return AdminChange.run(redirect, PAGE, () -> districts.rename(admin, id, name));
    }

    @PostMapping(PAGE + "/{id}/move")
    String move(@AuthenticationPrincipal BansouUser admin, @PathVariable long id, @RequestParam boolean up,
                RedirectAttributes redirect) {
        return AdminChange.run(redirect, PAGE, () -> districts.move(admin, id, up));
    }

    @GetMapping(PAGE + "/{id}/retire")
    String confirmRetirement(@AuthenticationPrincipal BansouUser admin, @PathVariable long id, Model model) {
        District district = districts.district(admin, id);
        List<String> kept = new ArrayList<>();
        usages.forEach(u -> kept.addAll(u.ofDistrict(id)));
        model.addAttribute("district", district);
        model.addAttribute("kept", kept);
        return "organization/district-retire";
    }

    @PostMapping(PAGE + "/{id}/retire")
    String retire(@AuthenticationPrincipal BansouUser admin, @PathVariable long id, RedirectAttributes redirect) {
        return AdminChange.run(redirect, PAGE, () -> districts.retire(admin, id));
    }

    @PostMapping(PAGE + "/{id}/reinstate")
    String reinstate(@AuthenticationPrincipal BansouUser admin, @PathVariable long id, RedirectAttributes redirect) {
        return AdminChange.run(redirect, PAGE, () -> districts.reinstate(admin, id));
    }
}
