package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.StaffGroup;
import jp.bansou.plan.ItemYearNotFoundException;
import jp.bansou.plan.PlanQueries;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Who may decide a grade, and what a decision stores: the reviewer or an admin, with a reason where needed. */
@BansouSpringTest
@Transactional
class GradingServiceTest {

    /** Reviewer 佐々木; FY2021 40 of 50 = 80%: proposed B, the sheet decided C. */
    private static final String FINANCE_CONSULTATIONS = "金融相談企業数";
    /** Reviewer 歴数. */
    private static final String FINANCIAL_ANALYSES = "財務分析数";
    /** Reviewer 佐々木, lead 河本. */
    private static final String SMALL_BUSINESS_SURVEY = "小規模事業者数等調査実施回数";
    /** Reviewer the group 正副会長; FY2021 3 of 2: proposed A. */
    private static final String COMMITTEE = "経済活性化委員会";

    @Autowired GradingService service;
    @Autowired GradingQueries queries;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired OrganizationService organizationService;
    @Autowired UserDetailsService users;

    private SeedItems seed;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
    }

    @Test
    void letsTheItemsReviewerDecideAndWritesTheGradeIntoTheTable() {
        long id = fy2021(FINANCE_CONSULTATIONS);
        GradeDecision decision = service.decide(user("sasaki"), id, "B", null);
        assertThat(decision.proposedCode()).isEqualTo("B");
        assertThat(decision.decidedBy()).isEqualTo("佐々木");
        assertThat(queries.itemGrading(seed.associationId(), id).orElseThrow().decision()).isEqualTo(decision);
        assertThat(seed.row(FINANCE_CONSULTATIONS, SeedItems.FY2021).grade()).isEqualTo("B");
    }

    @Test
    void refusesAGradeOtherThanTheProposalWithoutAReason() {
        long id = fy2021(FINANCE_CONSULTATIONS);
        assertThatIllegalArgumentException().isThrownBy(() -> service.decide(user("sasaki"), id, "A", " "))
                .withMessage("提案（B）と異なる判定（A）には理由を入力してください");
        assertThat(seed.detail(id).grade()).isEqualTo("C");
        assertThat(queries.itemGrading(seed.associationId(), id).orElseThrow().decision().decidedBy()).isEqualTo("移行");
    }

    @Test
    void acceptsAGradeOtherThanTheProposalWithAReason() {
        long id = fy2021(FINANCE_CONSULTATIONS);
        GradeDecision decision = service.decide(user("sasaki"), id, "A", "3月の相談10件が未集計だったため");
        assertThat(decision.summary()).isEqualTo("提案B → 決定A: 3月の相談10件が未集計だったため");
        assertThat(seed.detail(id).grade()).isEqualTo("A");
    }

    @Test
    void refusesStaffWhoAreNotTheReviewerThoughTheyLeadTheItem() {
        long id = fy2021(SMALL_BUSINESS_SURVEY);
        assertThatThrownBy(() -> service.decide(user("kawamoto"), id, "B", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusesAReviewerOnAnItemSomeoneElseReviews() {
        assertThatThrownBy(() -> service.decide(user("sasaki"), fy2021(FINANCIAL_ANALYSES), "A", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusesViewers() {
        assertThatThrownBy(() -> service.decide(user("viewer"), fy2021(FINANCE_CONSULTATIONS), "C", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void letsAnAdminDecideAnyItem() {
        GradeDecision decision = service.decide(user("admin"), fy2021(FINANCIAL_ANALYSES), "A", null);
        assertThat(decision.decidedBy()).isEqualTo("管理者");
    }

    @Test
    void letsAMemberOfTheReviewingGroupDecide() {
        BansouUser kawamoto = user("kawamoto");
        long group = organization.groups(seed.associationId()).stream().filter(g -> g.name().equals("正副会長"))
                .map(StaffGroup::id).findFirst().orElseThrow();
        assertThatThrownBy(() -> service.decide(kawamoto, fy2021(COMMITTEE), "A", null))
                .isInstanceOf(AccessDeniedException.class);
        organizationService.addGroupMember(group, kawamoto.staffMemberId());
        assertThat(service.decide(kawamoto, fy2021(COMMITTEE), "A", null).decidedBy()).isEqualTo("河本");
    }

    @Test
    void refusesAGradeTheScaleDoesNotHave() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> service.decide(user("admin"), fy2021(FINANCE_CONSULTATIONS), "D", "理由"))
                .withMessage("達成状況「D」は評価基準にありません");
    }

    @Test
    void findsNoItemOfAnotherAssociation() {
        long other = organizationService.createAssociation("grading-other", "隣町商工会");
        BansouUser stranger = new BansouUser(0, other, "x", "", "x", jp.bansou.organization.UserRole.ADMIN, null, true);
        assertThatThrownBy(() -> service.decide(stranger, fy2021(FINANCE_CONSULTATIONS), "B", null))
                .isInstanceOf(ItemYearNotFoundException.class);
    }

    private long fy2021(String name) {
        return seed.itemYearId(name, SeedItems.FY2021);
    }

    private BansouUser user(String username) {
        return (BansouUser) users.loadUserByUsername(username);
    }
}
