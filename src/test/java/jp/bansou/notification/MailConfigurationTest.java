package jp.bansou.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Spring Boot gives a mail sender only where SMTP is configured; without one, notifications are not mailed. */
class MailConfigurationTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class));

    @Test
    void hasNoMailSenderWithoutAnSmtpHost() {
        contexts.run(context -> assertThat(context).doesNotHaveBean(JavaMailSender.class));
    }

    @Test
    void hasAMailSenderForTheConfiguredSmtpHost() {
        contexts.withPropertyValues("spring.mail.host=smtp.example.jp", "spring.mail.port=587").run(context -> {
            assertThat(context).hasSingleBean(JavaMailSender.class);
            JavaMailSenderImpl sender = (JavaMailSenderImpl) context.getBean(JavaMailSender.class);
            assertThat(sender.getHost()).isEqualTo("smtp.example.jp");
            assertThat(sender.getPort()).isEqualTo(587);
        });
    }
}
