package jp.bansou.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import jp.bansou.activity.ActivityFixtures;
import jp.bansou.activity.ActivityImports;
import jp.bansou.organization.BansouUser;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodLocks;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.Html;
import jp.bansou.support.KarteFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * With May 2022 closed: quick entry, the records API and the import API refuse records dated in it,
 * in Japanese and storing nothing; an admin's quick entry with a reason goes through.
 */
@BansouSpringTest
@Transactional
class RecordLockTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;
    @Autowired PeriodLocks locks;
    @Autowired ActivityImports imports;
    @Autowired JdbcClient jdbc;

    private ActivityFixtures fixtures;
    private Logins logins;

    @BeforeEach
    void closeMay() {
        fixtures = new ActivityFixtures(context);
        logins = new Logins(users);
        locks.close((BansouUser) users.loadUserByUsername("admin"), Period.month(FiscalYear.of(2022), 5));
    }

    private MockHttpServletRequestBuilder visit(String date, String reason) {
        return post("/activities/new").with(csrf())
                .param("date", date).param("kindId", String.valueOf(fixtures.kind("巡回相談").id()))
                .param("business", "（サンプル）事業所001").param("staffIds", String.valueOf(fixtures.staff("河本")))
                .param("note", "締め確認").param("changeReason", reason);
    }

    private long records() {
        return jdbc.sql("SELECT COUNT(*) FROM activity_record").query(Long.class).single();
    }

    @Test
    void refusesStaffsQuickEntryDatedInTheClosedMonthBesideTheDate() throws Exception {
        long before = records();
        Document page = Html.parse(mvc.perform(visit("2022-05-20", "").with(logins.as("kawamoto")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".field:has(#date) .field-error").text())
                .isEqualTo("令和4年度 5月は締められています。締めた期間の数値を変更できるのは管理者だけです");
        assertThat(page.select("#changeReason")).isEmpty();
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void takesAnAdminsQuickEntryWithAReason() throws Exception {
        long before = records();
        Document refused = Html.parse(mvc.perform(visit("2022-05-20", "").with(logins.as("admin")))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.select(".field:has(#date) .field-error").text()).endsWith("変更理由を入力してください");
        assertThat(refused.select("#changeReason")).hasSize(1);
        mvc.perform(visit("2022-05-20", "紙の記録から転記").with(logins.as("admin")))
                .andExpect(status().isFound());
        assertThat(records()).isEqualTo(before + 1);
    }

    @Test
    void answersTheRecordsApiWith409() throws Exception {
        long before = records();
        mvc.perform(post("/api/v1/activities").with(httpBasic("kawamoto", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"date": "2022-05-02", "kind": "巡回相談", "business": "（サンプル）事業所001",
                                 "staff": ["河本"]}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0]").value(
                        "令和4年度 5月は締められています。締めた期間の数値を変更できるのは管理者だけです"));
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void refusesAWholeImportFileNamingTheLineInTheClosedMonth() throws Exception {
        KarteFiles.saveProfile(imports, fixtures.association());
        String csv = "記録ID,相談日,相談区分,事業所名,地区,担当者\r\n"
                + KarteFiles.visit("C-1", "2022/4/28", "締め前商店") + "\r\n"
                + KarteFiles.visit("C-2", "2022/5/1", "締め中商店") + "\r\n";
        long before = records();
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "締め.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("profile", KarteFiles.PROFILE).with(httpBasic("kawamoto", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("相談日"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "令和4年度 5月は締められているため取り込めません")));
        assertThat(records()).isEqualTo(before);
    }
}
