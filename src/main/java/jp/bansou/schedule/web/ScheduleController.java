package jp.bansou.schedule.web;

import java.time.YearMonth;
import java.util.List;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.schedule.EventStatus;
import jp.bansou.schedule.MonthCalendar;
import jp.bansou.schedule.ScheduleEvent;
import jp.bansou.schedule.ScheduleQueries;
import jp.bansou.schedule.YearGrid;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The schedule's three views of a fiscal year: {@code /schedule?fy=} the grid (rows by business
 * area, April to March), {@code /schedule/month?month=2022-06} a month calendar and
 * {@code /schedule/list?fy=&status=} a list; overdue planned events stand out in each.
 */
@Controller
class ScheduleController {

    private final ScheduleQueries schedule;
    private final ActivityQueries activities;
    private final SchedulePages pages;

    ScheduleController(ScheduleQueries schedule, ActivityQueries activities, SchedulePages pages) {
        this.schedule = schedule;
        this.activities = activities;
        this.pages = pages;
    }

    @GetMapping("/schedule")
    String grid(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy, Model model) {
        FiscalYear year = pages.year(user, fy, model);
        List<ScheduleEvent> events = schedule.events(user.associationId(), year);
        model.addAttribute("grid", YearGrid.of(year, schedule.areas(user.associationId()), events));
        model.addAttribute("overdue", events.stream().filter(e -> e.overdue(pages.today())).count());
        model.addAttribute("categories", activities.categories(user.associationId()));
        return "schedule/grid";
    }

    @GetMapping("/schedule/list")
    String list(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy,
                @RequestParam(required = false) EventStatus status, Model model) {
        FiscalYear year = pages.year(user, fy, model);
        model.addAttribute("events", schedule.events(user.associationId(), year).stream()
                .filter(e -> status == null || e.status() == status).toList());
        model.addAttribute("status", status);
        model.addAttribute("statuses", EventStatus.values());
        model.addAttribute("categories", activities.categories(user.associationId()));
        return "schedule/list";
    }

    @GetMapping("/schedule/month")
    String month(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) YearMonth month,
                 Model model) {
        YearMonth shown = month != null ? month : YearMonth.from(pages.today());
        FiscalYear year = pages.year(user, FiscalYear.containing(shown.atDay(1)).startYear(), model);
        model.addAttribute("calendar", MonthCalendar.of(shown, schedule.events(user.associationId(), year)));
        model.addAttribute("categories", activities.categories(user.associationId()));
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        return "schedule/month";
    }
}
