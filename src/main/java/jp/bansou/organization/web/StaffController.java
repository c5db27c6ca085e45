package jp.bansou.organization.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import jp.bansou.organization.AdministrationQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationNotFoundException;
import jp.bansou.organization.OrganizationUsage;
import jp.bansou.organization.StaffAdministration;
import jp.bansou.organization.StaffKind;
import jp.bansou.organization.StaffMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/staff}: staff members searched, sorted and paged; add one, change name, kind and
 * dates (a leaver gets an end date: never deleted, as records and roles name them), move up or down.
 */
@Controller
class StaffController {

    private static final String PAGE = "/admin/staff";

    private final AdministrationQueries queries;
    private final StaffAdministration staff;
    private final List<OrganizationUsage> usages;

    StaffController(AdministrationQueries queries, StaffAdministration staff, List<OrganizationUsage> usages) {
        this.queries = queries;
        this.staff = staff;
        this.usages = usages;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal BansouUser admin, ListQuery query, Model model) {
        ListParams params = query.on(PAGE);
        model.addAttribute("params", params);
        model.addAttribute("result", queries.staff(admin.associationId(), params.request()));
        return "organization/staff";
    }

    @GetMapping(PAGE + "/new")
    String newMember(Model model) {
        return form(null, new StaffForm(), List.of(), model);
    }

    @PostMapping(PAGE)
    String add(@AuthenticationPrincipal BansouUser admin, @Valid @ModelAttribute("form") StaffForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        form.checkDates(errors);
        if (errors.hasErrors()) {
            return form(null, form, List.of(), model);
        }
        try {
            staff.add(admin, form.toDetails());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("name", "rule", e.getMessage());
            return form(null, form, List.of(), model);
        }
        redirect.addFlashAttribute("done", "orgAdmin.saved");
        return "redirect:" + PAGE;
    }

    @GetMapping(PAGE + "/{id}")
    String edit(@AuthenticationPrincipal BansouUser admin, @PathVariable long id, Model model) {
        StaffMember member = member(admin, id);
        return form(member, StaffForm.of(member), usage(id), model);
    }

    @PostMapping(PAGE + "/{id}")
    String change(@AuthenticationPrincipal BansouUser admin, @PathVariable long id,
                  @Valid @ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        StaffMember member = member(admin, id);
        form.checkDates(errors);
        if (!errors.hasErrors()) {
            try {
                staff.change(admin, id, form.toDetails());
                redirect.addFlashAttribute("done", "orgAdmin.saved");
                return "redirect:" + PAGE;
            } catch (IllegalArgumentException e) {
                errors.rejectValue("name", "rule", e.getMessage());
            }
        }
        return form(member, form, usage(id), model);
    }

    @PostMapping(PAGE + "/{id}/move")
    String move(@AuthenticationPrincipal BansouUser admin, @PathVariable long id, @RequestParam boolean up) {
        staff.move(admin, id, up);
        return "redirect:" + PAGE;
    }

    private String form(StaffMember member, StaffForm form, List<String> usage, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("kinds", StaffKind.values());
        model.addAttribute("usage", usage);
        return "organization/staff-form";
    }

    private List<String> usage(long staffMemberId) {
        List<String> lines = new ArrayList<>();
        usages.forEach(u -> lines.addAll(u.ofStaffMember(staffMemberId)));
        return lines;
    }

    private StaffMember member(BansouUser admin, long id) {
        return queries.staffMember(admin.associationId(), id)
                .orElseThrow(() -> new OrganizationNotFoundException("staff member", id));
    }
}
