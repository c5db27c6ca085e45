package jp.bansou.evaluation.web;

import jp.bansou.evaluation.EvaluationQueries;
import jp.bansou.evaluation.Improvement;
import jp.bansou.evaluation.ImprovementService;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.RoleHolder;
import jp.bansou.shared.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee's opinions per area and its improvements, recorded on {@code /evaluation} by admins and
 * reviewers; an improvement is marked done there or from the next year's item page or table.
 */
@Controller
class ImprovementController {

    private final ImprovementService service;
    private final EvaluationQueries queries;

    ImprovementController(ImprovementService service, EvaluationQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @PostMapping("/evaluation/opinions")
    String saveOpinion(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, @RequestParam long area,
                       @RequestParam(required = false) String opinion, RedirectAttributes redirect) {
        return Outcome.of(redirect, fy, () -> service.saveOpinion(user, FiscalYear.of(fy), area, opinion),
                "evaluation.done.opinion");
    }

    @PostMapping("/evaluation/improvements")
    String add(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, @RequestParam long area,
               @RequestParam(required = false) Long item, @RequestParam(required = false) String text,
               @RequestParam(required = false) String responsible, @RequestParam(required = false) String dueOn,
               RedirectAttributes redirect) {
        return Outcome.of(redirect, fy, () -> service.addImprovement(user, Improvement.decided(FiscalYear.of(fy), area,
                item, text, responsible == null || responsible.isBlank() ? null : RoleHolder.parseKey(responsible),
                Dates.parse(dueOn, "期限"))), "evaluation.done.improvement");
    }

    /** Marks done; {@code back} is the page the form was on (this year's committee page, or an item or table). */
    @PostMapping("/evaluation/improvements/{id}/done")
    String done(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                @RequestParam(required = false) String back, RedirectAttributes redirect) {
        // another association's improvement is answered as one that does not exist
        Improvement improvement = queries.improvement(user.associationId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String page = back != null && back.startsWith("/") && !back.startsWith("//") ? back
                : "/evaluation?fy=" + improvement.year().startYear();
        return Outcome.to(redirect, page, () -> service.markDone(user, id), "evaluation.done.improvementDone");
    }
}
