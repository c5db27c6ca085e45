package jp.bansou.schedule.web;

import jp.bansou.activity.ActivityQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.schedule.ScheduleQueries;
import jp.bansou.schedule.ScheduleKinds;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/schedule-kinds} (admins only, as all of /admin): the kinds of planned event, and adding one. */
@Controller
class KindsController {

    private static final String PAGE = "/admin/schedule-kinds";

    private final ScheduleKinds service;
    private final ScheduleQueries schedule;
    private final ActivityQueries activities;

    KindsController(ScheduleKinds service, ScheduleQueries schedule, ActivityQueries activities) {
        this.service = service;
        this.schedule = schedule;
        this.activities = activities;
    }

    @GetMapping(PAGE)
    String show(@AuthenticationPrincipal BansouUser user, Model model) {
        model.addAttribute("kinds", schedule.kinds(user.associationId()));
        model.addAttribute("activityKinds", activities.kinds(user.associationId()));
        return "schedule/kinds";
    }

    @PostMapping(PAGE)
    String add(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) String name,
               @RequestParam(required = false) String activityKind, RedirectAttributes redirect) {
        try {
            service.add(user, name, activityKind);
            redirect.addFlashAttribute("added", true);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + PAGE;
    }
}
