package jp.bansou.datacheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.bansou.activity.ActivityFixtures;
import jp.bansou.organization.BansouUser;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodLocks;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the demo data with May 2022 closed: a record of May entered after the closing shows on the data
 * checks page, in Japanese with the closing and the entry, linked to the list narrowed to it; the
 * records entered before the closing (every other record of May) do not.
 */
@BansouSpringTest
@Transactional
class LateEntryPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PeriodLocks locks;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    private DemoUsers demo;
    private ActivityFixtures fixtures;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
        fixtures = new ActivityFixtures(context);
    }

    @Test
    void listsTheRecordEnteredAfterTheClosingOnly() throws Exception {
        long business = fixtures.plantBusiness("株式会社 締め後登録", "倉橋", null);
        long record = fixtures.visit(business, LocalDate.of(2022, 5, 20), "締め後に転記");
        locks.close((BansouUser) users.loadUserByUsername("admin"), Period.month(FiscalYear.of(2022), 5));
        jdbc.sql("UPDATE activity_record SET created_at = ? WHERE id = ?")
                .params(LocalDateTime.now().plusDays(1), record).update();
        Element section = page().selectFirst("#check-lateEntries");
        assertThat(section.select("tbody tr")).singleElement().satisfies(line -> {
            assertThat(line.select("td").first().text()).isEqualTo("2022-05-20 巡回相談 株式会社 締め後登録");
            assertThat(line.select("td").get(1).text()).startsWith("令和4年度 5月（").contains("に締め）の日付ですが、締めた後の")
                    .endsWith("に登録されました");
            assertThat(line.select("a").attr("href")).isEqualTo("/activities?fy=2022&record=" + record);
        });
        assertThat(page().select("table.data-check-summary a[href=#check-lateEntries]").text())
                .isEqualTo("締めた期間に後から登録された活動記録");
    }

    private Document page() throws Exception {
        return Html.parse(mvc.perform(get("/admin/data-checks").param("fy", "2022").with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());
    }
}
