package jp.bansou.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@BansouSpringTest
@Transactional
class ImportApiTest {

    static final String PROFILE = """
            {"記録ID": "recordId", "相談日": "date", "相談区分": "kind", "事業所名": "business", "地区": "district",
             "担当者": "staff", "備考": "note", "staff": {"佐々木 太郎": "佐々木"}}""";
    static final String CSV = "記録ID,相談日,相談区分,事業所名,地区,担当者,備考\r\n"
            + "A-1,2022/5/10,巡回相談,API商店,音戸,佐々木 太郎,\"月次, 確認\"\r\n"
            + "A-2,2022/5/11,窓口相談,API商店,音戸,河本,\r\n";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void saveProfile() throws Exception {
        mvc.perform(put("/api/v1/import-profiles/{name}", "API取込").contentType(MediaType.APPLICATION_JSON)
                        .content(PROFILE).with(httpBasic("kawamoto", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns.相談日").value("date"))
                .andExpect(jsonPath("$.staff.['佐々木 太郎']").value("佐々木"));
    }

    MockMultipartHttpServletRequestBuilder upload(String name, String text) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/imports");
        request.file(new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8)));
        return request;
    }

    long records() {
        return jdbc.sql("SELECT COUNT(*) FROM activity_record").query(Long.class).single();
    }

    @Test
    void importsAFileAndUndoesIt() throws Exception {
        long before = records();
        String location = mvc.perform(upload("api.csv", CSV).param("profile", "API取込").param("fy", "令和4年度")
                        .with(httpBasic("kawamoto", "demo")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/imports/")))
                .andExpect(jsonPath("$.stored").value(2))
                .andExpect(jsonPath("$.skipped").value(0))
                .andReturn().getResponse().getHeader("Location");
        assertThat(records()).isEqualTo(before + 2);
        mvc.perform(get(location).with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.createdBy").value("kawamoto"));
        mvc.perform(upload("again.csv", CSV).param("profile", "API取込").with(httpBasic("kawamoto", "demo")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].message", startsWith("このファイルはすでに")));
        mvc.perform(delete(location).with(httpBasic("sasaki", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.deleted").value(2));
        assertThat(records()).isEqualTo(before);
        mvc.perform(delete(location).with(httpBasic("sasaki", "demo"))).andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/imports/999999").with(httpBasic("sasaki", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void choosesTheProfileByTheHeadersWhenNoneIsNamed() throws Exception {
        mvc.perform(upload("api.csv", CSV).with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stored").value(2));
    }

    @Test
    void answers422WithEveryErrorAndStoresNothing() throws Exception {
        long before = records();
        mvc.perform(upload("bad.csv", CSV + "A-3,令和元年13月1日,巡回相談,API商店,広島,山田,\r\n")
                        .param("profile", "API取込").with(httpBasic("kawamoto", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errorCount").value(3))
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("相談日"))
                .andExpect(jsonPath("$.errors[0].message").value("日付として読めません: 令和元年13月1日"))
                .andExpect(jsonPath("$.errors[1].message").value("職員「山田」は登録されていません"))
                .andExpect(jsonPath("$.errors[2].text").value("4行目「地区」: 地区「広島」は登録されていません"));
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void answers422ForAProfileWithAnUnknownField() throws Exception {
        mvc.perform(put("/api/v1/import-profiles/{name}", "壊れた設定").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"日付\": \"day\"}").with(httpBasic("admin", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", startsWith("列「日付」の項目「day」はありません")));
        mvc.perform(put("/api/v1/import-profiles/{name}", "壊れた設定").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"日付\": \"date\", \"staff\": {\"佐藤\": \"佐藤\"}}").with(httpBasic("admin", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("項目「活動種別」に割り当てた列がありません"))
                .andExpect(jsonPath("$.errors[1].message").value("職員の読み替え「佐藤」→「佐藤」: 職員「佐藤」は登録されていません"));
    }

    @Test
    void forbidsViewers() throws Exception {
        mvc.perform(upload("api.csv", CSV).param("profile", "API取込").with(httpBasic("viewer", "demo")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(put("/api/v1/import-profiles/{name}", "x").contentType(MediaType.APPLICATION_JSON)
                .content(PROFILE).with(httpBasic("viewer", "demo"))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/imports/1").with(httpBasic("viewer", "demo"))).andExpect(status().isForbidden());
        mvc.perform(upload("api.csv", CSV)).andExpect(status().isUnauthorized());
    }
}
