package jp.bansou.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditFilter;
import jp.bansou.audit.AuditQueries;
import jp.bansou.audit.AuditRow;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodKind;
import jp.bansou.period.PeriodLocks;
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
 * Publishing and withdrawing a year's snapshot on H2 and PostgreSQL (the subclasses): what the
 * public page then holds, and the audit rows each step leaves.
 */
@Transactional
abstract class PublicationContract {

    static final String CODE = "kure-koiki";

    @Autowired PublicationService service;
    @Autowired PublicationQueries queries;
    @Autowired PeriodLocks locks;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired AuditQueries audit;
    @Autowired UserDetailsService users;

    long association;
    BansouUser admin;
    final Period year2021 = Period.of(SeedItems.FY2021, PeriodKind.YEAR);

    @BeforeEach
    void setUp() {
        association = new SeedItems(plan, organization).associationId();
        admin = new LoggedIn(users).as("admin");
    }

    @AfterEach
    void logOut() {
        LoggedIn.logOut();
    }

    @Test
    void showsNothingBeforePublication() {
        locks.close(admin, year2021);
        assertThat(queries.publicPage(CODE, SeedItems.FY2021)).isEmpty();
        assertThat(queries.publicPage("unknown", SeedItems.FY2021)).isEmpty();
    }

    @Test
    void publishesTheSnapshotWithRatesAndGrades() {
        locks.close(admin, year2021);
        service.publish(admin, SeedItems.FY2021);
        PublicPage page = queries.publicPage(CODE, SeedItems.FY2021).orElseThrow();
        assertThat(page.associationName()).isEqualTo("呉広域商工会");
        assertThat(page.rows()).hasSize(plan.targetTable(association, SeedItems.FY2021).itemCount());
        assertThat(page.rows()).filteredOn(r -> r.itemName().equals("財務分析数")).singleElement()
                .satisfies(r -> {
                    assertThat(r.target()).isEqualTo("108");
                    assertThat(r.actual()).isEqualTo("123");
                    assertThat(r.rate()).isEqualTo("113.9%");
                    assertThat(r.grade()).isEqualTo("A");
                });
        assertThat(queries.years(association)).filteredOn(y -> y.year().equals(SeedItems.FY2021))
                .singleElement().satisfies(y -> assertThat(y.live()).isTrue());
    }

    @Test
    void withdrawingTakesThePageDown() {
        locks.close(admin, year2021);
        service.publish(admin, SeedItems.FY2021);
        service.withdraw(admin, SeedItems.FY2021);
        assertThat(queries.publicPage(CODE, SeedItems.FY2021)).isEmpty();
        assertThatThrownBy(() -> service.withdraw(admin, SeedItems.FY2021)).hasMessageContaining("公開されていません");
    }

    @Test
    void recordsEveryPublishAndWithdrawInTheAuditTrail() {
        locks.close(admin, year2021);
        service.publish(admin, SeedItems.FY2021);
        service.withdraw(admin, SeedItems.FY2021);
        List<AuditRow> rows = audit.search(association,
                new AuditFilter(null, null, null, AuditType.PUBLICATION, null, null), 0, 50).rows();
        assertThat(rows).extracting(AuditRow::action)
                .containsExactlyInAnyOrder(AuditAction.PUBLISH, AuditAction.WITHDRAW);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.entityId()).isEqualTo("2021");
            assertThat(r.userName()).isEqualTo(admin.displayName());
        });
    }

    @Test
    void refusesAYearNotClosed() {
        assertThatThrownBy(() -> service.publish(admin, SeedItems.FY2022))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("令和4年度は締められていない");
    }

    @Test
    void refusesOthersThanAdmins() {
        locks.close(admin, year2021);
        BansouUser reviewer = new LoggedIn(users).as("sasaki");
        assertThatThrownBy(() -> service.publish(reviewer, SeedItems.FY2021)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hidesTheYearOnceClosedAgainUntilPublishedAgain() {
        locks.close(admin, year2021);
        service.publish(admin, SeedItems.FY2021);
        locks.reopen(admin, year2021, "評価の見直し");
        locks.close(admin, year2021);
        assertThat(queries.publicPage(CODE, SeedItems.FY2021)).isEmpty();
        assertThat(queries.years(association)).filteredOn(y -> y.year().equals(SeedItems.FY2021))
                .singleElement().satisfies(y -> assertThat(y.stale()).isTrue());
        service.publish(admin, SeedItems.FY2021);
        assertThat(queries.publicPage(CODE, SeedItems.FY2021)).isPresent();
    }
}
