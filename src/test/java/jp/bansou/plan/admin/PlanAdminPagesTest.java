package jp.bansou.plan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanAdminQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The plan's admin pages: each renders, each action leaves an audit row, staff and viewers get 403. */
@BansouSpringTest
@Transactional
class PlanAdminPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired PlanAdminQueries adminQueries;
    @Autowired OrganizationQueries organization;
    @Autowired JdbcClient jdbc;

    DemoUsers demo;
    SeedItems seed;
    long item;
    long area;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
        seed = new SeedItems(plan, organization);
        item = seed.row("定性分析数", SeedItems.FY2021).itemId();
        area = adminQueries.item(seed.associationId(), item).orElseThrow().areaId();
    }

    @Test
    void everyPageRendersForAnAdmin() throws Exception {
        for (String page : List.of("/admin/plan", "/admin/areas", "/admin/areas/" + area, "/admin/areas/" + area + "/delete",
                "/admin/items", "/admin/items/new", "/admin/items/" + item, "/admin/items/" + item + "/retire?from=2023",
                "/admin/targets")) {
            mvc.perform(get(page).with(demo.as("admin"))).andExpect(status().isOk());
            mvc.perform(get(page).param("lang", "en").with(demo.as("admin"))).andExpect(status().isOk());
        }
    }

    @Test
    void theItemsPageListsItemsInTableOrderWithTheirSubItems() throws Exception {
        Document page = Html.parse(mvc.perform(get("/admin/items").with(demo.as("admin"))).andExpect(status().isOk()).andReturn());
        List<String> names = page.select("tr.item td.name").eachText();
        assertThat(names).contains("巡回・窓口相談件数(合計)", "うち 巡回相談件数", "うち 窓口相談件数");
        assertThat(names.indexOf("うち 巡回相談件数")).isEqualTo(names.indexOf("巡回・窓口相談件数(合計)") + 1);
    }

    @Test
    void anHtmxMoveAnswersWithTheListInItsNewOrder() throws Exception {
        Document fragment = Html.parse(mvc.perform(post("/admin/items/" + item + "/move").param("delta", "-1")
                .header("HX-Request", "true").with(csrf()).with(demo.as("admin"))).andExpect(status().isOk()).andReturn());
        List<String> names = fragment.select("#items tr.item td.name").eachText();
        assertThat(names.indexOf("定性分析数")).isEqualTo(names.indexOf("財務分析数") - 1);
        assertThat(fragment.select("header.app-header")).isEmpty();
    }

    @Test
    void everyActionLeavesAnAuditRow() throws Exception {
        long other = seed.row("事業計画策定数", SeedItems.FY2021).itemId();
        long otherArea = adminQueries.item(seed.associationId(), other).orElseThrow().areaId();
        List<MockHttpServletRequestBuilder> actions = List.of(
                post("/admin/plan").param("name", "第1期計画").param("first", "令和3年度").param("last", "令和8年度"),
                post("/admin/areas").param("name", "新しい事業").param("guideline", "2"),
                post("/admin/areas/" + area).param("name", "経営状況の分析").param("guideline", "1").param("version", "0"),
                post("/admin/areas/" + area + "/move").param("delta", "1"),
                post("/admin/items").param("area", "" + area).param("name", "新しい項目").param("unit", "KEN")
                        .param("comparator", "AT_LEAST"),
                post("/admin/items/" + item).param("name", "定性分析件数").param("unit", "KEN").param("comparator", "EXACT")
                        .param("version", "0"),
                post("/admin/items/" + item + "/move").param("delta", "-1"),
                post("/admin/items/" + item + "/area").param("area", "" + otherArea),
                post("/admin/items/" + item + "/parent").param("parent", "" + other),
                post("/admin/items/" + item + "/retire").param("from", "2023"),
                post("/admin/targets").param("t_" + other + "_2023", "120"));
        for (MockHttpServletRequestBuilder action : actions) {
            long before = auditRows();
            mvc.perform(action.with(csrf()).with(demo.as("admin"))).andExpect(status().is3xxRedirection())
                    .andExpect(flash().attributeCount(1));
            assertThat(auditRows()).as(action.toString()).isEqualTo(before + 1);
        }
    }

    @Test
    void deletingAnAreaAsksFirstAndIsRefusedNamingItsItems() throws Exception {
        Document confirm = Html.parse(mvc.perform(get("/admin/areas/" + area + "/delete").with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());
        assertThat(confirm.select("ul.affected li").eachText()).contains("財務分析数", "定性分析数");
        mvc.perform(post("/admin/areas/" + area + "/delete").with(csrf()).with(demo.as("admin")))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("定性分析数")));

        mvc.perform(post("/admin/areas").param("name", "空の事業").with(csrf()).with(demo.as("admin")));
        long empty = adminQueries.areas(seed.associationId()).stream().filter(a -> a.name().equals("空の事業"))
                .findFirst().orElseThrow().id();
        long before = auditRows();
        mvc.perform(post("/admin/areas/" + empty + "/delete").with(csrf()).with(demo.as("admin")))
                .andExpect(redirectedUrl("/admin/areas")).andExpect(flash().attribute("done", true));
        assertThat(adminQueries.area(seed.associationId(), empty)).isEmpty();
        assertThat(auditRows()).isEqualTo(before + 1);
    }

    @Test
    void aWrongGridCellIsNamedAndNothingIsSaved() throws Exception {
        long other = seed.row("事業計画策定数", SeedItems.FY2021).itemId();
        long before = auditRows();
        Document page = Html.parse(mvc.perform(post("/admin/targets").param("t_" + other + "_2023", "120")
                .param("t_" + item + "_2024", "abc").with(csrf()).with(demo.as("admin"))).andExpect(status().isOk()).andReturn());
        assertThat(page.select("ul.grid-errors li").eachText())
                .containsExactly("「定性分析数」令和6年度: 目標は数値で入力してください（「abc」）");
        assertThat(page.select("input[name=t_" + item + "_2024]").attr("value")).isEqualTo("abc");
        assertThat(auditRows()).isEqualTo(before);
    }

    @Test
    void aFormWithoutANameSaysWhichFieldIsMissing() throws Exception {
        mvc.perform(post("/admin/items").param("area", "" + area).param("name", " ").param("unit", "KEN")
                        .param("comparator", "AT_LEAST").with(csrf()).with(demo.as("admin")))
                .andExpect(flash().attribute("problem", "項目名を入力してください"));
        mvc.perform(post("/admin/plan").param("name", "計画").param("first", "来年").param("last", "2025")
                        .with(csrf()).with(demo.as("admin")))
                .andExpect(flash().attribute("problem", "最初の年度は年度（例: 2023 または 令和5年度）で入力してください"));
    }

    @Test
    void staffAndViewersGetForbidden() throws Exception {
        for (String user : List.of("kawamoto", "viewer", "sasaki")) {
            for (String page : List.of("/admin/plan", "/admin/areas", "/admin/items", "/admin/items/" + item,
                    "/admin/items/" + item + "/retire", "/admin/targets", "/admin/areas/" + area + "/delete")) {
                mvc.perform(get(page).with(demo.as(user))).andExpect(status().isForbidden());
            }
            for (String action : List.of("/admin/plan", "/admin/areas", "/admin/areas/" + area + "/move",
                    "/admin/areas/" + area + "/delete", "/admin/items", "/admin/items/" + item + "/move",
                    "/admin/items/" + item + "/area", "/admin/items/" + item + "/parent",
                    "/admin/items/" + item + "/retire", "/admin/targets")) {
                mvc.perform(post(action).param("delta", "1").with(csrf()).with(demo.as(user)))
                        .andExpect(status().isForbidden());
            }
        }
    }

    private long auditRows() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
    }
}
