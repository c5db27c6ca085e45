package jp.bansou.activity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.bansou.support.BansouBrowserTest;
import jp.bansou.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An import in headless Chromium, as staff do it: upload, map, check and import, the check and the
 * import each running in the background while the page polls them (htmx, under the CSP) and then
 * shows their outcome.
 */
@BansouBrowserTest
class ImportBrowserTest {

    private static Browser browser;

    @TempDir Path dir;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void checksAndImportsAFileWhileThePageFollowsTheJobs() throws IOException {
        Path file = dir.resolve("browser-import.csv");
        StringBuilder csv = new StringBuilder("相談日,相談区分,事業所名,地区,担当者\r\n");
        for (int i = 1; i <= 300; i++) {
            int month = 1 + i % 12;
            csv.append(month >= 4 ? 2022 : 2023).append('/').append(month).append('/').append(1 + i % 28)
                    .append(",巡回相談,ブラウザ商店").append(i).append(",川尻,河本\r\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        browser.forgetSession();
        browser.open("/login");
        browser.logIn("kawamoto", "demo");
        browser.open("/imports/new");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.find(".import-form button[type=submit]").click();
        browser.waitUntil(d -> browser.path().startsWith("/imports/pending/"));
        browser.find("form.import-form[action$='/check'] button[type=submit]").click();

        browser.waitUntil(d -> browser.text("h1").equals("内容の確認"));
        assertThat(browser.text(".flash.success")).contains("問題はありません");
        browser.find("button[formaction$='/run']").click();

        browser.waitUntil(d -> browser.text("h1").equals("取込結果"));
        assertThat(browser.path()).startsWith("/imports/jobs/");
        assertThat(browser.text(".flash.success")).contains("300件を取り込みました");
        browser.screenshot("import-result");
    }
}
