package jp.bansou.organization.web;

import java.util.List;
import jp.bansou.organization.AdministrationQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.GroupKind;
import jp.bansou.organization.OrganizationNotFoundException;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffAdministration;
import jp.bansou.organization.StaffGroup;
import jp.bansou.organization.StaffMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/groups}: groups searched, sorted and paged; add a group, add members, remove one
 * after a confirmation page. 各指導員 (every advisor in post) is shown but not edited by hand.
 */
@Controller
class GroupsController {

    private static final String PAGE = "/admin/groups";

    private final AdministrationQueries queries;
    private final OrganizationQueries organization;
    private final StaffAdministration staff;

    GroupsController(AdministrationQueries queries, OrganizationQueries organization, StaffAdministration staff) {
        this.queries = queries;
        this.organization = organization;
        this.staff = staff;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal BansouUser admin, ListQuery query, Model model) {
        ListParams params = query.on(PAGE);
        model.addAttribute("params", params);
        model.addAttribute("result", queries.groups(admin.associationId(), params.request()));
        return "organization/groups";
    }

    @PostMapping(PAGE)
    String add(@AuthenticationPrincipal BansouUser admin, @RequestParam(required = false) String name,
               RedirectAttributes redirect) {
        try {
            long id = staff.addGroup(admin, name);
            redirect.addFlashAttribute("done", "orgAdmin.saved");
            return "redirect:" + PAGE + "/" + id;
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:" + PAGE;
        }
    }

    @GetMapping(PAGE + "/{id}")
    String show(@AuthenticationPrincipal BansouUser admin, @PathVariable long id, Model model) {
        StaffGroup group = group(admin, id);
        boolean editable = group.kind() == GroupKind.EXPLICIT;
        List<StaffMember> listed = editable ? queries.listedMembers(id) : List.of();
        model.addAttribute("group", group);
        model.addAttribute("editable", editable);
        model.addAttribute("members", listed);
        model.addAttribute("memberNames", organization.memberNames(id));
        model.addAttribute("candidates", organization.staffMembers(admin.associationId()).stream()
                .filter(s -> listed.stream().noneMatch(m -> m.id() == s.id())).toList());
        return "organization/group";
    }

    @PostMapping(PAGE + "/{id}/members")
    String addMember(@AuthenticationPrincipal BansouUser admin, @PathVariable long id,
                     @RequestParam long staffMemberId, RedirectAttributes redirect) {
        return AdminChange.run(redirect, PAGE + "/" + id, () -> staff.addGroupMember(admin, id, staffMemberId));
    }

    @GetMapping(PAGE + "/{id}/members/{staffMemberId}/remove")
    String confirmRemoval(@AuthenticationPrincipal BansouUser admin, @PathVariable long id,
                          @PathVariable long staffMemberId, Model model) {
        StaffGroup group = staff.editableGroup(admin, id);
        StaffMember member = queries.listedMembers(id).stream().filter(m -> m.id() == staffMemberId).findFirst()
                .orElseThrow(() -> new OrganizationNotFoundException("group member", staffMemberId));
        model.addAttribute("group", group);
        model.addAttribute("member", member);
        return "organization/group-remove";
    }

    @PostMapping(PAGE + "/{id}/members/{staffMemberId}/remove")
    String removeMember(@AuthenticationPrincipal BansouUser admin, @PathVariable long id,
                        @PathVariable long staffMemberId, RedirectAttributes redirect) {
        return AdminChange.run(redirect, PAGE + "/" + id, () -> staff.removeGroupMember(admin, id, staffMemberId));
    }

    private StaffGroup group(BansouUser admin, long id) {
        return queries.group(admin.associationId(), id).orElseThrow(() -> new OrganizationNotFoundException("group", id));
    }
}
