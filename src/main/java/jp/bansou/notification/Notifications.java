package jp.bansou.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.bansou.notification.internal.NotificationMailer;
import jp.bansou.notification.internal.NotificationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises alerts for other modules and keeps their read state. Each login named gets its own
 * notification in the application; where SMTP is configured ({@code spring.mail.host}) and the login
 * gave an address, a mail goes out as well once the transaction has committed.
 */
@Service
@Transactional
public class Notifications {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final NotificationStore store;
    private final NotificationMailer mailer;
    private final Clock clock = Clock.system(JAPAN);

    Notifications(NotificationStore store, NotificationMailer mailer) {
        this.store = store;
        this.mailer = mailer;
    }

    /** Notifies each of the association's logins in {@code userIds} (duplicates once); returns how many. */
    public int notify(long associationId, Collection<Long> userIds, String kind, String message, String link) {
        NewNotification notification = new NewNotification(kind, message, link);
        Set<Long> recipients = new LinkedHashSet<>(store.usersOf(associationId, userIds));
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        recipients.forEach(user -> store.insert(associationId, user, notification, now));
        mailer.sendAfterCommit(List.copyOf(recipients), notification);
        return recipients.size();
    }

    /**
     * Marks one of the login's notifications read and returns it, to follow its link; empty when the
     * notification is not theirs.
     */
    public Optional<Notification> open(long userId, long notificationId) {
        store.markRead(userId, notificationId, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        return store.find(userId, notificationId);
    }

    /** Marks every unread notification of the login read; returns how many. */
    public int markAllRead(long userId) {
        return store.markAllRead(userId, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    /** Sets (or, with null, removes) the address the login's notifications are mailed to. */
    public void changeMailAddress(long userId, MailAddress address) {
        store.replaceMailAddress(userId, address == null ? null : address.value());
    }
}
