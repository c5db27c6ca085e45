package jp.bansou.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import jp.bansou.organization.BansouUser;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodKind;
import jp.bansou.period.PeriodLocks;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** /admin/audit: the search for admins, nobody else; and no way at all to change the log over HTTP. */
@BansouSpringTest
@Transactional
class AuditPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PeriodLocks locks;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private DemoUsers demo;

    @BeforeEach
    void closeTwoMonths() {
        demo = new DemoUsers(users);
        BansouUser admin = (BansouUser) users.loadUserByUsername("admin");
        locks.close(admin, Period.month(FiscalYear.of(2022), 4));
        locks.close(admin, Period.of(FiscalYear.of(2022), PeriodKind.SECOND_HALF));
    }

    private Document page(String query) throws Exception {
        return Html.parse(mvc.perform(get("/admin/audit" + query).with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());
    }

    @Test
    void listsTheNewestChangesFirstWithWhoWhatAndWhen() throws Exception {
        Document page = page("");
        assertThat(page.select("h1").text()).isEqualTo("変更履歴");
        assertThat(page.select("tr.audit-row").first().select(".subject").text()).isEqualTo("令和4年度 下期");
        assertThat(page.select("tr.audit-row").first().select(".who").text()).isEqualTo("管理者");
        assertThat(page.select("tr.audit-row").first().select(".type").text()).isEqualTo("締め");
        assertThat(page.select("tr.audit-row").first().select(".action").text()).isEqualTo("締め");
        assertThat(page.select("tr.audit-row")).hasSize(50);
        assertThat(page.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/admin/audit?page=1");
    }

    @Test
    void filtersByTypeUserTextAndPeriod() throws Exception {
        assertThat(page("?type=PERIOD_LOCK&who=管理者").select("tr.audit-row .subject").eachText())
                .containsExactly("令和4年度 下期", "令和4年度 4月");
        assertThat(page("?q=下期").select("tr.audit-row .subject").eachText()).containsExactly("令和4年度 下期");
        assertThat(page("?type=PERIOD_LOCK&to=2020-01-01").select(".empty").text()).isEqualTo("該当する変更はありません。");
        assertThat(page("?type=USER").select("tr.audit-row .who").eachText()).containsOnly("システム");
        assertThat(page("?from=2022-05-01&to=2022-04-01").select(".flash.error").text())
                .isEqualTo("期間の終わりが始まりより前です");
    }

    @Test
    void showsTheSearchToAdminsOnly() throws Exception {
        for (String user : new String[] {"sasaki", "kawamoto", "viewer"}) {
            mvc.perform(get("/admin/audit").with(demo.as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void hasNoEndpointThatChangesTheLog() throws Exception {
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("jp.bansou.audit")) {
                assertThat(info.getMethodsCondition().getMethods()).as(info.toString())
                        .isEqualTo(Set.of(RequestMethod.GET));
            }
        });
        mvc.perform(post("/admin/audit").with(csrf()).with(demo.as("admin"))).andExpect(status().isMethodNotAllowed());
        mvc.perform(put("/admin/audit").with(csrf()).with(demo.as("admin"))).andExpect(status().isMethodNotAllowed());
        mvc.perform(delete("/admin/audit").with(csrf()).with(demo.as("admin")))
                .andExpect(status().isMethodNotAllowed());
    }
}
