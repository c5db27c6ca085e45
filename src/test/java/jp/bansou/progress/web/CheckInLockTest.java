package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditFilter;
import jp.bansou.audit.AuditQueries;
import jp.bansou.audit.AuditRow;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodLocks;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.CheckIn;
import jp.bansou.progress.CheckInQueries;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * With June 2022 closed: the lead's check-in dated in it is refused beside the date with the plain
 * lock message and nothing stored; an admin needs a reason, which the audit row keeps; a date in an
 * open month goes through as before.
 */
@BansouSpringTest
@Transactional
class CheckInLockTest {

    /** Reviewer 佐々木, lead 河本; typed in by hand. */
    private static final String SURVEY = "小規模事業者数等調査実施回数";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired CheckInQueries checkIns;
    @Autowired PeriodLocks locks;
    @Autowired AuditQueries audit;

    private SeedItems seed;
    private DemoUsers demo;
    private long survey;

    @BeforeEach
    void closeJune() {
        seed = new SeedItems(plan, organization);
        demo = new DemoUsers(users);
        survey = seed.itemYearId(SURVEY, SeedItems.FY2022);
        locks.close((BansouUser) users.loadUserByUsername("admin"), Period.month(SeedItems.FY2022, 6));
    }

    @Test
    void refusesTheLeadsCheckInDatedInTheClosedMonthBesideTheDate() throws Exception {
        Document page = Html.parse(mvc.perform(checkIn("2022-06-30", "").with(demo.as("kawamoto")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".field:has(#asOf) .field-error").text())
                .isEqualTo("令和4年度 6月は締められています。締めた期間の数値を変更できるのは管理者だけです");
        assertThat(page.select("#changeReason")).isEmpty();
        assertThat(checkIns.history(seed.associationId(), survey)).isEmpty();
    }

    @Test
    void takesTheLeadsCheckInDatedInAnOpenMonth() throws Exception {
        mvc.perform(checkIn("2022-07-01", "").with(demo.as("kawamoto")))
                .andExpect(redirectedUrl("/items/" + survey + "/check-ins"));
        assertThat(checkIns.history(seed.associationId(), survey)).extracting(CheckIn::postedByName)
                .containsExactly("河本");
    }

    @Test
    void asksAnAdminForAReasonAndKeepsItInTheAuditTrail() throws Exception {
        Document refused = Html.parse(mvc.perform(checkIn("2022-06-30", " ").with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.select(".field:has(#asOf) .field-error").text())
                .isEqualTo("令和4年度 6月は締められています。変更するには変更理由を入力してください");
        assertThat(refused.select("#changeReason")).hasSize(1);
        assertThat(checkIns.history(seed.associationId(), survey)).isEmpty();

        mvc.perform(checkIn("2022-06-30", "6月末の報告漏れ").with(demo.as("admin")))
                .andExpect(redirectedUrl("/items/" + survey + "/check-ins"));
        CheckIn posted = checkIns.history(seed.associationId(), survey).get(0);
        AuditRow row = audit.search(seed.associationId(), new AuditFilter(null, null, null, AuditType.CHECK_IN, null,
                null), 0, 1).rows().get(0);
        assertThat(row.action()).isEqualTo(AuditAction.CREATE);
        assertThat(row.entityId()).isEqualTo(String.valueOf(posted.id()));
        assertThat(row.reason()).isEqualTo("6月末の報告漏れ");
    }

    private MockHttpServletRequestBuilder checkIn(String asOf, String reason) {
        return post("/items/{id}/check-ins", survey).with(csrf()).param("asOf", asOf).param("figureToDate", "1")
                .param("status", "ON_TRACK").param("comment", "調査票を配布").param("changeReason", reason);
    }
}
