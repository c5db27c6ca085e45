package jp.bansou.budget.web;

import jp.bansou.budget.BudgetNotFoundException;
import jp.bansou.budget.ExpenseCategories;
import jp.bansou.budget.ExpenseCategory;
import jp.bansou.organization.BansouUser;
import jp.bansou.shared.ListPage;
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

/** {@code /admin/budget-categories} (admins only, as all of /admin): add, rename, retire and restore categories. */
@Controller
class CategoriesController {

    private static final String PAGE = "/admin/budget-categories";

    private final ExpenseCategories categories;

    CategoriesController(ExpenseCategories categories) {
        this.categories = categories;
    }

    @GetMapping(PAGE)
    String show(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("list", ListPage.of(categories.all(user.associationId()), ExpenseCategory::name, q, sort, page));
        return "budget/categories";
    }

    /** Retiring asks first, naming the category and what it does to the lines that use it. */
    @GetMapping(PAGE + "/{id}/retire")
    String confirmRetire(@AuthenticationPrincipal BansouUser user, @PathVariable long id, Model model) {
        model.addAttribute("category", categories.all(user.associationId()).stream().filter(c -> c.id() == id)
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "budget/category-retire";
    }

    @PostMapping(PAGE)
    String add(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) String name,
               RedirectAttributes redirect) {
        return run(redirect, () -> categories.add(user.associationId(), name));
    }

    @PostMapping(PAGE + "/{id}/rename")
    String rename(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                  @RequestParam(required = false) String name, RedirectAttributes redirect) {
        return run(redirect, () -> categories.rename(user.associationId(), id, name));
    }

    @PostMapping(PAGE + "/{id}/active")
    String setActive(@AuthenticationPrincipal BansouUser user, @PathVariable long id, @RequestParam boolean active,
                     RedirectAttributes redirect) {
        return run(redirect, () -> categories.setActive(user.associationId(), id, active));
    }

    private static String run(RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", true);
        } catch (BudgetNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + PAGE;
    }
}
