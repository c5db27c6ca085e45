package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditFilter;
import jp.bansou.audit.AuditQueries;
import jp.bansou.audit.AuditRow;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.support.LoggedIn;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each change of the progress module during the year leaves one audit row naming who, the item and
 * what before and after: a check-in posted, acknowledged or returned, a status set by hand, a monthly
 * plan saved or removed, the pace thresholds. On H2 and PostgreSQL (the subclasses).
 */
@Transactional
abstract class ProgressAuditContract {

    private static final String SURVEY = CheckInsContract.SURVEY;

    @Autowired CheckInService checkIns;
    @Autowired PaceService pace;
    @Autowired AuditQueries audit;
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

    @AfterEach
    void logOut() {
        LoggedIn.logOut();
    }

    @Test
    void recordsAPostedCheckInWithItsFigureStatusAndComment() {
        BansouUser kawamoto = as("kawamoto");
        CheckIn posted = checkIns.post(kawamoto, survey, CheckInsContract.draft(LocalDate.of(2022, 6, 30), "1"));
        AuditRow row = latest(AuditType.CHECK_IN);
        assertThat(row.action()).isEqualTo(AuditAction.CREATE);
        assertThat(row.entityId()).isEqualTo(String.valueOf(posted.id()));
        assertThat(row.label()).isEqualTo(SURVEY + "（令和4年度）");
        assertThat(row.itemYearId()).isEqualTo(survey);
        assertThat(row.itemId()).isEqualTo(seed.detail(survey).itemId());
        assertThat(row.userId()).isEqualTo(kawamoto.id());
        assertThat(row.before()).isNull();
        assertThat(row.after()).isEqualTo("基準日: 2022-06-30; 実績（現在）: 1; 状況: 要注意; コメント: 調査票を配布済み、回収待ち");
        assertThat(row.reason()).isNull();
    }

    @Test
    void recordsAnAcknowledgedAndAReturnedCheckInByTheReviewer() {
        CheckIn first = checkIns.post(as("kawamoto"), survey, CheckInsContract.draft(LocalDate.of(2022, 6, 30), "1"));
        CheckIn second = checkIns.post(as("kawamoto"), survey, CheckInsContract.draft(LocalDate.of(2022, 7, 31), "2"));
        BansouUser sasaki = as("sasaki");
        checkIns.acknowledge(sasaki, survey, first.id(), null);
        AuditRow acknowledged = latest(AuditType.CHECK_IN);
        assertThat(acknowledged.action()).isEqualTo(AuditAction.ACKNOWLEDGE);
        assertThat(acknowledged.entityId()).isEqualTo(String.valueOf(first.id()));
        assertThat(acknowledged.userName()).isEqualTo(sasaki.displayName());
        assertThat(acknowledged.before()).isEqualTo("状態: 確認待ち（基準日 2022-06-30、河本）");
        assertThat(acknowledged.after()).isEqualTo("状態: 確認済み");

        checkIns.returnToPoster(sasaki, survey, second.id(), "回収数も書いてください");
        AuditRow returned = latest(AuditType.CHECK_IN);
        assertThat(returned.action()).isEqualTo(AuditAction.RETURN);
        assertThat(returned.after()).isEqualTo("状態: 差戻し; コメント: 回収数も書いてください");
        assertThat(count(AuditType.CHECK_IN)).isEqualTo(4);
    }

    @Test
    void recordsAStatusSetByHandBeforeAndAfter() {
        BansouUser sasaki = as("sasaki");
        pace.setStatus(sasaki, survey, "BEHIND", "回収が進まない");
        AuditRow first = latest(AuditType.PACE_STATUS);
        assertThat(first.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(first.itemYearId()).isEqualTo(survey);
        assertThat(first.before()).isEqualTo("状況: 自動判定");
        assertThat(first.after()).isEqualTo("状況: 遅れ; コメント: 回収が進まない");
        pace.setStatus(sasaki, survey, "ATTENTION", "回収が進まない");
        AuditRow second = latest(AuditType.PACE_STATUS);
        assertThat(second.before()).isEqualTo("状況: 遅れ");
        assertThat(second.after()).isEqualTo("状況: 要注意");
        assertThat(second.userName()).isEqualTo(sasaki.displayName());
    }

    @Test
    void recordsAMonthlyPlanSavedChangedAndRemoved() {
        BansouUser kawamoto = as("kawamoto");
        ItemYearDetail item = seed.detail(survey);
        pace.savePlan(kawamoto, survey, months(item.target(), 0));
        AuditRow saved = latest(AuditType.MONTHLY_PLAN);
        assertThat(saved.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(saved.before()).isNull();
        assertThat(saved.after()).startsWith("4月: " + text(item.target()) + "; 5月: 0; ").endsWith("; 3月: 0");

        pace.savePlan(kawamoto, survey, months(item.target(), 3));
        AuditRow changed = latest(AuditType.MONTHLY_PLAN);
        assertThat(changed.before()).isEqualTo("4月: " + text(item.target()) + "; 7月: 0");
        assertThat(changed.after()).isEqualTo("4月: 0; 7月: " + text(item.target()));

        pace.removePlan(kawamoto, survey);
        AuditRow removed = latest(AuditType.MONTHLY_PLAN);
        assertThat(removed.action()).isEqualTo(AuditAction.DELETE);
        assertThat(removed.before()).contains("7月: " + text(item.target()));
        assertThat(removed.after()).isNull();
        assertThat(count(AuditType.MONTHLY_PLAN)).isEqualTo(3);
    }

    @Test
    void recordsChangedThresholdsByTheLoggedInAdminAndNothingForTheSame() {
        BansouUser admin = as("admin");
        pace.replaceThresholds(seed.associationId(), new PaceThresholds(new BigDecimal("95"), new BigDecimal("70")));
        AuditRow row = latest(AuditType.PACE_THRESHOLDS);
        assertThat(row.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(row.before()).isEqualTo("順調（%以上）: 100; 要注意（%以上）: 80");
        assertThat(row.after()).isEqualTo("順調（%以上）: 95; 要注意（%以上）: 70");
        assertThat(row.userId()).isEqualTo(admin.id());
        pace.replaceThresholds(seed.associationId(), new PaceThresholds(new BigDecimal("95.00"), new BigDecimal("70")));
        assertThat(count(AuditType.PACE_THRESHOLDS)).isEqualTo(1);
    }

    private BansouUser as(String username) {
        return new LoggedIn(users).as(username);
    }

    private AuditRow latest(AuditType type) {
        return audit.search(seed.associationId(), new AuditFilter(null, null, null, type, null, null), 0, 1).rows()
                .get(0);
    }

    private long count(AuditType type) {
        return audit.search(seed.associationId(), new AuditFilter(null, null, null, type, null, null), 0, 1).total();
    }

    /** The whole target in one month (0 = April), nothing in the others. */
    private static List<BigDecimal> months(BigDecimal target, int month) {
        List<BigDecimal> amounts = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        amounts.set(month, target);
        return amounts;
    }

    private static String text(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
