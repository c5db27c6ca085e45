package jp.bansou.schedule.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.LocalDate;
import java.util.Set;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.schedule.EventCompletion;
import jp.bansou.schedule.EventNotFoundException;
import jp.bansou.schedule.EventStatus;
import jp.bansou.schedule.Outcome;
import jp.bansou.schedule.ScheduleEvent;
import jp.bansou.schedule.ScheduleQueries;
import jp.bansou.schedule.ScheduleService;
import jp.bansou.period.PeriodClosedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Marking an event held from the grid, list or event page (htmx answers the event's chip again):
 * with an existing record's number it links that record, else it creates the activity record; the
 * year's count of overdue events comes back out of band.
 * And setting 予定 / 中止 / 延期 / 実施済 without a record.
 */
@Controller
class EventStatusController {

    private final EventCompletion completion;
    private final ScheduleService service;
    private final ScheduleQueries schedule;
    private final ActivityQueries activities;
    private final SchedulePages pages;

    EventStatusController(EventCompletion completion, ScheduleService service, ScheduleQueries schedule,
                          ActivityQueries activities, SchedulePages pages) {
        this.completion = completion;
        this.service = service;
        this.schedule = schedule;
        this.activities = activities;
        this.pages = pages;
    }

    @PostMapping("/schedule/events/{id}/done")
    String done(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam(required = false) Integer participants, @RequestParam(required = false) Long categoryId,
                @RequestParam(required = false) Long recordId, HtmxRequest htmx, Model model,
                RedirectAttributes redirect) {
        return answer(user, id, htmx, model, redirect, () -> {
            if (recordId != null) {
                completion.link(user, id, recordId);
            } else {
                if (participants != null && participants < 0) {
                    throw new IllegalArgumentException("参加者数は0以上で入力してください");
                }
                completion.markDone(user, id, date, participants, categoryId == null ? Set.of() : Set.of(categoryId));
            }
        });
    }

    @PostMapping("/schedule/events/{id}/status")
    String status(@AuthenticationPrincipal BansouUser user, @PathVariable long id, @RequestParam EventStatus status,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  HtmxRequest htmx, Model model, RedirectAttributes redirect) {
        return answer(user, id, htmx, model, redirect, () -> service.setOutcome(user, id, new Outcome(status, date)));
    }

    private String answer(BansouUser user, long id, HtmxRequest htmx, Model model, RedirectAttributes redirect,
                          Runnable change) {
        String problem = null;
        try {
            change.run();
        } catch (IllegalArgumentException | PeriodClosedException e) {
            problem = e.getMessage();
        }
        if (!htmx.isHtmxRequest()) {
            redirect.addFlashAttribute(problem == null ? "done" : "problem", problem == null ? "保存しました" : problem);
            return "redirect:/schedule/events/" + id;
        }
        ScheduleEvent event = schedule.event(user.associationId(), id).orElseThrow(() -> new EventNotFoundException(id));
        model.addAttribute("e", event);
        model.addAttribute("overdue", schedule.events(user.associationId(), event.fiscalYear()).stream()
                .filter(e -> e.overdue(pages.today())).count());
        model.addAttribute("eventProblem", problem);
        model.addAttribute("today", pages.today());
        model.addAttribute("mayEdit", true);
        model.addAttribute("categories", activities.categories(user.associationId()));
        return "schedule/fragments :: answer";
    }
}
