package jp.bansou.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.bansou.audit.AuditFilter;
import jp.bansou.audit.AuditQueries;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.RoleHolder;
import jp.bansou.plan.PlanQueries;
import jp.bansou.support.LoggedIn;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee on H2 and PostgreSQL (the subclasses): members' grades counted per item and grade,
 * improvements carried into the next year and marked done, and nothing of one association read
 * through another. Works on FY2022 (the demo's committee is FY2021) except where the carry-over needs
 * FY2021 → FY2022.
 */
@Transactional
abstract class EvaluationContract {

    @Autowired CommitteeService committee;
    @Autowired ImprovementService improvements;
    @Autowired EvaluationQueries queries;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired OrganizationService organizations;
    @Autowired AuditQueries audit;
    @Autowired UserDetailsService users;

    SeedItems seed;
    long association;
    BansouUser admin;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        association = seed.associationId();
        admin = new LoggedIn(users).as("admin");
    }

    @AfterEach
    void logOut() {
        LoggedIn.logOut();
    }

    @Test
    void countsEachGradeOfEveryMemberPerItem() {
        List<Long> members = List.of(member("委員A"), member("委員B"), member("委員C"));
        long meeting = committee.saveMeeting(admin, new Meeting(null, SeedItems.FY2022, MeetingKind.HALF_YEAR,
                LocalDate.of(2022, 11, 1), "本所", members, null, null));
        long analysis = seed.itemYearId("財務分析数", SeedItems.FY2022);
        long bookkeeping = seed.itemYearId("記帳継続企業数", SeedItems.FY2022);
        committee.saveGrades(admin, meeting, members.get(0), List.of(new MemberGrade(members.get(0), analysis, "A", "良い"),
                new MemberGrade(members.get(0), bookkeeping, "C", null)));
        committee.saveGrades(admin, meeting, members.get(1), List.of(new MemberGrade(members.get(1), analysis, "A", null)));
        committee.saveGrades(admin, meeting, members.get(2), List.of(new MemberGrade(members.get(2), analysis, "B", "要努力")));

        CommitteeSheet sheet = queries.sheet(association, meeting).orElseThrow();
        assertThat(sheet.material()).isEqualTo(Material.FIRST_HALF);
        assertThat(sheet.gradeCodes()).containsExactly("A", "B", "C");
        SheetLine line = line(sheet, analysis);
        assertThat(line.count("A")).isEqualTo(2);
        assertThat(line.count("B")).isEqualTo(1);
        assertThat(line.count("C")).isZero();
        assertThat(line.comments()).extracting(MemberComment::memberName, MemberComment::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("委員A", "良い"), org.assertj.core.groups.Tuple.tuple("委員C", "要努力"));
        assertThat(line(sheet, bookkeeping).counts()).containsExactlyEntriesOf(java.util.Map.of("C", 1));
        assertThat(sheet.lines()).hasSize(plan.targetTable(association, SeedItems.FY2022).itemCount());

        committee.saveGrades(admin, meeting, members.get(0), List.of());
        assertThat(line(queries.sheet(association, meeting).orElseThrow(), analysis).count("A")).isEqualTo(1);
    }

    @Test
    void refusesAGradeOutsideTheScaleNamingTheItem() {
        long member = member("委員D");
        long meeting = committee.saveMeeting(admin, new Meeting(null, SeedItems.FY2022, MeetingKind.HALF_YEAR,
                LocalDate.of(2022, 11, 1), null, List.of(), null, null));
        long analysis = seed.itemYearId("財務分析数", SeedItems.FY2022);
        assertThatThrownBy(() -> committee.saveGrades(admin, meeting, member, List.of(new MemberGrade(member, analysis, "Z", null))))
                .hasMessageContaining("財務分析数").hasMessageContaining("Z");
        assertThat(queries.memberGrades(meeting, member)).isEmpty();
    }

    @Test
    void showsTheYearEndMeetingOnTheCurrentTableUntilTheYearIsClosed() {
        long meeting = queries.meetings(association, SeedItems.FY2021).get(0).id();
        CommitteeSheet sheet = queries.sheet(association, meeting).orElseThrow();
        assertThat(sheet.material()).isEqualTo(Material.CURRENT_TABLE);
        SheetLine analysis = line(sheet, seed.itemYearId("財務分析数", SeedItems.FY2021));
        assertThat(analysis.target()).isEqualTo("108");
        assertThat(analysis.actual()).isEqualTo("123");
        assertThat(analysis.rate()).isEqualTo("113.9%");
        assertThat(analysis.count("A")).isEqualTo(2);
    }

    @Test
    void carriesImprovementsIntoTheNextYearUntilMarkedDone() {
        var area = seed.area(areaOf("財務分析数"), SeedItems.FY2021);
        long itemId = seed.row("財務分析数", SeedItems.FY2021).itemId();
        long id = improvements.addImprovement(admin, Improvement.decided(SeedItems.FY2021, area.id(), itemId,
                "テスト改善事項", RoleHolder.group(advisors()), LocalDate.of(2022, 6, 30)));

        List<ImprovementRow> carried = queries.improvementsFor(association, SeedItems.FY2022, itemId);
        assertThat(carried).extracting(r -> r.improvement().text()).contains("テスト改善事項",
                "分析結果の説明資料を統一し、巡回時に活用する");
        ImprovementRow row = carried.stream().filter(r -> r.improvement().id() == id).findFirst().orElseThrow();
        assertThat(row.responsibleName()).isEqualTo("各指導員");
        assertThat(row.improvement().done()).isFalse();
        long otherItem = seed.row("小規模事業者数等調査実施回数", SeedItems.FY2022).itemId();
        assertThat(queries.improvementsFor(association, SeedItems.FY2022, otherItem))
                .extracting(r -> r.improvement().text()).doesNotContain("テスト改善事項");

        BansouUser kawamoto = new LoggedIn(users).as("kawamoto");
        improvements.markDone(kawamoto, id);
        Improvement done = queries.improvement(association, id).orElseThrow();
        assertThat(done.done()).isTrue();
        assertThat(done.doneBy()).isEqualTo("河本");
        assertThatThrownBy(() -> improvements.markDone(admin, id)).isInstanceOf(IllegalStateException.class);
        assertThat(audit.search(association, new AuditFilter(null, null, null, AuditType.EVALUATION, "完了", null), 0, 10).rows())
                .isNotEmpty();
    }

    @Test
    void refusesViewersAndStaffWhoAreNotResponsible() {
        BansouUser viewer = new LoggedIn(users).as("viewer");
        assertThatThrownBy(() -> committee.addMember(viewer, new CommitteeMember(null, SeedItems.FY2022, "X", null, null,
                CommitteeRole.MEMBER))).isInstanceOf(AccessDeniedException.class);
        long open = queries.improvements(association, SeedItems.FY2021).stream()
                .filter(r -> r.improvement().responsible() == null).findFirst().orElseThrow().improvement().id();
        BansouUser kawamoto = new LoggedIn(users).as("kawamoto");
        assertThatThrownBy(() -> improvements.markDone(kawamoto, open)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void copiesLastYearsMembersOnce() {
        assertThat(committee.copyMembersFromPreviousYear(admin, SeedItems.FY2022)).isEqualTo(5);
        assertThat(committee.copyMembersFromPreviousYear(admin, SeedItems.FY2022)).isZero();
        assertThat(queries.members(association, SeedItems.FY2022)).extracting(CommitteeMember::name)
                .startsWith("山田 一郎").contains("伊藤 聡");
    }

    @Test
    void keepsEachAssociationsCommitteeToItself() {
        long other = organizations.createAssociation("other-" + System.nanoTime(), "別の商工会");
        long meeting = queries.meetings(association, SeedItems.FY2021).get(0).id();
        assertThat(queries.members(other, SeedItems.FY2021)).isEmpty();
        assertThat(queries.meetings(other, SeedItems.FY2021)).isEmpty();
        assertThat(queries.sheet(other, meeting)).isEmpty();
        assertThat(queries.improvements(other, SeedItems.FY2021)).isEmpty();
        assertThat(queries.publicOpinions(other, SeedItems.FY2021)).isEmpty();
        assertThat(queries.carriedInto(other, SeedItems.FY2022)).isEmpty();
        assertThat(queries.members(association, SeedItems.FY2021)).hasSize(5);
    }

    private String areaOf(String itemName) {
        return plan.targetTable(association, SeedItems.FY2021).areas().stream()
                .filter(a -> a.rows().stream().anyMatch(r -> r.name().equals(itemName))).findFirst().orElseThrow().name();
    }

    private long advisors() {
        return organization.groups(association).stream().filter(g -> g.name().equals("各指導員")).findFirst().orElseThrow().id();
    }

    private long member(String name) {
        return committee.addMember(admin, new CommitteeMember(null, SeedItems.FY2022, name, null, null, CommitteeRole.MEMBER));
    }

    private static SheetLine line(CommitteeSheet sheet, long itemYearId) {
        return sheet.lines().stream().filter(l -> l.itemYearId() == itemYearId).findFirst().orElseThrow();
    }
}
