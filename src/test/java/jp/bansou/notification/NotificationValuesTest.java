package jp.bansou.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A notification's kind, text and link, and the mail address a login gives. */
class NotificationValuesTest {

    @Test
    void takesAnUpperCaseKindAMessageAndALinkInsideTheApplication() {
        NewNotification n = new NewNotification("CHECK_IN_POSTED", "  確認してください ", "/items/3#check-ins");
        assertThat(n.message()).isEqualTo("確認してください");
        assertThat(new NewNotification("CHECK_IN_POSTED", "x", null).link()).isNull();
    }

    @Test
    void refusesAWrongKindAnEmptyOrLongMessageAndALinkLeavingTheApplication() {
        assertThatThrownBy(() -> new NewNotification("posted", "x", null)).hasMessageContaining("通知の種類");
        assertThatThrownBy(() -> new NewNotification("POSTED", " ", null)).hasMessage("通知の本文は1〜1000文字です");
        assertThatThrownBy(() -> new NewNotification("POSTED", "あ".repeat(1001), null)).hasMessage("通知の本文は1〜1000文字です");
        assertThatThrownBy(() -> new NewNotification("POSTED", "x", "https://example.com/")).hasMessageContaining("パス");
        assertThatThrownBy(() -> new NewNotification("POSTED", "x", "//example.com/")).hasMessageContaining("パス");
        assertThatThrownBy(() -> new NewNotification("POSTED", "x", "/\\example.com/")).hasMessageContaining("パス");
    }

    @Test
    void isUnreadUntilRead() {
        LocalDateTime at = LocalDateTime.of(2022, 6, 1, 9, 0);
        assertThat(new Notification(1, "POSTED", "x", null, at, null).unread()).isTrue();
        assertThat(new Notification(1, "POSTED", "x", null, at, at.plusHours(1)).unread()).isFalse();
    }

    @Test
    void takesOnePlainMailAddressWithItsDomainInLowerCase() {
        assertThat(new MailAddress(" Sasaki@Kure-Koiki.EXAMPLE.jp ").value()).isEqualTo("Sasaki@kure-koiki.example.jp");
        assertThatThrownBy(() -> new MailAddress("sasaki")).hasMessage("メールアドレスの形式が正しくありません（例: tanaka@example.jp）");
        assertThatThrownBy(() -> new MailAddress("a@b.jp, c@d.jp")).hasMessageContaining("メールアドレス");
        assertThatThrownBy(() -> new MailAddress("a@b")).hasMessageContaining("メールアドレス");
    }
}
