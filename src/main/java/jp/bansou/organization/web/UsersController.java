package jp.bansou.organization.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import jp.bansou.audit.AuditQueries;
import jp.bansou.organization.AdministrationQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationNotFoundException;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.OrganizationUsage;
import jp.bansou.organization.UserAdministration;
import jp.bansou.organization.UserRole;
import jp.bansou.organization.UserSummary;
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
 * {@code /admin/users} (admins only, as all of /admin): the association's logins, searched, sorted
 * and paged; create one, change its role or staff member, reset its password, deactivate it (after
 * a confirmation page saying what stays) or reactivate it.
 */
@Controller
class UsersController {

    private static final String PAGE = "/admin/users";

    private final AdministrationQueries queries;
    private final OrganizationQueries organization;
    private final UserAdministration users;
    private final AuditQueries audit;
    private final List<OrganizationUsage> usages;

    UsersController(AdministrationQueries queries, OrganizationQueries organization, UserAdministration users,
                    AuditQueries audit, List<OrganizationUsage> usages) {
        this.queries = queries;
        this.organization = organization;
        this.users = users;
        this.audit = audit;
        this.usages = usages;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal BansouUser admin, ListQuery query, Model model) {
        ListParams params = query.on(PAGE);
        model.addAttribute("params", params);
        model.addAttribute("result", queries.users(admin.associationId(), params.request()));
        return "organization/users";
    }

    @GetMapping(PAGE + "/new")
    String newUser(@AuthenticationPrincipal BansouUser admin, Model model) {
        return form(admin, new UserForm(), model);
    }

    @PostMapping(PAGE)
    String create(@AuthenticationPrincipal BansouUser admin, @Valid @ModelAttribute("form") UserForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        form.checkPassword(errors);
        if (!errors.hasFieldErrors("username") && queries.usernameTaken(form.getUsername())) {
            errors.rejectValue("username", "taken", "ユーザー名「" + form.getUsername() + "」は既に使われています");
        }
        if (errors.hasErrors()) {
            return form(admin, form, model);
        }
        long id = users.create(admin, form.toNewUser());
        redirect.addFlashAttribute("done", "orgAdmin.userCreated");
        return "redirect:" + PAGE + "/" + id;
    }

    @GetMapping(PAGE + "/{id}")
    String show(@AuthenticationPrincipal BansouUser admin, @PathVariable long id, Model model) {
        UserSummary user = user(admin, id);
        model.addAttribute("user", user);
        model.addAttribute("roles", UserRole.values());
        model.addAttribute("staff", organization.staffMembers(admin.associationId()));
        model.addAttribute("self", user.id() == admin.id());
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        return "organization/user";
    }

    @PostMapping(PAGE + "/{id}/role")
    String changeRole(@AuthenticationPrincipal BansouUser admin, @PathVariable long id, @RequestParam UserRole role,
                      RedirectAttributes redirect) {
        return AdminChange.run(redirect, PAGE + "/" + id, () -> users.changeRole(admin, id, role));
    }

    @PostMapping(PAGE + "/{id}/staff")
    String linkStaff(@AuthenticationPrincipal BansouUser admin, @PathVariable long id,
                     @RequestParam(required = false) Long staffMemberId, RedirectAttributes redirect) {
        return AdminChange.run(redirect, PAGE + "/" + id, () -> users.linkStaffMember(admin, id, staffMemberId));
    }

    @PostMapping(PAGE + "/{id}/password")
    String resetPassword(@AuthenticationPrincipal BansouUser admin, @PathVariable long id,
                         @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model) {
        UserSummary user = user(admin, id);
        form.forUser(user.username()).checkPassword(errors);
        if (errors.hasErrors()) {
            return show(admin, id, model);
        }
        users.resetPassword(admin, id, form.getPassword());
        model.addAttribute("done", "orgAdmin.passwordReset");
        model.addAttribute("passwordForm", new PasswordForm());
        return show(admin, id, model);
    }

    @GetMapping(PAGE + "/{id}/deactivate")
    String confirmDeactivation(@AuthenticationPrincipal BansouUser admin, @PathVariable long id, Model model) {
        UserSummary user = user(admin, id);
        List<String> kept = new ArrayList<>();
        long changes = audit.countByUser(admin.associationId(), id);
        if (changes > 0) {
            kept.add("変更履歴 " + changes + "件");
        }
        usages.forEach(u -> kept.addAll(u.ofUser(id)));
        model.addAttribute("user", user);
        model.addAttribute("kept", kept);
        return "organization/user-deactivate";
    }

    @PostMapping(PAGE + "/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal BansouUser admin, @PathVariable long id, RedirectAttributes redirect) {
        return AdminChange.run(redirect, PAGE + "/" + id, () -> users.deactivate(admin, id));
    }

    @PostMapping(PAGE + "/{id}/reactivate")
    String reactivate(@AuthenticationPrincipal BansouUser admin, @PathVariable long id, RedirectAttributes redirect) {
        return AdminChange.run(redirect, PAGE + "/" + id, () -> users.reactivate(admin, id));
    }

    private String form(BansouUser admin, UserForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("roles", UserRole.values());
        model.addAttribute("staff", organization.staffMembers(admin.associationId()));
        return "organization/user-new";
    }

    private UserSummary user(BansouUser admin, long id) {
        return queries.user(admin.associationId(), id).orElseThrow(() -> new OrganizationNotFoundException("user", id));
    }
}
