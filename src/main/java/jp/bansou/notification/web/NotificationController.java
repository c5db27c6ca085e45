package jp.bansou.notification.web;

import jp.bansou.notification.MailAddress;
import jp.bansou.notification.Notification;
import jp.bansou.notification.NotificationQueries;
import jp.bansou.notification.Notifications;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.UserRole;
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
 * {@code /notifications}: the logged-in user's notifications, unread first; each is marked read when
 * opened (then its link is followed) or all at once; and the address to mail them to.
 */
@Controller
class NotificationController {

    private static final int SHOWN = 100;

    private final NotificationQueries queries;
    private final Notifications notifications;

    NotificationController(NotificationQueries queries, Notifications notifications) {
        this.queries = queries;
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal BansouUser user, Model model) {
        model.addAttribute("notifications", queries.latest(user.id(), SHOWN));
        model.addAttribute("mailAddress", queries.mailAddress(user.id()).orElse(""));
        model.addAttribute("mailConfigured", queries.mailConfigured());
        model.addAttribute("admin", user.role() == UserRole.ADMIN);
        return "notification/notifications";
    }

    /** Marks the notification read and goes where it points (back to the list when it points nowhere). */
    @PostMapping("/notifications/{id}/read")
    String read(@AuthenticationPrincipal BansouUser user, @PathVariable long id) {
        // someone else's notification (of this association or another) is one that does not exist
        Notification opened = notifications.open(user.id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:" + (opened.link() == null ? "/notifications" : opened.link());
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal BansouUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("markedRead", notifications.markAllRead(user.id()));
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/mail-address")
    String mailAddress(@AuthenticationPrincipal BansouUser user, @RequestParam(defaultValue = "") String address,
                       Model model, RedirectAttributes redirect) {
        try {
            notifications.changeMailAddress(user.id(), address.isBlank() ? null : new MailAddress(address));
        } catch (IllegalArgumentException e) {
            model.addAttribute("addressError", e.getMessage());
            String page = list(user, model);
            model.addAttribute("mailAddress", address);
            return page;
        }
        redirect.addFlashAttribute("addressSaved", true);
        return "redirect:/notifications";
    }
}
