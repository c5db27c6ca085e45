package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodKind;
import jp.bansou.period.PeriodLocks;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.GradingService;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A closed year's table marks the values corrected since closing; the differences page lists them. */
@BansouSpringTest
@Transactional
class SnapshotPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PeriodLocks locks;
    @Autowired GradingService grading;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;

    private DemoUsers demo;
    private long finance;

    @BeforeEach
    void closeFy2021AndCorrectAGrade() {
        demo = new DemoUsers(users);
        BansouUser admin = (BansouUser) users.loadUserByUsername("admin");
        locks.close(admin, Period.of(SeedItems.FY2021, PeriodKind.YEAR));
        finance = new SeedItems(plan, organization).itemYearId("財務分析数", SeedItems.FY2021);
        grading.decide(admin, finance, "B", "委員会の指摘により見直し");
    }

    private Document page(String url) throws Exception {
        return Html.parse(mvc.perform(get(url).with(demo.as("viewer"))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void marksTheCorrectedGradeInTheTableWithItsValueAtClosing() throws Exception {
        Document table = page("/target-table?fy=2021");
        assertThat(table.select(".snapshot-notice").text()).contains("管理者が締めました", "その後の変更: 1件");
        assertThat(table.select(".snapshot-notice a").attr("href")).isEqualTo("/target-table/snapshot?fy=2021");
        Element row = table.getElementById("item-" + finance);
        assertThat(row.select(".grade .snapshot-changed").attr("title")).isEqualTo("締め時点: A");
        assertThat(row.select(".actual .snapshot-changed, .target .snapshot-changed")).isEmpty();
        assertThat(table.select(".snapshot-changed")).hasSize(2);
    }

    @Test
    void listsTheDifferenceWithWhoChangedItAndWhy() throws Exception {
        Document page = page("/target-table/snapshot?fy=2021");
        assertThat(page.select("tr.difference")).singleElement().satisfies(row -> {
            assertThat(row.select("a").text()).isEqualTo("財務分析数");
            assertThat(row.select("a").attr("href")).isEqualTo("/items/" + finance);
            assertThat(row.select(".field").text()).isEqualTo("達成状況");
            assertThat(row.select(".was").text()).isEqualTo("A");
            assertThat(row.select(".now").text()).isEqualTo("B");
            assertThat(row.select(".who").text()).startsWith("管理者（");
            assertThat(row.select(".reason").text()).isEqualTo("委員会の指摘により見直し");
        });
    }

    @Test
    void showsTheTableAsFrozenAtClosingWithTheCorrectedGradeMarked() throws Exception {
        Document page = page("/target-table/snapshot?fy=2021");
        Element row = page.getElementById("snapshot-" + finance);
        assertThat(row.select(".item").text()).isEqualTo("財務分析数");
        assertThat(row.select(".target").text()).isEqualTo("108件");
        assertThat(row.select(".actual").text()).isEqualTo("123");
        assertThat(row.select(".grade").text()).isEqualTo("A");
        assertThat(row.select(".grade").hasClass("changed")).isTrue();
        assertThat(row.select(".actual").hasClass("changed")).isFalse();
        assertThat(page.select("tr.snapshot-row td.changed")).hasSize(1);
        assertThat(page.select("tr.snapshot-row")).hasSize(page("/target-table?fy=2021").select("td.item").size());
    }

    @Test
    void saysAYearWithoutSnapshotIsNotClosed() throws Exception {
        Document page = page("/target-table/snapshot?fy=2022");
        assertThat(page.select(".flash.info").text()).isEqualTo("この年度は締められていないため、締め時点の版はありません。");
        assertThat(page("/target-table?fy=2022").select(".snapshot-notice, .snapshot-changed")).isEmpty();
    }
}
