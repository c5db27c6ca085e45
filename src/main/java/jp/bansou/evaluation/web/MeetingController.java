package jp.bansou.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.bansou.evaluation.CommitteeMember;
import jp.bansou.evaluation.CommitteeService;
import jp.bansou.evaluation.CommitteeSheet;
import jp.bansou.evaluation.EvaluationQueries;
import jp.bansou.evaluation.Meeting;
import jp.bansou.evaluation.MeetingKind;
import jp.bansou.evaluation.MemberGrade;
import jp.bansou.organization.BansouUser;
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
 * A meeting: {@code /evaluation/meetings/{id}} shows it with its committee sheet; admins and reviewers
 * record meetings and, on each member's behalf, the member's grades ({@code …/grades/{member}}: one
 * form per member, a grid of the year's items).
 */
@Controller
class MeetingController {

    private final EvaluationQueries queries;
    private final CommitteeService committee;

    MeetingController(EvaluationQueries queries, CommitteeService committee) {
        this.queries = queries;
        this.committee = committee;
    }

    @PostMapping("/evaluation/meetings")
    String create(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, @RequestParam MeetingKind kind,
                  @RequestParam(required = false) String heldOn, @RequestParam(required = false) String place,
                  @RequestParam(required = false) List<Long> attendees, @RequestParam(required = false) String others,
                  @RequestParam(required = false) String minutes, RedirectAttributes redirect) {
        long[] id = new long[1];
        String back = Outcome.of(redirect, fy, () -> id[0] = committee.saveMeeting(user, new Meeting(null,
                FiscalYear.of(fy), kind, Dates.required(heldOn, "開催日"), place, attendees, others, minutes)),
                "evaluation.done.meeting");
        return id[0] == 0 ? back : "redirect:/evaluation/meetings/" + id[0];
    }

    @GetMapping("/evaluation/meetings/{id}")
    String show(@AuthenticationPrincipal BansouUser user, @PathVariable long id, Model model) {
        CommitteeSheet sheet = queries.sheet(user.associationId(), id).orElseThrow(MeetingController::notFound);
        model.addAttribute("sheet", sheet);
        model.addAttribute("meeting", sheet.meeting());
        model.addAttribute("members", queries.members(user.associationId(), sheet.meeting().year()));
        model.addAttribute("editable", user.editsEveryItem());
        return "evaluation/meeting";
    }

    @PostMapping("/evaluation/meetings/{id}")
    String update(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                  @RequestParam(required = false) String heldOn, @RequestParam(required = false) String place,
                  @RequestParam(required = false) List<Long> attendees, @RequestParam(required = false) String others,
                  @RequestParam(required = false) String minutes, RedirectAttributes redirect) {
        Meeting meeting = queries.meeting(user.associationId(), id).orElseThrow(MeetingController::notFound);
        return Outcome.to(redirect, "/evaluation/meetings/" + id, () -> committee.saveMeeting(user, new Meeting(id,
                meeting.year(), meeting.kind(), Dates.required(heldOn, "開催日"), place, attendees, others, minutes)),
                "evaluation.done.meeting");
    }

    @GetMapping("/evaluation/meetings/{id}/grades/{member}")
    String gradesForm(@AuthenticationPrincipal BansouUser user, @PathVariable long id, @PathVariable long member,
                      Model model) {
        CommitteeSheet sheet = queries.sheet(user.associationId(), id).orElseThrow(MeetingController::notFound);
        model.addAttribute("sheet", sheet);
        model.addAttribute("member", member(user, sheet, member));
        model.addAttribute("grades", queries.memberGrades(id, member));
        model.addAttribute("editable", user.editsEveryItem());
        return "evaluation/grades";
    }

    /** The grid posts {@code grade_<item-year id>} and {@code comment_<item-year id>}; a blank grade is no grade. */
    @PostMapping("/evaluation/meetings/{id}/grades/{member}")
    String saveGrades(@AuthenticationPrincipal BansouUser user, @PathVariable long id, @PathVariable long member,
                      @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        queries.meeting(user.associationId(), id).orElseThrow(MeetingController::notFound);
        String page = "/evaluation/meetings/" + id;
        return Outcome.to(redirect, page, () -> committee.saveGrades(user, id, member, grades(member, form)),
                "evaluation.done.grades");
    }

    private static List<MemberGrade> grades(long member, Map<String, String> form) {
        List<MemberGrade> grades = new ArrayList<>();
        form.forEach((key, value) -> {
            if (key.startsWith("grade_")) {
                long itemYear = Long.parseLong(key.substring("grade_".length()));
                String comment = form.get("comment_" + itemYear);
                if (value != null && !value.isBlank()) {
                    grades.add(new MemberGrade(member, itemYear, value, comment));
                } else if (comment != null && !comment.isBlank()) {
                    throw new IllegalArgumentException("コメントのある項目には評価も選んでください（項目 " + itemYear + "）");
                }
            }
        });
        return grades;
    }

    private CommitteeMember member(BansouUser user, CommitteeSheet sheet, long memberId) {
        return queries.members(user.associationId(), sheet.meeting().year()).stream()
                .filter(m -> m.id() == memberId).findFirst().orElseThrow(MeetingController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "委員会が見つかりません");
    }
}
