package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.ItemRole.Kind;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-ins stored and read back on the seed association, and the "my items" query, on H2 and on
 * PostgreSQL by the subclasses. 小規模事業者数等調査実施回数: reviewer 佐々木, lead 河本, deputy 奥田
 * (manual); 財務分析数: reviewer 歴数, lead 各指導員 (counted in FY2022); 景況調査(県連)実施回数:
 * reviewer 佐々木, lead 藤本; 呉地区観光客動向調査: reviewer 住谷, lead 佐々木.
 */
@Transactional
abstract class CheckInsContract {

    static final String SURVEY = "小規模事業者数等調査実施回数";
    static final String FINANCE = "財務分析数";
    static final String OUTLOOK = "景況調査(県連)実施回数";
    static final String TOURISM = "呉地区観光客動向調査実施回数 (呉市将来800億円 年間17億円増加、現状266億円)";
    static final LocalDate JULY_10 = LocalDate.of(2022, 7, 10);

    @Autowired CheckInService service;
    @Autowired CheckInQueries queries;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired UserDetailsService users;

    SeedItems seed;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
    }

    @Test
    void storesACheckInAwaitingConfirmationAndReadsItBack() {
        long survey = fy2022(SURVEY);
        CheckIn posted = service.post(user("kawamoto"), survey, draft(LocalDate.of(2022, 6, 30), "1"));
        assertThat(queries.history(seed.associationId(), survey)).containsExactly(posted);
        assertThat(posted.state()).isEqualTo(CheckInState.AWAITING);
        assertThat(posted.figureToDate()).isEqualByComparingTo("1");
        assertThat(posted.status()).isEqualTo(CheckInStatus.ATTENTION);
        assertThat(posted.postedByName()).isEqualTo("河本");
        assertThat(posted.asOf()).isEqualTo(LocalDate.of(2022, 6, 30));
    }

    @Test
    void listsTheHistoryNewestFirstWithEachReview() {
        long survey = fy2022(SURVEY);
        CheckIn first = service.post(user("kawamoto"), survey, draft(LocalDate.of(2022, 5, 31), "0"));
        service.returnToPoster(user("sasaki"), survey, first.id(), "件数の根拠を添えてください");
        CheckIn second = service.post(user("kawamoto"), survey, draft(LocalDate.of(2022, 6, 30), "1"));
        service.acknowledge(user("sasaki"), survey, second.id(), null);
        List<CheckIn> history = queries.history(seed.associationId(), survey);
        assertThat(history).extracting(CheckIn::id).containsExactly(second.id(), first.id());
        assertThat(history).extracting(CheckIn::state).containsExactly(CheckInState.ACKNOWLEDGED, CheckInState.RETURNED);
        assertThat(history.get(1).review().comment()).isEqualTo("件数の根拠を添えてください");
        assertThat(history.get(1).review().name()).isEqualTo("佐々木");
        assertThat(history.get(0).review().comment()).isNull();
    }

    @Test
    void storesNoFigureForACountedItem() {
        long finance = fy2022(FINANCE);
        CheckIn posted = service.post(user("kawamoto"), finance, draft(LocalDate.of(2022, 6, 30), "99"));
        assertThat(posted.figureToDate()).isNull();
    }

    @Test
    void refusesASecondReviewAndACheckInOfAnotherItem() {
        long survey = fy2022(SURVEY);
        CheckIn posted = service.post(user("kawamoto"), survey, draft(LocalDate.of(2022, 6, 30), "1"));
        service.acknowledge(user("sasaki"), survey, posted.id(), "了解");
        assertThatThrownBy(() -> service.returnToPoster(user("sasaki"), survey, posted.id(), "やはり差戻し"))
                .isInstanceOf(IllegalStateException.class);
        long outlook = fy2022(OUTLOOK);
        assertThatThrownBy(() -> service.acknowledge(user("sasaki"), outlook, posted.id(), null))
                .isInstanceOf(CheckInNotFoundException.class);
    }

    @Test
    void letsOnlyTheLeadDeputyReviewerOrAdminAct() {
        long outlook = fy2022(OUTLOOK);
        assertThatThrownBy(() -> service.post(user("kawamoto"), outlook, draft(LocalDate.of(2022, 6, 30), "1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.post(user("sasaki"), outlook, draft(LocalDate.of(2022, 6, 30), "1")))
                .isInstanceOf(AccessDeniedException.class);
        CheckIn byAdmin = service.post(user("admin"), outlook, draft(LocalDate.of(2022, 6, 30), "1"));
        assertThatThrownBy(() -> service.acknowledge(user("kawamoto"), outlook, byAdmin.id(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.acknowledge(user("sasaki"), outlook, byAdmin.id(), null).state())
                .isEqualTo(CheckInState.ACKNOWLEDGED);
    }

    @Test
    void listsKawamotosItemsWithTheirRolesInPersonAndThroughTheAdvisors() {
        MyItems mine = queries.myItems(user("kawamoto"), SeedItems.FY2022, JULY_10);
        assertThat(mine.staffLinked()).isTrue();
        assertThat(roles(mine, SURVEY)).containsExactly(new ItemRole(Kind.LEAD, null));
        assertThat(roles(mine, FINANCE)).containsExactly(new ItemRole(Kind.LEAD, "各指導員"));
        assertThat(mine.items()).extracting(MyItem::name).doesNotContain(OUTLOOK);
        assertThat(mine.items()).allMatch(MyItem::leadOrDeputy).noneMatch(MyItem::reviewer);
        assertThat(mine.needingCheckIn()).hasSize(mine.items().size());
    }

    @Test
    void listsSasakisItemsAsReviewerAndAsLead() {
        MyItems mine = queries.myItems(user("sasaki"), SeedItems.FY2022, JULY_10);
        assertThat(roles(mine, OUTLOOK)).containsExactly(new ItemRole(Kind.REVIEWER, null));
        assertThat(roles(mine, TOURISM)).containsExactly(new ItemRole(Kind.LEAD, null));
        assertThat(roles(mine, "事業計画策定数"))
                .containsExactly(new ItemRole(Kind.REVIEWER, null), new ItemRole(Kind.LEAD, "各指導員"));
        assertThat(roles(mine, FINANCE)).containsExactly(new ItemRole(Kind.LEAD, "各指導員"));
        assertThat(mine.items()).extracting(MyItem::name).doesNotContain("DM会員発送");
    }

    @Test
    void showsTheReviewerWhatAwaitsAndTheLeadWhatWasReturnedUntilAnswered() {
        long survey = fy2022(SURVEY);
        CheckIn first = service.post(user("kawamoto"), survey, draft(LocalDate.of(2022, 7, 5), "1"));
        assertThat(item(queries.myItems(user("sasaki"), SeedItems.FY2022, JULY_10), SURVEY).awaitingMyConfirmation())
                .isEqualTo(1);
        MyItem lead = item(queries.myItems(user("kawamoto"), SeedItems.FY2022, JULY_10), SURVEY);
        assertThat(lead.needsCheckIn()).isFalse();
        assertThat(lead.lastAsOf()).isEqualTo(LocalDate.of(2022, 7, 5));
        assertThat(lead.awaitingMyConfirmation()).isZero();

        service.returnToPoster(user("sasaki"), survey, first.id(), "数字を確認してください");
        assertThat(queries.myItems(user("kawamoto"), SeedItems.FY2022, JULY_10).returnedToMe())
                .extracting(MyItem::name).containsExactly(SURVEY);
        assertThat(item(queries.myItems(user("sasaki"), SeedItems.FY2022, JULY_10), SURVEY).awaiting()).isZero();

        service.post(user("kawamoto"), survey, draft(LocalDate.of(2022, 7, 8), "2"));
        assertThat(queries.myItems(user("kawamoto"), SeedItems.FY2022, JULY_10).returnedToMe()).isEmpty();
    }

    @Test
    void asksForNoMonthlyCheckInOutsideTheYearUnderWayOrOfALoginWithoutStaff() {
        assertThat(queries.myItems(user("kawamoto"), SeedItems.FY2022, LocalDate.of(2026, 11, 25)).needingCheckIn())
                .isEmpty();
        MyItems admin = queries.myItems(user("admin"), SeedItems.FY2022, JULY_10);
        assertThat(admin.staffLinked()).isFalse();
        assertThat(admin.items()).isEmpty();
    }

    @Test
    void keepsTheOverdueDaysPerAssociation() {
        assertThat(queries.settings(seed.associationId()).overdueDays()).isEqualTo(7);
        service.changeSettings(seed.associationId(), new CheckInSettings(3));
        assertThat(queries.settings(seed.associationId()).overdueDays()).isEqualTo(3);
        service.changeSettings(seed.associationId(), new CheckInSettings(10));
        assertThat(queries.settings(seed.associationId()).overdueDays()).isEqualTo(10);
    }

    long fy2022(String name) {
        return seed.itemYearId(name, SeedItems.FY2022);
    }

    BansouUser user(String username) {
        return (BansouUser) users.loadUserByUsername(username);
    }

    static NewCheckIn draft(LocalDate asOf, String figure) {
        return new NewCheckIn(asOf, new BigDecimal(figure), CheckInStatus.ATTENTION, "調査票を配布済み、回収待ち");
    }

    private static List<ItemRole> roles(MyItems mine, String name) {
        return item(mine, name).roles();
    }

    private static MyItem item(MyItems mine, String name) {
        return mine.items().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("not in my items: " + name));
    }
}
