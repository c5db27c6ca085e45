package jp.bansou.report.sheetimport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The pages: upload → preview → mapping → confirm as an admin; 403 for everybody else. */
@BansouSpringTest
@Transactional
class SheetImportPagesTest {

    private static final FiscalYear FY2030 = FiscalYear.of(2030);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;

    @Test
    void uploadPreviewMapAndConfirm() throws Exception {
        SeedItems seed = new SeedItems(plan, organization);
        MockHttpSession session = new MockHttpSession();
        String csv = "事業,項目別事項,目標,達成状況,実績,音戸,倉橋,川尻,安浦,安芸灘,本所分,確認者,主担当,副担当,備考\r\n"
                + "新事業,新項目,12回以上,A,15,1,2,3,4,5,0,佐々木,河本,,\r\n";
        mvc.perform(multipart("/admin/sheet-import").file(new MockMultipartFile("file", "新表.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("fy", "2030").session(session).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/sheet-import/preview"));

        Document preview = page(session);
        assertThat(preview.select(".sheet-import-rows tbody tr td.action").text()).isEqualTo("新規");
        assertThat(preview.select(".sheet-import-mapping select[name='district:本所分']")).hasSize(1);
        assertThat(preview.select(".sheet-import-blocking").text()).contains("地区「本所分」はこの商工会にありません");
        assertThat(preview.select("form.sheet-import-confirm")).isEmpty();

        mvc.perform(post("/admin/sheet-import/mapping").param("district:本所分", String.valueOf(seed.districtId("本所")))
                        .session(session).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/sheet-import/preview"));
        Document mapped = page(session);
        assertThat(mapped.select(".sheet-import-blocking")).isEmpty();
        assertThat(mapped.select(".sheet-import-summary .created").text()).isEqualTo("項目 新規 1");
        assertThat(mapped.select("form.sheet-import-confirm")).hasSize(1);

        mvc.perform(post("/admin/sheet-import/confirm").session(session).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/sheet-import?fy=2030"));
        assertThat(seed.row("新項目", FY2030).target().format()).isEqualTo("12回以上");
        assertThat(seed.row("新項目", FY2030).districtText(seed.districtId("本所"))).isEqualTo("0");
        assertThat(session.getAttribute(SheetImportDraft.SESSION_KEY)).isNull();
    }

    @Test
    void badFileShowsItsErrorsOnTheUploadPage() throws Exception {
        String csv = "事業,項目別事項,目標,達成状況,実績,確認者,主担当,副担当\r\n事業,項目,多い,,,佐々木,河本,\r\n";
        Document page = Html.parse(mvc.perform(multipart("/admin/sheet-import").file(new MockMultipartFile("file", "誤.csv",
                        "text/csv", csv.getBytes(StandardCharsets.UTF_8))).param("fy", "2030").with(admin()).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".sheet-import-errors li").text()).isEqualTo("「誤.csv」 2行目「目標」: 目標が数値ではありません（多い）");
    }

    @Test
    void isLinkedFromTheTargetTableAndOffersTheTemplate() throws Exception {
        Document table = Html.parse(mvc.perform(get("/target-table").param("fy", "2021").with(admin())).andReturn());
        assertThat(table.select("a.sheet-import-link").attr("href")).isEqualTo("/admin/sheet-import?fy=2021");
        String csv = mvc.perform(get("/admin/sheet-import/template.csv").param("fy", "2021").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF事業,項目別事項,目標").contains("経営状況分析 (指針①),財務分析数,108件,A,123,1,20,21,27,9,45,歴数,各指導員,藤本,各指導員9名×12件 = 108件");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kawamoto", "viewer", "sasaki"})
    void refusesEveryoneButAdmins(String username) throws Exception {
        DemoUsers as = new DemoUsers(users);
        mvc.perform(get("/admin/sheet-import").with(as.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/sheet-import/template.csv").param("fy", "2021").with(as.as(username)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/sheet-import").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[1]))
                .param("fy", "2030").with(as.as(username)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sheet-import/confirm").with(as.as(username)).with(csrf())).andExpect(status().isForbidden());
        Document table = Html.parse(mvc.perform(get("/target-table").param("fy", "2021").with(as.as(username))).andReturn());
        assertThat(table.select("a.sheet-import-link")).isEmpty();
    }

    private Document page(MockHttpSession session) throws Exception {
        return Html.parse(mvc.perform(get("/admin/sheet-import/preview").session(session).with(admin()))
                .andExpect(status().isOk()).andReturn());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return new DemoUsers(users).as("admin");
    }
}
