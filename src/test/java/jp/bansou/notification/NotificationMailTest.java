package jp.bansou.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.bansou.organization.BansouUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With a mail sender (what Spring Boot creates where {@code spring.mail.host} is set; here a fake
 * that records), notifications are mailed after commit to the logins that gave an address, and never
 * for a notification rolled back; a failing server leaves the notification in the application.
 */
@SpringBootTest
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:bansou-mail-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "bansou.notification.base-url=https://bansou.example.jp/",
    "bansou.notification.mail-from=bansou@kure-koiki.example.jp"
})
class NotificationMailTest {

    @Autowired Notifications notifications;
    @Autowired NotificationQueries queries;
    @Autowired RecordingMailSender mail;
    @Autowired UserDetailsService users;
    @Autowired TransactionTemplate transactions;

    private BansouUser sasaki;
    private BansouUser kawamoto;

    @BeforeEach
    void setUp() {
        sasaki = (BansouUser) users.loadUserByUsername("sasaki");
        kawamoto = (BansouUser) users.loadUserByUsername("kawamoto");
        notifications.changeMailAddress(sasaki.id(), new MailAddress("sasaki@kure-koiki.example.jp"));
        notifications.changeMailAddress(kawamoto.id(), null);
        mail.sent.clear();
        mail.failing = false;
    }

    @Test
    void mailsTheLoginsWithAnAddressAfterCommit() {
        notifications.notify(sasaki.associationId(), List.of(sasaki.id(), kawamoto.id()), "CHECK_IN_POSTED",
                "「財務分析数」（令和4年度）に河本さんがチェックインしました（順調）。確認してください。", "/items/7#check-ins");
        assertThat(queries.mailConfigured()).isTrue();
        assertThat(mail.sent).singleElement().satisfies(m -> {
            assertThat(m.getTo()).containsExactly("sasaki@kure-koiki.example.jp");
            assertThat(m.getFrom()).isEqualTo("bansou@kure-koiki.example.jp");
            assertThat(m.getSubject())
                    .isEqualTo("[Bansō] 「財務分析数」（令和4年度）に河本さんがチェックインしました（順調）。確認してください。");
            assertThat(m.getText()).contains("確認してください。", "https://bansou.example.jp/items/7#check-ins");
        });
    }

    @Test
    void mailsNothingForANotificationRolledBack() {
        transactions.executeWithoutResult(status -> {
            notifications.notify(sasaki.associationId(), List.of(sasaki.id()), "CHECK_IN_POSTED", "取り消される", null);
            status.setRollbackOnly();
        });
        assertThat(mail.sent).isEmpty();
    }

    @Test
    void keepsTheNotificationWhenTheMailServerFails() {
        mail.failing = true;
        int before = queries.unreadCount(sasaki.id());
        notifications.notify(sasaki.associationId(), List.of(sasaki.id()), "CHECK_IN_OVERDUE", "届かないメール", null);
        assertThat(queries.unreadCount(sasaki.id())).isEqualTo(before + 1);
        assertThat(mail.sent).isEmpty();
    }

    /** A mail sender that records what it would send, or fails like an unreachable server. */
    static class RecordingMailSender extends JavaMailSenderImpl {
        final List<SimpleMailMessage> sent = new ArrayList<>();
        boolean failing;

        @Override
        public void send(SimpleMailMessage... messages) {
            if (failing) {
                throw new MailSendException("connection refused");
            }
            sent.addAll(List.of(messages));
        }
    }

    @TestConfiguration
    static class FakeMail {
        @Bean
        RecordingMailSender mailSender() {
            return new RecordingMailSender();
        }
    }
}
