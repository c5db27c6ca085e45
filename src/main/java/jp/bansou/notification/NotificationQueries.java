package jp.bansou.notification;

import java.util.List;
import java.util.Optional;
import jp.bansou.notification.internal.NotificationMailer;
import jp.bansou.notification.internal.NotificationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of a login's notifications: the unread count for the header, the latest for the page. */
@Service
@Transactional(readOnly = true)
public class NotificationQueries {

    private final NotificationStore store;
    private final NotificationMailer mailer;

    NotificationQueries(NotificationStore store, NotificationMailer mailer) {
        this.store = store;
        this.mailer = mailer;
    }

    public int unreadCount(long userId) {
        return store.unreadCount(userId);
    }

    /** The login's notifications, unread first, then newest first, at most {@code limit}. */
    public List<Notification> latest(long userId, int limit) {
        return store.latest(userId, limit);
    }

    public Optional<String> mailAddress(long userId) {
        return store.mailAddress(userId);
    }

    /** True where SMTP is configured, so an address given is actually used. */
    public boolean mailConfigured() {
        return mailer.configured();
    }
}
