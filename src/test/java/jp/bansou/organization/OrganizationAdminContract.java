package jp.bansou.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.LoggedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's administration on H2 and PostgreSQL (the subclasses), against the demo
 * association: users, staff, groups and districts change as asked, refuse what they must, and every
 * change leaves its audit row.
 */
@Transactional
abstract class OrganizationAdminContract {

    private static final String GOOD_PASSWORD = "kure-harbour-2025";

    @Autowired UserAdministration userAdmin;
    @Autowired StaffAdministration staffAdmin;
    @Autowired DistrictAdministration districtAdmin;
    @Autowired AdministrationQueries queries;
    @Autowired OrganizationQueries organization;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    BansouUser admin;
    long association;
    long auditBefore;
    BansouUser stranger;

    @BeforeEach
    void logIn() {
        admin = new LoggedIn(users).as("admin");
        association = admin.associationId();
        auditBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry").query(Long.class).single();
    }

    @AfterEach
    void logOut() {
        LoggedIn.logOut();
    }

    @Test
    void createsAUserOnlyWithAGoodPasswordAndAFreeName() {
        assertThatThrownBy(() -> userAdmin.create(admin, new NewUser("tanaka", "田中", UserRole.STAFF, "short", null)))
                .hasMessage("パスワードは10文字以上にしてください");
        assertThatThrownBy(() -> userAdmin.create(admin, new NewUser("Viewer", "閲覧", UserRole.VIEWER, GOOD_PASSWORD, null)))
                .hasMessageContaining("既に使われています");
        long id = userAdmin.create(admin, new NewUser("tanaka", "田中", UserRole.STAFF, GOOD_PASSWORD, null));
        assertThat(queries.user(association, id)).get().extracting(UserSummary::role).isEqualTo(UserRole.STAFF);
        assertThat(auditRows("USER", id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE after_value LIKE '%' || ? || '%'")
                .param(GOOD_PASSWORD).query(Long.class).single()).isZero();
    }

    @Test
    void deactivatesAndReactivatesWithoutDeletingAndAuditsEachStep() {
        long kawamoto = userId("kawamoto");
        userAdmin.deactivate(admin, kawamoto);
        assertThat(users.loadUserByUsername("kawamoto").isEnabled()).isFalse();
        assertThat(organization.userIdsWithRole(association, UserRole.STAFF)).doesNotContain(kawamoto);
        userAdmin.reactivate(admin, kawamoto);
        assertThat(users.loadUserByUsername("kawamoto").isEnabled()).isTrue();
        assertThat(auditRows("USER", kawamoto)).isEqualTo(2);
    }

    @Test
    void anAdminCannotDeactivateOrDemoteThemselfNorLeaveTheAssociationWithoutAnAdmin() {
        assertThatThrownBy(() -> userAdmin.deactivate(admin, admin.id())).hasMessage("自分自身は無効にできません");
        assertThatThrownBy(() -> userAdmin.changeRole(admin, admin.id(), UserRole.VIEWER))
                .hasMessage("自分自身の権限は変更できません");
        // a second admin may demote the first while two exist; then the second is the last one left,
        // whom even a page still showing the first as admin cannot deactivate
        long second = userAdmin.create(admin, new NewUser("admin2", "管理者2", UserRole.ADMIN, GOOD_PASSWORD, null));
        userAdmin.changeRole(new LoggedIn(users).as("admin2"), admin.id(), UserRole.REVIEWER);
        assertThatThrownBy(() -> userAdmin.deactivate(admin, second))
                .hasMessage("最後の管理者は無効にも、ほかの権限にもできません");
        assertThat(queries.user(association, second)).get().extracting(UserSummary::enabled).isEqualTo(true);
    }

    @Test
    void resetsAPasswordByPolicyAndAuditsItWithoutTheHash() {
        long viewer = userId("viewer");
        assertThatThrownBy(() -> userAdmin.resetPassword(admin, viewer, "viewer")).hasMessageContaining("10文字以上");
        String before = users.loadUserByUsername("viewer").getPassword();
        userAdmin.resetPassword(admin, viewer, GOOD_PASSWORD);
        assertThat(users.loadUserByUsername("viewer").getPassword()).isNotEqualTo(before);
        assertThat(auditRows("USER", viewer)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE after_value LIKE '%$2%' OR before_value LIKE '%$2%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void changesRoleAndStaffMemberWithAuditRows() {
        long viewer = userId("viewer");
        long sasaki = staffId("佐々木");
        userAdmin.changeRole(admin, viewer, UserRole.REVIEWER);
        userAdmin.linkStaffMember(admin, viewer, sasaki);
        assertThat(queries.user(association, viewer)).get()
                .satisfies(u -> assertThat(u.role()).isEqualTo(UserRole.REVIEWER))
                .satisfies(u -> assertThat(u.staffName()).isEqualTo("佐々木"));
        assertThat(auditRows("USER", viewer)).isEqualTo(2);
    }

    @Test
    void searchesSortsAndPagesUsers() {
        ListPage<UserSummary> byName = queries.users(association, new ListRequest("a", "username", true, 0));
        assertThat(byName.rows()).extracting(UserSummary::username).containsExactly("sasaki", "kawamoto", "admin");
        assertThat(queries.users(association, new ListRequest(null, "nonsense", false, 0)).rows())
                .extracting(UserSummary::username).startsWith("admin");
        assertThat(queries.users(association, new ListRequest(null, null, false, 5)).rows()).isEmpty();
    }

    @Test
    void addsAnAdvisorWhoCountsInEachAdvisorAndAuditsStaffChanges() {
        long group = groupId("各指導員");
        FiscalYear year = FiscalYear.of(2022);
        int before = organization.headcount(group, year);
        long id = staffAdmin.add(admin, new StaffDetails("新人", StaffKind.ADVISOR, LocalDate.of(2022, 4, 1), null));
        assertThat(organization.headcount(group, year)).isEqualTo(before + 1);
        staffAdmin.change(admin, id, new StaffDetails("新人", StaffKind.ASSISTANT, LocalDate.of(2022, 4, 1), null));
        assertThat(organization.headcount(group, year)).isEqualTo(before);
        staffAdmin.move(admin, id, true);
        assertThat(auditRows("STAFF", id)).isEqualTo(3);
        assertThatThrownBy(() -> staffAdmin.add(admin, new StaffDetails("新人", StaffKind.ADVISOR, null, null)))
                .hasMessageContaining("既に登録されています");
    }

    @Test
    void movesAStaffMemberUpOnePlace() {
        var order = organization.staffMembers(association);
        long second = order.get(1).id();
        staffAdmin.move(admin, second, true);
        assertThat(organization.staffMembers(association).get(0).id()).isEqualTo(second);
    }

    @Test
    void editsListedGroupsOnlyAndAuditsMembership() {
        assertThatThrownBy(() -> staffAdmin.addGroupMember(admin, groupId("各指導員"), staffId("河本")))
                .hasMessageContaining("手で編集できません");
        long group = staffAdmin.addGroup(admin, "広報担当");
        staffAdmin.addGroupMember(admin, group, staffId("河本"));
        assertThat(organization.memberNames(group)).containsExactly("河本");
        staffAdmin.removeGroupMember(admin, group, staffId("河本"));
        assertThat(organization.memberNames(group)).isEmpty();
        assertThat(auditRows("STAFF", group)).isEqualTo(3);
    }

    @Test
    void renamesKeepingTheOldNameRetiresAndReordersDistricts() {
        long kurahashi = districtId("倉橋");
        districtAdmin.rename(admin, kurahashi, "倉橋町");
        assertThat(queries.districtRenames(association)).singleElement()
                .satisfies(r -> assertThat(r.formerName()).isEqualTo("倉橋"))
                .satisfies(r -> assertThat(r.currentName()).isEqualTo("倉橋町"));
        districtAdmin.retire(admin, kurahashi);
        assertThat(organization.activeDistricts(association)).extracting(District::name).doesNotContain("倉橋町");
        assertThat(organization.districts(association)).extracting(District::name).contains("倉橋町");
        districtAdmin.reinstate(admin, kurahashi);
        districtAdmin.move(admin, kurahashi, true);
        assertThat(organization.districts(association).get(0).id()).isEqualTo(kurahashi);
        assertThat(auditRows("STAFF", kurahashi)).isEqualTo(4);
        long added = districtAdmin.add(admin, "新地区");
        assertThat(auditRows("STAFF", added)).isEqualTo(1);
        assertThatThrownBy(() -> districtAdmin.add(admin, "音戸")).hasMessageContaining("既にあります");
    }

    @Test
    void neverRetiresTheHeadOffice() {
        long head = organization.districts(association).stream().filter(District::headOffice).findFirst()
                .orElseThrow().id();
        assertThatThrownBy(() -> districtAdmin.retire(admin, head)).hasMessageContaining("本所");
    }

    @Test
    void findsNothingOfAnotherAssociation() {
        assertThatThrownBy(() -> userAdmin.deactivate(stranger(), userId("kawamoto")))
                .isInstanceOf(OrganizationNotFoundException.class);
        assertThatThrownBy(() -> districtAdmin.retire(stranger(), districtId("倉橋")))
                .isInstanceOf(OrganizationNotFoundException.class);
        assertThatThrownBy(() -> staffAdmin.change(stranger(), staffId("河本"),
                new StaffDetails("x", StaffKind.ADVISOR, null, null))).isInstanceOf(OrganizationNotFoundException.class);
        assertThat(users.loadUserByUsername("kawamoto").isEnabled()).isTrue();
    }

    /** An admin of a second association. */
    private BansouUser stranger() {
        if (stranger == null) {
            jdbc.sql("INSERT INTO association (code, name) VALUES ('other', '他商工会')").update();
            long other = jdbc.sql("SELECT id FROM association WHERE code = 'other'").query(Long.class).single();
            stranger = new BansouUser(-1, other, "stranger", "", "他", UserRole.ADMIN, null, true);
        }
        return stranger;
    }

    /** The audit rows this test left about the entity. */
    private long auditRows(String type, long entityId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry
                WHERE id > ? AND association_id = ? AND entity_type = ? AND entity_id = ?""")
                .params(auditBefore, association, type, Long.toString(entityId)).query(Long.class).single();
    }

    private long userId(String username) {
        return ((BansouUser) users.loadUserByUsername(username)).id();
    }

    private long staffId(String name) {
        return organization.staffMembers(association).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private long groupId(String name) {
        return organization.groups(association).stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private long districtId(String name) {
        return organization.districts(association).stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow().id();
    }
}
