package jp.bansou.schedule.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.UserRole;
import jp.bansou.plan.PlanQueries;
import jp.bansou.schedule.ScheduleQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every schedule page shares: today in Japan, the years to choose from, the year asked for. */
@Component
class SchedulePages {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final ScheduleQueries schedule;
    private final PlanQueries plan;

    SchedulePages(ScheduleQueries schedule, PlanQueries plan) {
        this.schedule = schedule;
        this.plan = plan;
    }

    LocalDate today() {
        return LocalDate.now(JAPAN);
    }

    /** The years with a target table or events, and the one asked for (default: this year when listed, else the newest). */
    FiscalYear year(BansouUser user, Integer fy, Model model) {
        TreeSet<FiscalYear> years = new TreeSet<>(plan.yearsWithTable(user.associationId()));
        years.addAll(schedule.years(user.associationId()));
        FiscalYear current = FiscalYear.containing(today());
        FiscalYear year = fy == null && years.contains(current) ? current
                : FiscalYear.requestedOrLatest(fy, years, today());
        years.add(year);
        model.addAttribute("years", List.copyOf(years));
        model.addAttribute("year", year);
        model.addAttribute("today", today());
        model.addAttribute("mayEdit", user.role() != UserRole.VIEWER);
        return year;
    }
}
