package jp.bansou.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.bansou.evaluation.EvaluationQueries;
import jp.bansou.evaluation.Improvement;
import jp.bansou.evaluation.ImprovementRow;
import jp.bansou.evaluation.ImprovementService;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The previous year's improvements as notes on the next year's pages, as fragments those pages load
 * with htmx (so plan and progress need not know this module): {@code /evaluation/carried/items/{itemYear}}
 * for an item page, {@code /evaluation/carried?fy=} for the target table.
 */
@Controller
class CarriedController {

    private final EvaluationQueries queries;
    private final PlanQueries plan;
    private final ImprovementService service;
    private final Clock clock;

    CarriedController(EvaluationQueries queries, PlanQueries plan, ImprovementService service, Clock clock) {
        this.queries = queries;
        this.service = service;
        this.plan = plan;
        this.clock = clock;
    }

    @GetMapping("/evaluation/carried/items/{itemYear}")
    String item(@AuthenticationPrincipal BansouUser user, @PathVariable long itemYear, Model model) {
        ItemYearDetail item = plan.itemYear(user.associationId(), itemYear)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "項目が見つかりません"));
        List<ImprovementRow> rows = queries.improvementsFor(user.associationId(), item.year(), item.itemId());
        model.addAttribute("improvements", rows);
        model.addAttribute("markable", markable(user, rows));
        model.addAttribute("back", "/items/" + itemYear);
        return notes(item.year(), model);
    }

    @GetMapping("/evaluation/carried")
    String table(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, Model model) {
        FiscalYear year = FiscalYear.of(fy);
        List<ImprovementRow> rows = queries.carriedInto(user.associationId(), year);
        model.addAttribute("improvements", rows);
        model.addAttribute("markable", markable(user, rows));
        model.addAttribute("back", "/target-table?fy=" + fy);
        return notes(year, model);
    }

    private String notes(FiscalYear year, Model model) {
        model.addAttribute("evaluated", year.previous());
        model.addAttribute("today", LocalDate.now(clock));
        return "evaluation/carried :: notes";
    }

    private Set<Long> markable(BansouUser user, List<ImprovementRow> rows) {
        return rows.stream().map(ImprovementRow::improvement).filter(i -> service.mayMarkDone(user, i))
                .map(Improvement::id).collect(Collectors.toSet());
    }
}
