package jp.bansou.activity.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Consumer;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.SupportCategory;
import jp.bansou.organization.BansouUser;
import jp.bansou.shared.ListPage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lists an association extends itself: activity kinds and support categories (admins only). */
@Controller
class ListsAdminController {

    private static final String KINDS = "/admin/activity-kinds";
    private static final String CATEGORIES = "/admin/support-categories";

    private final ActivityQueries queries;
    private final ActivityService service;

    ListsAdminController(ActivityQueries queries, ActivityService service) {
        this.queries = queries;
        this.service = service;
    }

    @GetMapping(KINDS)
    String kinds(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) String q,
                 @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
        Permissions.requireAdmin(user);
        model.addAttribute("list", ListPage.of(queries.kinds(user.associationId()), ActivityKind::name, q, sort, page));
        return page(new NameForm(), model, true);
    }

    @PostMapping(KINDS)
    String addKind(@AuthenticationPrincipal BansouUser user, @Valid @ModelAttribute("form") NameForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        Permissions.requireAdmin(user);
        List<String> taken = queries.kinds(user.associationId()).stream().map(ActivityKind::name).toList();
        if (add(form, errors, taken, name -> service.addKind(user.associationId(), name, form.isEvent()))) {
            redirect.addFlashAttribute("added", form.strippedName());
            return "redirect:" + KINDS;
        }
        return kindsPage(user, form, model);
    }

    @GetMapping(CATEGORIES)
    String categories(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) String q,
                      @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                      Model model) {
        Permissions.requireAdmin(user);
        model.addAttribute("list",
                ListPage.of(queries.categories(user.associationId()), SupportCategory::name, q, sort, page));
        return page(new NameForm(), model, false);
    }

    @PostMapping(CATEGORIES)
    String addCategory(@AuthenticationPrincipal BansouUser user, @Valid @ModelAttribute("form") NameForm form,
                       BindingResult errors, Model model, RedirectAttributes redirect) {
        Permissions.requireAdmin(user);
        List<String> taken = queries.categories(user.associationId()).stream().map(SupportCategory::name).toList();
        if (add(form, errors, taken, name -> service.addCategory(user.associationId(), name))) {
            redirect.addFlashAttribute("added", form.strippedName());
            return "redirect:" + CATEGORIES;
        }
        return categoriesPage(user, form, model);
    }

    /** Adds the name unless it is invalid or taken (also when another admin took it a moment ago). */
    private static boolean add(NameForm form, BindingResult errors, List<String> taken, Consumer<String> adder) {
        if (!errors.hasErrors() && taken.contains(form.strippedName())) {
            errors.rejectValue("name", "activity.validation.nameTaken", new Object[] {form.strippedName()}, null);
        }
        if (errors.hasErrors()) {
            return false;
        }
        try {
            adder.accept(form.strippedName());
            return true;
        } catch (DuplicateKeyException e) {
            errors.rejectValue("name", "activity.validation.nameTaken", new Object[] {form.strippedName()}, null);
            return false;
        }
    }

    private String kindsPage(BansouUser user, NameForm form, Model model) {
        model.addAttribute("list", ListPage.of(queries.kinds(user.associationId()), ActivityKind::name, null, null, 0));
        return page(form, model, true);
    }

    private String categoriesPage(BansouUser user, NameForm form, Model model) {
        model.addAttribute("list",
                ListPage.of(queries.categories(user.associationId()), SupportCategory::name, null, null, 0));
        return page(form, model, false);
    }

    private static String page(NameForm form, Model model, boolean kinds) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", kinds);
        model.addAttribute("action", kinds ? KINDS : CATEGORIES);
        return "activity/admin-list";
    }
}
