package jp.bansou.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import jp.bansou.activity.ActivityImports;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The import pages: upload, mapping with a preview, check with unknown names mapped, result, list and undo. */
@BansouSpringTest
@Transactional
class ImportPagesTest {

    static final String CSV = "相談日,相談区分,事業所名,地区,担当者,備考\r\n"
            + "2022/6/1,巡回相談,画面商店,川尻,佐々木 太郎,\"初回, 訪問\"\r\n"
            + "2022/6/2,巡回相談,画面商店,川尻,河本,\r\n";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ActivityImports imports;
    @Autowired OrganizationQueries organization;

    final MockHttpSession session = new MockHttpSession();

    BansouUser as(String name) {
        return (BansouUser) users.loadUserByUsername(name);
    }

    String upload(String name, String text) throws Exception {
        return mvc.perform(multipart("/imports/new")
                        .file(new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8)))
                        .param("encoding", "").session(session).with(user(as("kawamoto"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/imports/pending/*"))
                .andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void walksFromUploadToResultAndMatchesTheSavedProfileNextTime() throws Exception {
        String pending = upload("karte-web.csv", CSV);
        mvc.perform(get(pending).session(session).with(user(as("kawamoto"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ファイル: karte-web.csv（UTF-8）")))
                .andExpect(content().string(containsString("<option value=\"date\" selected=\"selected\">日付</option>")))
                .andExpect(content().string(containsString("初回, 訪問")));
        String[] fields = {"date", "kind", "business", "district", "staff", "note"};
        var check = post(pending + "/check").session(session).with(user(as("kawamoto"))).with(csrf());
        for (int i = 0; i < fields.length; i++) {
            check.param("fields[" + i + "]", fields[i]);
        }
        mvc.perform(get(startedJob(check)).session(session).with(user(as("kawamoto")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("職員「佐々木 太郎」は登録されていません")))
                .andExpect(content().string(containsString("name=\"staffFrom[0]\" value=\"佐々木 太郎\"")))
                .andExpect(content().string(matchesPattern("(?s).*action=\"[^\"]*/check\"[^>]*>(?:(?!</form>).)*name=\"_csrf\".*")));
        var run = post(pending + "/run").session(session).with(user(as("kawamoto"))).with(csrf())
                .param("staffFrom[0]", "佐々木 太郎").param("staffTo[0]", "佐々木").param("profileName", "画面取込")
                .param("fy", "2022");
        for (int i = 0; i < fields.length; i++) {
            run.param("fields[" + i + "]", fields[i]);
        }
        mvc.perform(get(startedJob(run)).session(session).with(user(as("kawamoto")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2件を取り込みました")));
        long association = as("kawamoto").associationId();
        assertThat(imports.profile(association, "画面取込").orElseThrow().mapping().staffNames())
                .containsEntry("佐々木 太郎", "佐々木");

        String next = upload("karte-web-2.csv", CSV.replace("2022/6/2", "2022/6/3"));
        mvc.perform(get(next).session(session).with(user(as("kawamoto"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("見出しが一致する取込設定「画面取込」を適用しました。")))
                .andExpect(content().string(containsString("name=\"staffTo[0]\" value=\"佐々木\"")));
    }

    @Test
    void showsTheErrorsWhenTheFileIsRefusedAndStoresNothing() throws Exception {
        String pending = upload("bad.csv", CSV.replace("2022/6/2", "令和元年13月1日"));
        mvc.perform(get(startedJob(post(pending + "/run").session(session).with(user(as("kawamoto"))).with(csrf())
                        .param("fields[0]", "date").param("fields[1]", "kind").param("fields[2]", "business")
                        .param("fields[3]", "district").param("fields[4]", "staff")
                        .param("staffFrom[0]", "佐々木 太郎").param("staffTo[0]", "佐々木")))
                        .session(session).with(user(as("kawamoto"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("取り込めませんでした。何も保存されていません。")))
                .andExpect(content().string(containsString("日付として読めません: 令和元年13月1日")));
        assertThat(imports.batches(as("kawamoto").associationId())).isEmpty();
    }

    @Test
    void listsBatchesAndUndoesOneAfterConfirmation() throws Exception {
        String pending = upload("undo.csv", CSV.replace("佐々木 太郎", "佐々木"));
        mvc.perform(get(startedJob(post(pending + "/run").session(session).with(user(as("kawamoto"))).with(csrf())
                        .param("fields[0]", "date").param("fields[1]", "kind").param("fields[2]", "business")
                        .param("fields[3]", "district").param("fields[4]", "staff")))
                        .session(session).with(user(as("kawamoto"))))
                .andExpect(content().string(containsString("2件を取り込みました")));
        long id = imports.batches(as("kawamoto").associationId()).get(0).id();
        mvc.perform(get("/imports").with(user(as("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("undo.csv")))
                .andExpect(content().string(not(containsString("/imports/" + id + "/undo"))));
        mvc.perform(get("/imports/" + id + "/undo").with(user(as("sasaki"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("よろしいですか")));
        mvc.perform(post("/imports/" + id + "/undo").with(user(as("sasaki"))).with(csrf()))
                .andExpect(redirectedUrl("/imports")).andExpect(flash().attributeExists("undone"));
        mvc.perform(get("/imports").with(user(as("sasaki"))))
                .andExpect(content().string(containsString("取消済み")));
    }

    @Test
    void offersToSkipTheWrongRowsAndImportsTheOthersWhenAsked() throws Exception {
        String pending = upload("partly-bad.csv", CSV.replace("佐々木 太郎", "佐々木").replace("2022/6/2", "令和元年13月1日"));
        String[] fields = {"date", "kind", "business", "district", "staff"};
        var check = post(pending + "/check").session(session).with(user(as("kawamoto"))).with(csrf());
        var run = post(pending + "/run").session(session).with(user(as("kawamoto"))).with(csrf())
                .param("skipBadRows", "true");
        for (int i = 0; i < fields.length; i++) {
            check.param("fields[" + i + "]", fields[i]);
            run.param("fields[" + i + "]", fields[i]);
        }
        mvc.perform(get(startedJob(check)).session(session).with(user(as("kawamoto")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"skipBadRows\" value=\"true\"")))
                .andExpect(content().string(containsString("誤りのある行を除いて取り込む")));
        mvc.perform(get(startedJob(run)).session(session).with(user(as("kawamoto"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1件を取り込みました")))
                .andExpect(content().string(containsString("誤りのある行は取り込んでいません（誤り 1件")))
                .andExpect(content().string(containsString("日付として読めません: 令和元年13月1日")));
    }

    /** Posts the check or run step and follows it to the job's page (the job ran in the request here). */
    String startedJob(org.springframework.test.web.servlet.RequestBuilder run) throws Exception {
        return mvc.perform(run).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/imports/jobs/*"))
                .andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void keepsViewersOutAndSendsExpiredUploadsBack() throws Exception {
        mvc.perform(get("/imports/new").with(user(as("viewer")))).andExpect(status().isForbidden());
        mvc.perform(get("/imports/pending/nothing").session(session).with(user(as("kawamoto"))))
                .andExpect(redirectedUrl("/imports/new")).andExpect(flash().attribute("expired", true));
    }
}
