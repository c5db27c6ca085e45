package jp.bansou.budget.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import jp.bansou.budget.BudgetNotFoundException;
import jp.bansou.budget.BudgetQueries;
import jp.bansou.budget.BudgetRow;
import jp.bansou.budget.OverBudgetException;
import jp.bansou.budget.SpendingLedger;
import jp.bansou.organization.BansouUser;
import jp.bansou.period.PeriodClosedException;
import jp.bansou.schedule.ScheduleQueries;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.Yen;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /budget/ledger?fy=}: the spending ledger with the entry form (a warning shows, via htmx, when
 * the amount would take the line over its budget; the entry is then stored only with a reason) and a
 * reversal form beside each entry. Viewers only read (SecurityConfiguration).
 */
@Controller
class LedgerController {

    private final BudgetQueries queries;
    private final SpendingLedger ledger;
    private final BudgetYears years;
    private final ScheduleQueries schedule;

    LedgerController(BudgetQueries queries, SpendingLedger ledger, BudgetYears years, ScheduleQueries schedule) {
        this.schedule = schedule;
        this.queries = queries;
        this.ledger = ledger;
        this.years = years;
    }

    @GetMapping("/budget/ledger")
    String show(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy,
                @RequestParam(required = false) Long line, Model model) {
        FiscalYear year = years.chosen(user.associationId(), fy);
        SpendingForm form = SpendingForm.on(years.dayIn(year));
        if (line != null) {
            BudgetRow row = queries.line(user.associationId(), line)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "予算行が見つかりません"));
            model.addAttribute("onlyLine", row);
            form.setLineId(line);
        }
        return page(user, year, form, model);
    }

    @PostMapping("/budget/ledger")
    String spend(@AuthenticationPrincipal BansouUser user, @RequestParam int fy,
                 @Valid @ModelAttribute("spendingForm") SpendingForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        FiscalYear year = FiscalYear.of(fy);
        if (!errors.hasErrors()) {
            try {
                ledger.spend(user, form.toSpending(), form.getClosedPeriodReason());
                redirect.addFlashAttribute("done", "spent");
                return "redirect:/budget/ledger?fy=" + fy;
            } catch (OverBudgetException e) {
                model.addAttribute("overBudget", e.getMessage());
            } catch (IllegalArgumentException | PeriodClosedException e) {
                errors.reject("budget.refused", new Object[] {e.getMessage()}, e.getMessage());
            } catch (BudgetNotFoundException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
            }
        }
        return page(user, year, form, model);
    }

    /** The warning fragment under the amount: how far the entry would take its line over, or nothing. */
    @GetMapping("/budget/ledger/check")
    String check(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Long lineId,
                 @RequestParam(required = false) String amount, Model model) {
        BudgetRow line = lineId == null ? null : queries.line(user.associationId(), lineId).orElse(null);
        Long yen = parse(amount);
        if (line != null && yen != null && yen > 0) {
            line.balance().exceededBy(Yen.of(yen)).ifPresent(excess -> {
                model.addAttribute("excess", excess);
                model.addAttribute("line", line);
            });
        }
        return "budget/ledger :: warning";
    }

    @PostMapping("/budget/ledger/{id}/reverse")
    String reverse(@AuthenticationPrincipal BansouUser user, @PathVariable long id, @RequestParam int fy,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            FiscalYear year = FiscalYear.of(fy);
            ledger.reverse(user, id, date != null ? date : years.dayIn(year), reason);
            redirect.addFlashAttribute("done", "reversed");
        } catch (BudgetNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException | PeriodClosedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/budget/ledger?fy=" + fy;
    }

    private static Long parse(String amount) {
        try {
            return amount == null || amount.isBlank() ? null : Long.valueOf(amount.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String page(BansouUser user, FiscalYear year, SpendingForm form, Model model) {
        long association = user.associationId();
        model.addAttribute("year", year);
        model.addAttribute("years", years.choices(association));
        BudgetRow only = (BudgetRow) model.getAttribute("onlyLine");
        model.addAttribute("ledger", queries.ledger(association, year, only == null ? null : only.lineId()));
        model.addAttribute("lines", queries.table(association, year).lines());
        model.addAttribute("spendingForm", form);
        model.addAttribute("reversalDate", years.dayIn(year));
        model.addAttribute("events", schedule.events(association, year));
        return "budget/ledger";
    }
}
