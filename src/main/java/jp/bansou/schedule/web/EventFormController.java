package jp.bansou.schedule.web;

import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.RoleHolder;
import jp.bansou.plan.PlanQueries;
import jp.bansou.schedule.EventNotFoundException;
import jp.bansou.schedule.Recurrence;
import jp.bansou.schedule.ScheduleEvent;
import jp.bansou.schedule.StaleEventException;
import jp.bansou.schedule.ScheduleQueries;
import jp.bansou.schedule.ScheduleService;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Adding ({@code /schedule/events/new}) and editing ({@code /schedule/events/{id}}) a planned event,
 * or entering a recurring plan once for the year. Viewers may look but not save (403).
 */
@Controller
class EventFormController {

    private final ScheduleService service;
    private final ScheduleQueries schedule;
    private final PlanQueries plan;
    private final OrganizationQueries organization;
    private final SchedulePages pages;
    private final ActivityQueries activities;

    EventFormController(ScheduleService service, ScheduleQueries schedule, PlanQueries plan,
                        OrganizationQueries organization, SchedulePages pages, ActivityQueries activities) {
        this.activities = activities;
        this.service = service;
        this.schedule = schedule;
        this.plan = plan;
        this.organization = organization;
        this.pages = pages;
    }

    @GetMapping("/schedule/events/new")
    String newEvent(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy,
                    @RequestParam(required = false) Long area, @RequestParam(required = false) YearMonth month,
                    Model model) {
        FiscalYear year = pages.year(user, fy, model);
        EventForm form = new EventForm();
        form.setAreaId(area);
        form.setMonth(month != null ? month : YearMonth.from(year.firstDay()));
        return view(user, null, form, model);
    }

    @PostMapping("/schedule/events")
    String create(@AuthenticationPrincipal BansouUser user, @RequestParam int fy,
                  @Valid @ModelAttribute("form") EventForm form, BindingResult errors, Model model) {
        FiscalYear year = pages.year(user, fy, model);
        if (!errors.hasErrors()) {
            try {
                if (form.getTiming() == EventForm.Timing.RECURRING) {
                    Recurrence recurrence = Recurrence.parse(form.getRecurrence());
                    service.addRecurring(user, year, recurrence, form.toDraft(recurrence.expand(year).get(0)));
                    return "redirect:/schedule?fy=" + year.startYear();
                }
                long id = service.add(user, form.toDraft(null));
                return "redirect:/schedule?fy=" + schedule.event(user.associationId(), id).orElseThrow()
                        .fiscalYear().startYear();
            } catch (IllegalArgumentException e) {
                errors.reject("validation.invalid", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        return view(user, null, form, model);
    }

    @GetMapping("/schedule/events/{id}")
    String edit(@AuthenticationPrincipal BansouUser user, @PathVariable long id, Model model) {
        ScheduleEvent event = load(user, id);
        pages.year(user, event.fiscalYear().startYear(), model);
        EventForm form = EventForm.of(event);
        form.setVersion(schedule.version(user.associationId(), id));
        return view(user, event, form, model);
    }

    @PostMapping("/schedule/events/{id}")
    String update(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                  @Valid @ModelAttribute("form") EventForm form, BindingResult errors, Model model) {
        ScheduleEvent event = load(user, id);
        pages.year(user, event.fiscalYear().startYear(), model);
        if (!errors.hasErrors()) {
            try {
                service.update(user, id, form.getVersion(), form.toDraft(null));
                return "redirect:/schedule/events/" + id + "?saved";
            } catch (StaleEventException e) {
                errors.reject("schedule.stale", e.getMessage());
                form.setVersion(e.currentVersion());
            } catch (IllegalArgumentException e) {
                errors.reject("validation.invalid", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        return view(user, event, form, model);
    }

    private ScheduleEvent load(BansouUser user, long id) {
        return schedule.event(user.associationId(), id).orElseThrow(() -> new EventNotFoundException(id));
    }

    private String view(BansouUser user, ScheduleEvent event, EventForm form, Model model) {
        long association = user.associationId();
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("areas", schedule.areas(association));
        model.addAttribute("kinds", schedule.kinds(association));
        model.addAttribute("items", plan.items(association));
        model.addAttribute("holders", holders(association));
        model.addAttribute("timings", EventForm.Timing.values());
        model.addAttribute("statuses", jp.bansou.schedule.EventStatus.values());
        model.addAttribute("categories", activities.categories(association));
        return "schedule/event";
    }

    private Map<String, String> holders(long association) {
        Map<String, String> holders = new LinkedHashMap<>();
        organization.staffMembers(association).forEach(s -> holders.put(RoleHolder.person(s.id()).key(), s.name()));
        organization.groups(association).forEach(g -> holders.put(RoleHolder.group(g.id()).key(), g.name()));
        return holders;
    }
}
