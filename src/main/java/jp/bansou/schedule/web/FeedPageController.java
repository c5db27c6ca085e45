package jp.bansou.schedule.web;

import jp.bansou.organization.BansouUser;
import jp.bansou.schedule.ScheduleFeeds;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code /schedule/feed}: the login's secret iCalendar links, and renewing them. */
@Controller
class FeedPageController {

    private final ScheduleFeeds feeds;

    FeedPageController(ScheduleFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/schedule/feed")
    String show(@AuthenticationPrincipal BansouUser user, Model model) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/{token}/")
                .buildAndExpand(feeds.tokenOf(user)).toUriString();
        model.addAttribute("associationUrl", base + "association.ics");
        model.addAttribute("mineUrl", user.staffMemberId() == null ? null : base + "mine.ics");
        return "schedule/feed";
    }

    @PostMapping("/schedule/feed/renew")
    String renew(@AuthenticationPrincipal BansouUser user, RedirectAttributes redirect) {
        feeds.renew(user);
        redirect.addFlashAttribute("renewed", true);
        return "redirect:/schedule/feed";
    }
}
