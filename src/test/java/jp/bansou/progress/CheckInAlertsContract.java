package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import jp.bansou.notification.Notification;
import jp.bansou.notification.NotificationQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is told about check-ins, and the daily alert about check-ins left unconfirmed, against fixed
 * clocks: after the association's number of days, once per check-in. On H2 and PostgreSQL.
 */
@Transactional
abstract class CheckInAlertsContract {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final String SURVEY = CheckInsContract.SURVEY;

    @Autowired CheckInAlerts alerts;
    @Autowired CheckInService service;
    @Autowired NotificationQueries notifications;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired UserDetailsService users;

    private SeedItems seed;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
    }

    @Test
    void tellsTheReviewerOfAPostedCheckInButNotThePoster() {
        long survey = fy2022(SURVEY);
        service.post(user("kawamoto"), survey, draft(LocalDate.of(2022, 6, 30), "1"));
        Notification told = only(user("sasaki").id(), "CHECK_IN_POSTED");
        assertThat(told.message()).isEqualTo("「" + SURVEY + "」（令和4年度）に河本さんがチェックインしました（要注意）。確認してください。");
        assertThat(told.link()).isEqualTo("/items/" + survey + "#check-ins");
        assertThat(kinds(user("kawamoto").id())).isEmpty();
    }

    @Test
    void tellsThePosterOfAReturnWithTheComment() {
        long survey = fy2022(SURVEY);
        CheckIn posted = service.post(user("kawamoto"), survey, draft(LocalDate.of(2022, 6, 30), "1"));
        service.acknowledge(user("sasaki"), survey, service.post(user("kawamoto"), survey,
                draft(LocalDate.of(2022, 6, 30), "1")).id(), null);
        service.returnToPoster(user("sasaki"), survey, posted.id(), "回収数も書いてください");
        assertThat(only(user("kawamoto").id(), "CHECK_IN_RETURNED").message())
                .endsWith("のチェックインが佐々木さんから差し戻されました: 回収数も書いてください");
        assertThat(kinds(user("kawamoto").id())).containsExactly("CHECK_IN_RETURNED");
    }

    @Test
    void tellsTheAdminsWhereTheReviewingGroupHasNoLogins() {
        long committee = fy2022("経済活性化委員会");
        service.post(user("sasaki"), committee, draft(LocalDate.of(2022, 6, 30), "1"));
        assertThat(only(user("admin").id(), "CHECK_IN_POSTED").message()).contains("佐々木さんがチェックインしました");
    }

    @Test
    void tellsTheAdminsWhereThePosterIsTheOnlyReviewerAndLetsOnlyThemConfirm() {
        long plans = fy2022("事業計画策定数");
        CheckIn own = service.post(user("sasaki"), plans, draft(LocalDate.of(2022, 6, 30), "10"));
        assertThat(only(user("admin").id(), "CHECK_IN_POSTED").message()).contains("佐々木さんがチェックインしました");
        assertThat(kinds(user("sasaki").id())).isEmpty();
        assertThatThrownBy(() -> service.acknowledge(user("sasaki"), plans, own.id(), null))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("自分が投稿したチェックインは確認・差戻しできません");
        assertThat(service.acknowledge(user("admin"), plans, own.id(), null).state()).isEqualTo(CheckInState.ACKNOWLEDGED);
    }

    @Test
    void alertsTheReviewerOnceAfterSevenDays() {
        CheckIn posted = service.post(user("kawamoto"), fy2022(SURVEY), draft(LocalDate.of(2022, 6, 30), "1"));
        long sasaki = user("sasaki").id();
        assertThat(alerts.alertOverdue(at(posted.postedAt().plusDays(7)))).isZero();
        assertThat(alerts.alertOverdue(at(posted.postedAt().plusDays(7).plusMinutes(1)))).isEqualTo(1);
        assertThat(only(sasaki, "CHECK_IN_OVERDUE").message())
                .contains("河本さんのチェックイン（基準日 2022-06-30）が7日を過ぎても確認されていません。");
        assertThat(alerts.alertOverdue(at(posted.postedAt().plusDays(30)))).isZero();
        assertThat(kinds(sasaki)).containsOnlyOnce("CHECK_IN_OVERDUE");
    }

    @Test
    void alertsAfterTheAssociationsOwnNumberOfDays() {
        service.changeSettings(seed.associationId(), new CheckInSettings(3));
        CheckIn posted = service.post(user("kawamoto"), fy2022(SURVEY), draft(LocalDate.of(2022, 6, 30), "1"));
        assertThat(alerts.alertOverdue(at(posted.postedAt().plusDays(3).plusMinutes(1)))).isEqualTo(1);
        assertThat(only(user("sasaki").id(), "CHECK_IN_OVERDUE").message()).contains("3日を過ぎても");
    }

    @Test
    void alertsNothingAboutCheckInsConfirmedOrReturned() {
        long survey = fy2022(SURVEY);
        CheckIn acknowledged = service.post(user("kawamoto"), survey, draft(LocalDate.of(2022, 6, 30), "1"));
        CheckIn returned = service.post(user("kawamoto"), survey, draft(LocalDate.of(2022, 6, 30), "1"));
        service.acknowledge(user("sasaki"), survey, acknowledged.id(), null);
        service.returnToPoster(user("sasaki"), survey, returned.id(), "再提出を");
        assertThat(alerts.alertOverdue(at(returned.postedAt().plusDays(30)))).isZero();
    }

    private long fy2022(String name) {
        return seed.itemYearId(name, SeedItems.FY2022);
    }

    private BansouUser user(String username) {
        return (BansouUser) users.loadUserByUsername(username);
    }

    private static NewCheckIn draft(LocalDate asOf, String figure) {
        return CheckInsContract.draft(asOf, figure);
    }

    private static Clock at(LocalDateTime japanTime) {
        return Clock.fixed(japanTime.atZone(JAPAN).toInstant(), ZoneId.of("UTC"));
    }

    private Notification only(long userId, String kind) {
        List<Notification> found = notifications.latest(userId, 50).stream().filter(n -> n.kind().equals(kind)).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    private List<String> kinds(long userId) {
        return notifications.latest(userId, 50).stream().map(Notification::kind).toList();
    }
}
