package jp.bansou.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import jp.bansou.evaluation.CommitteeMember;
import jp.bansou.evaluation.CommitteeRole;
import jp.bansou.evaluation.CommitteeService;
import jp.bansou.evaluation.EvaluationQueries;
import jp.bansou.evaluation.Improvement;
import jp.bansou.evaluation.ImprovementRow;
import jp.bansou.evaluation.ImprovementService;
import jp.bansou.evaluation.MeetingKind;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.shared.FiscalYear;
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

/**
 * {@code /evaluation?fy=2021} (nav 評価委員会): the year's committee, meetings, opinions per area and
 * improvements, for every login; the forms (members, copy from last year) for admins and reviewers.
 */
@Controller
class CommitteeController {

    private final EvaluationQueries queries;
    private final CommitteeService committee;
    private final ImprovementService improvementService;
    private final PlanQueries plan;
    private final OrganizationQueries organization;
    private final Clock clock;

    CommitteeController(EvaluationQueries queries, CommitteeService committee, ImprovementService improvementService,
                        PlanQueries plan, OrganizationQueries organization, Clock clock) {
        this.queries = queries;
        this.committee = committee;
        this.improvementService = improvementService;
        this.plan = plan;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/evaluation")
    String show(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy, Model model) {
        long association = user.associationId();
        var years = plan.yearsWithTable(association);
        FiscalYear year = FiscalYear.requestedOrLatest(fy, years, LocalDate.now(clock));
        model.addAttribute("years", years);
        model.addAttribute("year", year);
        model.addAttribute("members", queries.members(association, year));
        model.addAttribute("meetings", queries.meetings(association, year));
        model.addAttribute("opinions", queries.opinions(association, year));
        var improvements = queries.improvements(association, year);
        model.addAttribute("improvements", improvements);
        model.addAttribute("markable", improvements.stream().map(ImprovementRow::improvement)
                .filter(i -> improvementService.mayMarkDone(user, i)).map(Improvement::id).toList());
        model.addAttribute("areas", plan.targetTable(association, year).areas());
        model.addAttribute("staff", organization.staffMembers(association));
        model.addAttribute("groups", organization.groups(association));
        model.addAttribute("roles", CommitteeRole.values());
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("editable", user.editsEveryItem());
        return "evaluation/index";
    }

    @PostMapping("/evaluation/members")
    String addMember(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, @RequestParam String name,
                     @RequestParam(required = false) String affiliation, @RequestParam(required = false) String title,
                     @RequestParam CommitteeRole role, RedirectAttributes redirect) {
        return Outcome.of(redirect, fy, () -> committee.addMember(user,
                new CommitteeMember(null, FiscalYear.of(fy), name, affiliation, title, role)), "evaluation.done.member");
    }

    @PostMapping("/evaluation/members/{id}/delete")
    String removeMember(@AuthenticationPrincipal BansouUser user, @PathVariable long id, @RequestParam int fy,
                        RedirectAttributes redirect) {
        if (queries.members(user.associationId(), FiscalYear.of(fy)).stream().noneMatch(m -> m.id() == id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND); // nor another association's member
        }
        return Outcome.of(redirect, fy, () -> committee.removeMember(user, id), "evaluation.done.memberRemoved");
    }

    @PostMapping("/evaluation/members/copy")
    String copy(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, RedirectAttributes redirect) {
        return Outcome.of(redirect, fy, () -> redirect.addFlashAttribute("copied",
                committee.copyMembersFromPreviousYear(user, FiscalYear.of(fy))), "evaluation.done.copied");
    }
}
