package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.CheckInQueries;
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

/**
 * A check-in posted and returned and a status set by hand through the pages show in the item page's
 * history and in the admins' search, named in Japanese, with who did it.
 */
@BansouSpringTest
@Transactional
class ProgressHistoryPageTest {

    /** Reviewer 佐々木, lead 河本; typed in by hand. */
    private static final String SURVEY = "小規模事業者数等調査実施回数";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired CheckInQueries checkIns;

    private DemoUsers demo;
    private long survey;
    private long association;

    @BeforeEach
    void setUp() {
        SeedItems seed = new SeedItems(plan, organization);
        demo = new DemoUsers(users);
        survey = seed.itemYearId(SURVEY, SeedItems.FY2022);
        association = seed.associationId();
    }

    @Test
    void showsCheckInsAndAHandSetStatusInTheItemsHistoryAndTheSearch() throws Exception {
        mvc.perform(post("/items/{id}/check-ins", survey).with(csrf()).with(demo.as("kawamoto"))
                .param("asOf", "2022-06-30").param("figureToDate", "1").param("status", "ATTENTION")
                .param("comment", "回収待ち")).andExpect(status().is3xxRedirection());
        long checkIn = checkIns.history(association, survey).get(0).id();
        mvc.perform(post("/items/{id}/check-ins/{c}/return", survey, checkIn).with(csrf()).with(demo.as("sasaki"))
                .param("comment", "回収数も書いてください")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/items/{id}/pace/status", survey).with(csrf()).with(demo.as("sasaki"))
                .param("status", "BEHIND").param("comment", "回収が進まない")).andExpect(status().is3xxRedirection());

        Document item = page("/items/" + survey);
        assertThat(item.select("tr.audit-row").subList(0, 3)).extracting(r -> r.select(".type").text(),
                        r -> r.select(".action").text(), r -> r.select(".who").text())
                .containsExactly(tuple("進捗状況（手動設定）", "変更", "佐々木"),
                        tuple("チェックイン", "差戻し", "佐々木"),
                        tuple("チェックイン", "作成", "河本"));
        Element returned = page("/admin/audit?type=CHECK_IN").select("tr.audit-row").first();
        assertThat(returned.select(".after").text()).isEqualTo("状態: 差戻し; コメント: 回収数も書いてください");
        assertThat(returned.select(".subject a").attr("href")).isEqualTo("/items/" + survey);
        assertThat(page("/admin/audit").select("select[name=type] option").eachText())
                .contains("チェックイン", "進捗状況（手動設定）", "月別計画", "進捗の判定基準");
    }

    private Document page(String path) throws Exception {
        return Html.parse(mvc.perform(get(path).with(demo.as("admin"))).andExpect(status().isOk()).andReturn());
    }
}
