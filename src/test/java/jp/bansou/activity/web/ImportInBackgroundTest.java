package jp.bansou.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jp.bansou.activity.ActivityImports;
import jp.bansou.organization.BansouUser;
import jp.bansou.support.Html;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The import as it runs in production: on a background thread, its page polling the progress until
 * the result; and uploads over the server's multipart limit refused with 413 (API) or a message
 * (pages). Its own database, since the background import commits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:bansou-jobs-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.servlet.multipart.max-file-size=64KB",
    "spring.servlet.multipart.max-request-size=64KB"
})
class ImportInBackgroundTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ActivityImports imports;
    @LocalServerPort int port;

    final MockHttpSession session = new MockHttpSession();

    BansouUser kawamoto() {
        return (BansouUser) users.loadUserByUsername("kawamoto");
    }

    @Test
    void runsTheImportInTheBackgroundAndShowsItsProgressThenItsResult() throws Exception {
        String pending = mvc.perform(multipart("/imports/new").file(new MockMultipartFile("file", "background.csv",
                        "text/csv", ImportPagesTest.CSV.replace("佐々木 太郎", "佐々木").getBytes(StandardCharsets.UTF_8)))
                        .session(session).with(user(kawamoto())).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        String job = mvc.perform(post(pending + "/run").session(session).with(user(kawamoto())).with(csrf())
                        .param("fields[0]", "date").param("fields[1]", "kind").param("fields[2]", "business")
                        .param("fields[3]", "district").param("fields[4]", "staff"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(job).startsWith("/imports/jobs/");

        MvcResult progress = pollUntilDone(job);
        assertThat(progress.getResponse().getHeader("HX-Redirect")).isEqualTo(job);
        assertThat(Html.parse(progress).select("#import-progress").attr("hx-get"))
                .isEqualTo(job + "/progress");

        String result = mvc.perform(get(job).session(session).with(user(kawamoto())))
                .andReturn().getResponse().getContentAsString();
        assertThat(result).contains("2件を取り込みました");
        assertThat(imports.batches(kawamoto().associationId())).extracting(b -> b.fileName()).contains("background.csv");

        int otherUser = mvc.perform(get(job).with(user(users.loadUserByUsername("sasaki"))))
                .andReturn().getResponse().getStatus();
        assertThat(otherUser).isEqualTo(404);
    }

    /** The page's htmx poll, repeated until the job is done (it is a few rows: well within the bound). */
    private MvcResult pollUntilDone(String job) throws Exception {
        for (int i = 0; i < 600; i++) {
            MvcResult poll = mvc.perform(get(job + "/progress").header("HX-Request", "true")
                    .session(session).with(user(kawamoto()))).andReturn();
            assertThat(poll.getResponse().getStatus()).isEqualTo(200);
            if (poll.getResponse().getHeader("HX-Redirect") != null) {
                return poll;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import job did not finish");
    }

    @Test
    void answersAnApiUploadOverTheServerLimitWith413AndJson() throws Exception {
        HttpResponse<String> response = postMultipart("/api/v1/imports", "kawamoto:demo");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(response.body()).contains("ファイルが大きすぎます（送信できる上限 64 KB）");
    }

    private HttpResponse<String> postMultipart(String path, String credentials) throws Exception {
        String boundary = "bansou-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "x".repeat(100 * 1024) + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
