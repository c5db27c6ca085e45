package jp.bansou.notification.internal;

import java.util.List;
import jp.bansou.notification.NewNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails notifications to the logins that gave an address, only where a {@link JavaMailSender}
 * exists: Spring Boot creates one when {@code spring.mail.host} is set, and otherwise nothing is
 * mailed. Mail goes out after the transaction commits (never for a notification rolled back); a
 * failing server is logged, the notification in the application stays.
 */
@Component
public class NotificationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final NotificationStore store;
    private final String from;
    private final String baseUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> senders, NotificationStore store,
                       @Value("${bansou.notification.mail-from:bansou@localhost}") String from,
                       @Value("${bansou.notification.base-url:}") String baseUrl) {
        this.senders = senders;
        this.store = store;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean configured() {
        return senders.getIfAvailable() != null;
    }

    public void sendAfterCommit(List<Long> userIds, NewNotification notification) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null || userIds.isEmpty()) {
            return;
        }
        List<String> addresses = store.mailAddresses(userIds);
        if (addresses.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(sender, addresses, notification);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send(sender, addresses, notification);
            }
        });
    }

    private void send(JavaMailSender sender, List<String> addresses, NewNotification notification) {
        for (String address : addresses) {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(address);
            mail.setSubject("[Bansō] " + firstLine(notification.message()));
            mail.setText(notification.message()
                    + (notification.link() == null ? "" : "\n\n" + baseUrl + notification.link()));
            try {
                sender.send(mail);
            } catch (MailException e) {
                LOG.warn("notification mail to {} failed: {}", address, e.getMessage());
            }
        }
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
