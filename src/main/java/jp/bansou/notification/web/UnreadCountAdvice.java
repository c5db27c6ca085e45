package jp.bansou.notification.web;

import jp.bansou.notification.NotificationQueries;
import jp.bansou.organization.BansouUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the logged-in user's unread notification count into every page's model, for the layout's
 * header (0 where the notifications are not in the context, as in a web slice test of another module).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UnreadCountAdvice {

    private final ObjectProvider<NotificationQueries> queries;

    UnreadCountAdvice(ObjectProvider<NotificationQueries> queries) {
        this.queries = queries;
    }

    @ModelAttribute("unreadNotifications")
    int unreadNotifications(@AuthenticationPrincipal BansouUser user) {
        NotificationQueries notifications = queries.getIfAvailable();
        return user == null || notifications == null ? 0 : notifications.unreadCount(user.id());
    }
}
