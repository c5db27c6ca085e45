package jp.bansou.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.RoleHolder;
import jp.bansou.organization.StaffGroup;
import jp.bansou.organization.StaffMember;
import jp.bansou.organization.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications stored per login and read back, marked read, and the mail address a login keeps;
 * the logins a role holder stands for. On H2 and PostgreSQL by the subclasses.
 */
@Transactional
abstract class NotificationsContract {

    @Autowired Notifications notifications;
    @Autowired NotificationQueries queries;
    @Autowired OrganizationQueries organization;
    @Autowired OrganizationService organizationService;
    @Autowired UserDetailsService users;

    @Test
    void storesOneNotificationPerLoginAndCountsTheUnread() {
        BansouUser sasaki = user("sasaki");
        BansouUser kawamoto = user("kawamoto");
        int sent = notifications.notify(sasaki.associationId(), List.of(sasaki.id(), kawamoto.id(), sasaki.id()),
                "CHECK_IN_POSTED", "確認してください", "/items/1#check-ins");
        assertThat(sent).isEqualTo(2);
        assertThat(queries.unreadCount(sasaki.id())).isEqualTo(1);
        assertThat(queries.unreadCount(kawamoto.id())).isEqualTo(1);
        Notification n = queries.latest(sasaki.id(), 10).get(0);
        assertThat(n.kind()).isEqualTo("CHECK_IN_POSTED");
        assertThat(n.message()).isEqualTo("確認してください");
        assertThat(n.link()).isEqualTo("/items/1#check-ins");
        assertThat(n.unread()).isTrue();
    }

    @Test
    void notifiesNobodyOfAnotherAssociation() {
        BansouUser sasaki = user("sasaki");
        long other = organizationService.createAssociation("notify-other", "別の商工会");
        long stranger = organizationService.addUser(other, "stranger-n", "pw", "他会", UserRole.ADMIN, null);
        assertThat(notifications.notify(sasaki.associationId(), List.of(stranger), "CHECK_IN_POSTED", "x", null))
                .isZero();
        assertThat(queries.unreadCount(stranger)).isZero();
    }

    @Test
    void opensANotificationMarkingItReadAndListsUnreadFirst() {
        BansouUser sasaki = user("sasaki");
        notifications.notify(sasaki.associationId(), List.of(sasaki.id()), "CHECK_IN_POSTED", "一つ目", "/items/1");
        notifications.notify(sasaki.associationId(), List.of(sasaki.id()), "CHECK_IN_OVERDUE", "二つ目", null);
        Notification first = queries.latest(sasaki.id(), 10).stream().filter(n -> n.message().equals("一つ目"))
                .findFirst().orElseThrow();
        Notification opened = notifications.open(sasaki.id(), first.id()).orElseThrow();
        assertThat(opened.unread()).isFalse();
        assertThat(opened.link()).isEqualTo("/items/1");
        assertThat(queries.unreadCount(sasaki.id())).isEqualTo(1);
        assertThat(queries.latest(sasaki.id(), 10)).extracting(Notification::message).containsExactly("二つ目", "一つ目");
        assertThat(notifications.open(user("kawamoto").id(), first.id())).isEmpty();
    }

    @Test
    void marksEveryUnreadNotificationRead() {
        BansouUser sasaki = user("sasaki");
        notifications.notify(sasaki.associationId(), List.of(sasaki.id()), "CHECK_IN_POSTED", "一つ目", null);
        notifications.notify(sasaki.associationId(), List.of(sasaki.id()), "CHECK_IN_POSTED", "二つ目", null);
        assertThat(notifications.markAllRead(sasaki.id())).isEqualTo(2);
        assertThat(queries.unreadCount(sasaki.id())).isZero();
        assertThat(queries.latest(sasaki.id(), 10)).hasSize(2).noneMatch(Notification::unread);
    }

    @Test
    void keepsAndRemovesTheMailAddress() {
        BansouUser sasaki = user("sasaki");
        notifications.changeMailAddress(sasaki.id(), new MailAddress("sasaki@example.jp"));
        assertThat(queries.mailAddress(sasaki.id())).contains("sasaki@example.jp");
        notifications.changeMailAddress(sasaki.id(), new MailAddress("taro.sasaki@example.jp"));
        assertThat(queries.mailAddress(sasaki.id())).contains("taro.sasaki@example.jp");
        notifications.changeMailAddress(sasaki.id(), null);
        assertThat(queries.mailAddress(sasaki.id())).isEmpty();
    }

    @Test
    void findsTheLoginsOfAPersonAGroupAndARole() {
        BansouUser sasaki = user("sasaki");
        BansouUser kawamoto = user("kawamoto");
        long association = sasaki.associationId();
        assertThat(organization.userIdsOf(association, RoleHolder.person(sasaki.staffMemberId())))
                .containsExactly(sasaki.id());
        assertThat(organization.userIdsOf(association, RoleHolder.group(group(association, "各指導員"))))
                .containsExactlyInAnyOrder(sasaki.id(), kawamoto.id());
        assertThat(organization.userIdsOf(association, RoleHolder.group(group(association, "正副会長")))).isEmpty();
        long sumiya = organization.staffMembers(association).stream().filter(s -> s.name().equals("住谷"))
                .mapToLong(StaffMember::id).findFirst().orElseThrow();
        assertThat(organization.userIdsOf(association, RoleHolder.person(sumiya))).isEmpty();
        assertThat(organization.userIdsWithRole(association, UserRole.ADMIN)).containsExactly(user("admin").id());
    }

    private long group(long association, String name) {
        return organization.groups(association).stream().filter(g -> g.name().equals(name))
                .mapToLong(StaffGroup::id).findFirst().orElseThrow();
    }

    private BansouUser user(String username) {
        return (BansouUser) users.loadUserByUsername(username);
    }
}
