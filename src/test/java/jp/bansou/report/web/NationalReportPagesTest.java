package jp.bansou.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.audit.AuditFilter;
import jp.bansou.audit.AuditQueries;
import jp.bansou.audit.AuditRow;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.report.LineDefinition;
import jp.bansou.report.NationalLine;
import jp.bansou.report.NationalReport;
import jp.bansou.report.NationalReportQueries;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The demo's national report page, print view and the admin page of its lines (admins only, audited). */
@BansouSpringTest
@Transactional
class NationalReportPagesTest {

    private static final FiscalYear FY2022 = FiscalYear.of(2022);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired OrganizationQueries organization;
    @Autowired NationalReportQueries queries;
    @Autowired ActivityQueries activities;
    @Autowired AuditQueries audit;

    long association;

    @BeforeEach
    void setUp() {
        association = organization.associationIdByCode("kure-koiki").orElseThrow();
    }

    @Test
    void theDemoReportHasEveryLineDefinedWithRealFigures() throws Exception {
        NationalReport report = queries.report(association, FY2022);
        assertThat(report.figures()).allSatisfy(f -> assertThat(f.value()).isNotNull().isPositive());
        assertThat(report.surveys().records()).isEqualTo(4);
        assertThat(report.followUp().records()).isGreaterThan(report.followUp().businesses());
        assertThat(report.trends().sales().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(report.followUp().businesses());
        assertThat(report.trends().sales()).allSatisfy((trend, n) -> assertThat(n).isPositive());
    }

    @ParameterizedTest
    @ValueSource(strings = {"viewer", "kawamoto", "sasaki", "admin"})
    void everyRoleReadsThePageAndThePrintView(String user) throws Exception {
        Document page = Html.parse(mvc.perform(get("/reports/national?fy=2022").with(as(user)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("h1").text()).contains("実施状況報告", "令和4年度");
        assertThat(page.select("tr[data-figure=followUpVisits] td").text())
                .isEqualTo(String.format("%,d", queries.report(association, FY2022).followUp().records()));
        Document print = Html.parse(mvc.perform(get("/reports/national/print?fy=2022").with(as(user)))
                .andExpect(status().isOk()).andReturn());
        assertThat(print.select("header.app-header")).isEmpty();
        assertThat(print.select("h1").text()).contains("呉広域商工会", "実施状況報告");
    }

    @ParameterizedTest
    @ValueSource(strings = {"viewer", "kawamoto", "sasaki"})
    void onlyAdminsSeeOrChangeTheLines(String user) throws Exception {
        mvc.perform(get("/admin/national-report").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/national-report").param("SURVEYS.kind", "1").with(csrf()).with(as(user)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdminChangesALineAndTheChangeIsAudited() throws Exception {
        Document page = Html.parse(mvc.perform(get("/admin/national-report").with(as("admin")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("fieldset.national-line")).hasSize(NationalLine.values().length);
        assertThat(page.select("#line-SURVEYS input[checked]")).hasSize(1);
        long consultation = kind("窓口相談");
        var request = post("/admin/national-report").with(csrf()).with(as("admin"))
                .param("SURVEYS.kind", String.valueOf(consultation));
        for (LineDefinition line : queries.definitions(association)) {
            if (line.line() != NationalLine.SURVEYS) {
                line.kindIds().forEach(k -> request.param(line.line() + ".kind", String.valueOf(k)));
                line.categoryIds().forEach(c -> request.param(line.line() + ".category", String.valueOf(c)));
            }
        }
        mvc.perform(request).andExpect(redirectedUrl("/admin/national-report"));
        assertThat(queries.definitions(association)).filteredOn(d -> d.line() == NationalLine.SURVEYS)
                .singleElement().satisfies(d -> assertThat(d.kindIds()).containsExactly(consultation));
        List<AuditRow> rows = audit.search(association,
                new AuditFilter(null, null, null, AuditType.NATIONAL_REPORT, null, null), 0, 50).rows();
        assertThat(rows.get(0).entityId()).isEqualTo("SURVEYS");
        assertThat(rows.get(0).userName()).isEqualTo("管理者");
        assertThat(rows.get(0).after()).isEqualTo("活動種別: 窓口相談");
        assertThat(rows).filteredOn(r -> r.userName().equals("管理者")).hasSize(1);
    }

    private long kind(String name) {
        return activities.kinds(association).stream().filter(k -> k.name().equals(name)).findFirst()
                .map(ActivityKind::id).orElseThrow();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
        return new DemoUsers(users).as(user);
    }
}
