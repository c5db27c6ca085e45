package jp.bansou.notification.web;

import jp.bansou.notification.NotificationQueries;
import jp.bansou.organization.BansouUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user's unread notification count into every page's model, for the layout's header. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UnreadCountAdvice {

    private final NotificationQueries queries;

    UnreadCountAdvice(NotificationQueries queries) {
        this.queries = queries;
    }

    @ModelAttribute("unreadNotifications")
    int unreadNotifications(@AuthenticationPrincipal BansouUser user) {
        return user == null ? 0 : queries.unreadCount(user.id());
    }
}
