package jp.bansou.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.bansou.notification.Notification;
import jp.bansou.notification.NotificationQueries;
import jp.bansou.notification.Notifications;
import jp.bansou.organization.BansouUser;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The unread count in the header, /notifications, opening and marking read, and the mail address. */
@BansouSpringTest
@Transactional
class NotificationPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Notifications notifications;
    @Autowired NotificationQueries queries;
    @Autowired ObjectProvider<JavaMailSender> mailSenders;

    private DemoUsers demo;
    private BansouUser sasaki;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
        sasaki = (BansouUser) users.loadUserByUsername("sasaki");
    }

    @Test
    void showsTheUnreadCountInTheHeaderOfEveryPage() throws Exception {
        assertThat(page("/target-table").select(".app-header .notifications-link .unread-count")).isEmpty();
        notify("「財務分析数」を確認してください", "/items/1#check-ins");
        notify("もう一件", null);
        Document table = page("/target-table");
        assertThat(table.select(".app-header .notifications-link").attr("href")).isEqualTo("/notifications");
        assertThat(table.select(".app-header .notifications-link .unread-count").text()).isEqualTo("2");
    }

    @Test
    void listsTheNotificationsUnreadFirstAndOpensOneMarkingItRead() throws Exception {
        notify("「財務分析数」を確認してください", "/items/1#check-ins");
        Document list = page("/notifications");
        assertThat(list.select(".notification-list li.unread .message").text()).isEqualTo("「財務分析数」を確認してください");
        assertThat(list.select(".notification-list li.unread button").text()).isEqualTo("開く");
        long id = queries.latest(sasaki.id(), 1).get(0).id();
        mvc.perform(post("/notifications/{id}/read", id).with(csrf()).with(demo.as("sasaki")))
                .andExpect(redirectedUrl("/items/1#check-ins"));
        assertThat(queries.unreadCount(sasaki.id())).isZero();
        assertThat(page("/notifications").select(".notification-list li.read")).hasSize(1);
    }

    @Test
    void opensNobodyElsesNotification() throws Exception {
        notify("佐々木さんへ", "/items/1");
        long id = queries.latest(sasaki.id(), 1).get(0).id();
        mvc.perform(post("/notifications/{id}/read", id).with(csrf()).with(demo.as("kawamoto")))
                .andExpect(status().isNotFound());
        assertThat(queries.unreadCount(sasaki.id())).isEqualTo(1);
    }

    @Test
    void marksEverythingRead() throws Exception {
        notify("一件目", null);
        notify("二件目", null);
        var done = mvc.perform(post("/notifications/read-all").with(csrf()).with(demo.as("sasaki")))
                .andExpect(redirectedUrl("/notifications")).andReturn();
        Document page = Html.parse(mvc.perform(get("/notifications").flashAttrs(done.getFlashMap())
                .with(demo.as("sasaki"))).andExpect(status().isOk()).andReturn());
        assertThat(page.select(".flash.success").text()).isEqualTo("2件を既読にしました。");
        assertThat(queries.latest(sasaki.id(), 10)).noneMatch(Notification::unread);
    }

    @Test
    void keepsAMailAddressAndSaysMailIsNotConfigured() throws Exception {
        assertThat(mailSenders.getIfAvailable()).isNull();
        assertThat(page("/notifications").select(".mail-address .flash.info").text()).contains("SMTP）が設定されていない");
        mvc.perform(post("/notifications/mail-address").param("address", "sasaki@example.jp").with(csrf())
                .with(demo.as("sasaki"))).andExpect(redirectedUrl("/notifications"));
        assertThat(queries.mailAddress(sasaki.id())).contains("sasaki@example.jp");
        Document refused = Html.parse(mvc.perform(post("/notifications/mail-address").param("address", "sasaki")
                .with(csrf()).with(demo.as("sasaki"))).andExpect(status().isOk()).andReturn());
        assertThat(refused.select(".mail-address .field-error").text()).startsWith("メールアドレスの形式が正しくありません");
        assertThat(refused.select("input#address").val()).isEqualTo("sasaki");
        assertThat(queries.mailAddress(sasaki.id())).contains("sasaki@example.jp");
    }

    @Test
    void storesTheNotificationWithoutMailWhereSmtpIsNotConfigured() {
        notifications.changeMailAddress(sasaki.id(), new jp.bansou.notification.MailAddress("sasaki@example.jp"));
        assertThat(notify("メールなしでも届く", null)).isEqualTo(1);
        assertThat(queries.mailConfigured()).isFalse();
        assertThat(queries.unreadCount(sasaki.id())).isEqualTo(1);
    }

    @Test
    void linksTheAdminToTheCheckInSettings() throws Exception {
        assertThat(Html.parse(mvc.perform(get("/notifications").with(demo.as("admin"))).andReturn())
                .select("a[href=/admin/check-in-settings]")).hasSize(1);
        assertThat(page("/notifications").select("a[href=/admin/check-in-settings]")).isEmpty();
    }

    private int notify(String message, String link) {
        return notifications.notify(sasaki.associationId(), List.of(sasaki.id()), "CHECK_IN_POSTED", message, link);
    }

    private Document page(String path) throws Exception {
        return Html.parse(mvc.perform(get(path).with(demo.as("sasaki"))).andExpect(status().isOk()).andReturn());
    }
}
