package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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
 * The daily alert about items falling behind, against fixed clocks in FY2022, on a manual item whose
 * figure to date the lead reports by check-ins: its lead and reviewer are told once, not again the
 * next day, nothing while it is on track, and again after it recovered and fell behind anew. On H2
 * and PostgreSQL.
 */
@Transactional
abstract class BehindAlertsContract {

    /** Reviewer 佐々木, lead 河本, deputy 奥田 (no login); typed in by hand. */
    private static final String SURVEY = CheckInsContract.SURVEY;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Autowired BehindAlerts alerts;
    @Autowired CheckInService checkIns;
    @Autowired PaceQueries paces;
    @Autowired NotificationQueries notifications;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired UserDetailsService users;

    private SeedItems seed;
    private long survey;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        survey = seed.itemYearId(SURVEY, SeedItems.FY2022);
    }

    @Test
    void tellsTheLeadAndTheReviewerOnceWhenTheItemFallsBehind() {
        report(LocalDate.of(2022, 9, 1), BigDecimal.ZERO);
        alerts.alertBehind(at(LocalDate.of(2022, 9, 30)));
        for (String login : new String[] {"kawamoto", "sasaki"}) {
            List<Notification> told = aboutSurvey(login);
            assertThat(told).as(login).hasSize(1);
            assertThat(told.get(0).message()).isEqualTo("「" + SURVEY + "」（令和4年度）が遅れています（2022-09-30時点 予定 "
                    + expected(LocalDate.of(2022, 9, 30)) + "回・実績 0回、年度末予測 0回）。");
            assertThat(told.get(0).link()).isEqualTo("/items/" + survey + "#pace");
        }
        assertThat(aboutSurvey("admin")).isEmpty();
        assertThat(alerts.alertBehind(at(LocalDate.of(2022, 10, 1)))).isZero();
        assertThat(aboutSurvey("kawamoto")).hasSize(1);
    }

    @Test
    void tellsNobodyWhileTheItemIsOnTrack() {
        report(LocalDate.of(2022, 9, 1), target());
        alerts.alertBehind(at(LocalDate.of(2022, 9, 30)));
        assertThat(aboutSurvey("kawamoto")).isEmpty();
        assertThat(aboutSurvey("sasaki")).isEmpty();
    }

    @Test
    void tellsAgainOnlyAfterTheItemRecoveredAndFellBehindAnew() {
        report(LocalDate.of(2022, 9, 1), BigDecimal.ZERO);
        alerts.alertBehind(at(LocalDate.of(2022, 9, 30)));
        report(LocalDate.of(2022, 10, 1), target());
        alerts.alertBehind(at(LocalDate.of(2022, 10, 2)));
        assertThat(aboutSurvey("kawamoto")).hasSize(1);
        report(LocalDate.of(2022, 10, 3), BigDecimal.ZERO);
        alerts.alertBehind(at(LocalDate.of(2022, 10, 4)));
        alerts.alertBehind(at(LocalDate.of(2022, 10, 5)));
        assertThat(aboutSurvey("kawamoto")).hasSize(2);
        assertThat(aboutSurvey("sasaki")).hasSize(2);
    }

    @Test
    void tellsOnlyAboutItemsBehindOnTheDay() {
        report(LocalDate.of(2022, 9, 1), BigDecimal.ZERO);
        LocalDate day = LocalDate.of(2022, 9, 30);
        int alerted = alerts.alertBehind(at(day));
        List<Long> behind = paces.yearPace(seed.associationId(), SeedItems.FY2022, day).stream()
                .filter(p -> p.status() == PaceStatus.BEHIND).map(ItemPace::itemYearId).toList();
        assertThat(alerted).isEqualTo(behind.size()).isPositive();
        List<String> links = notifications.latest(user("sasaki").id(), 200).stream()
                .filter(n -> n.kind().equals(BehindAlerts.BEHIND)).map(Notification::link).toList();
        assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(behind).contains(itemYearId(link)));
    }

    @Test
    void alertsNothingOutsideTheYearUnderWay() {
        report(LocalDate.of(2022, 9, 1), BigDecimal.ZERO);
        alerts.alertBehind(at(LocalDate.of(2023, 4, 10)));
        assertThat(aboutSurvey("kawamoto")).isEmpty();
    }

    private void report(LocalDate asOf, BigDecimal figure) {
        checkIns.post(user("kawamoto"), survey, new NewCheckIn(asOf, figure, CheckInStatus.ON_TRACK, "回収状況の報告"));
    }

    private BigDecimal target() {
        return seed.detail(survey).target();
    }

    private String expected(LocalDate day) {
        return paces.itemPace(seed.associationId(), survey, day).orElseThrow().expectedText();
    }

    private List<Notification> aboutSurvey(String login) {
        return notifications.latest(user(login).id(), 200).stream()
                .filter(n -> n.kind().equals(BehindAlerts.BEHIND) && n.link().equals("/items/" + survey + "#pace"))
                .toList();
    }

    private static long itemYearId(String link) {
        return Long.parseLong(link.substring("/items/".length(), link.indexOf('#')));
    }

    private BansouUser user(String username) {
        return (BansouUser) users.loadUserByUsername(username);
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(7, 10).atZone(JAPAN).toInstant(), JAPAN);
    }
}
