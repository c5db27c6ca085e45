package jp.bansou.budget.web;

import jakarta.validation.Valid;
import jp.bansou.budget.BudgetNotFoundException;
import jp.bansou.budget.BudgetQueries;
import jp.bansou.budget.BudgetService;
import jp.bansou.budget.ExpenseCategories;
import jp.bansou.budget.MonthlySpending;
import jp.bansou.budget.StaleLineException;
import jp.bansou.organization.BansouUser;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.Yen;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /budget?fy=}: the year's budget against spending per line, area, category and in total, the
 * monthly chart, the transfers; admins set lines and transfer between them (SecurityConfiguration).
 */
@Controller
class BudgetController {

    private final BudgetQueries queries;
    private final BudgetService service;
    private final ExpenseCategories categories;
    private final BudgetYears years;

    BudgetController(BudgetQueries queries, BudgetService service, ExpenseCategories categories, BudgetYears years) {
        this.queries = queries;
        this.service = service;
        this.categories = categories;
        this.years = years;
    }

    @GetMapping("/budget")
    String show(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy,
                @RequestParam(required = false) Long edit, Model model) {
        FiscalYear year = years.chosen(user.associationId(), fy);
        LineForm form = edit == null ? new LineForm() : queries.line(user.associationId(), edit).map(LineForm::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "予算行が見つかりません"));
        return page(user, year, form, TransferForm.on(years.dayIn(year)), model);
    }

    @PostMapping("/budget/lines")
    String setLine(@AuthenticationPrincipal BansouUser user, @RequestParam int fy,
                   @Valid @ModelAttribute("lineForm") LineForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        FiscalYear year = FiscalYear.of(fy);
        if (!errors.hasErrors()) {
            try {
                service.setLine(user.associationId(), year, form.getAreaId(), form.getCategoryId(),
                        Yen.of(form.getAmount()), form.getNote(), form.getVersion());
                redirect.addFlashAttribute("done", "lineSaved");
                return "redirect:/budget?fy=" + fy;
            } catch (StaleLineException e) {
                errors.reject("budget.stale", e.getMessage());
                form.setVersion(e.currentVersion());
            } catch (IllegalArgumentException e) {
                errors.reject("budget.refused", new Object[] {e.getMessage()}, e.getMessage());
            } catch (BudgetNotFoundException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
            }
        }
        return page(user, year, form, TransferForm.on(years.dayIn(year)), model);
    }

    @PostMapping("/budget/transfers")
    String transfer(@AuthenticationPrincipal BansouUser user, @RequestParam int fy,
                    @Valid @ModelAttribute("transferForm") TransferForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        FiscalYear year = FiscalYear.of(fy);
        if (!errors.hasErrors()) {
            try {
                service.transfer(user.associationId(), form.toTransfer());
                redirect.addFlashAttribute("done", "transferred");
                return "redirect:/budget?fy=" + fy;
            } catch (IllegalArgumentException e) {
                errors.reject("budget.refused", new Object[] {e.getMessage()}, e.getMessage());
            } catch (BudgetNotFoundException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
            }
        }
        return page(user, year, new LineForm(), form, model);
    }

    /** The year's spending by month as JSON, for the chart (budget-chart.js). */
    @GetMapping("/budget/chart")
    @ResponseBody
    MonthlySpending chart(@AuthenticationPrincipal BansouUser user, @RequestParam int fy) {
        return queries.monthly(user.associationId(), FiscalYear.of(fy));
    }

    private String page(BansouUser user, FiscalYear year, LineForm lineForm, TransferForm transferForm, Model model) {
        long association = user.associationId();
        model.addAttribute("year", year);
        model.addAttribute("years", years.choices(association));
        model.addAttribute("table", queries.table(association, year));
        model.addAttribute("transfers", queries.transfers(association, year));
        model.addAttribute("areas", queries.areas(association));
        model.addAttribute("categories", categories.all(association).stream().filter(c -> c.active()).toList());
        model.addAttribute("lineForm", lineForm);
        model.addAttribute("transferForm", transferForm);
        return "budget/budget";
    }
}
