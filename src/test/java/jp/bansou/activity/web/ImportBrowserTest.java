package jp.bansou.activity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.bansou.support.BansouBrowserTest;
import jp.bansou.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An import in headless Chromium, as staff do it: upload, map the columns the file names its own way,
 * check and import, the check and the import each running in the background while the page polls
 * them (htmx, under the CSP) and then shows their outcome; then the batch is undone.
 */
@BansouBrowserTest
class ImportBrowserTest {

    /** Enough rows that reading them outlasts the page's first look at the job. */
    private static final int ROWS = 5_000;

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
    void mapsChecksImportsWhileThePageFollowsTheJobsThenUndoes() throws IOException {
        Path file = dir.resolve("browser-import.csv");
        StringBuilder csv = new StringBuilder("訪問した日,手段,事業所名,地区,担当者,メモ\r\n");
        for (int i = 1; i <= ROWS; i++) {
            int month = 1 + i % 12;
            csv.append(month >= 4 ? 2022 : 2023).append('/').append(month).append('/').append(1 + i % 28)
                    .append(",巡回相談,ブラウザ商店").append(i % 300).append(",川尻,河本,訪問").append(i).append("\r\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        browser.forgetSession();
        browser.open("/login");
        browser.logIn("kawamoto", "demo");
        browser.open("/imports/new");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.find(".import-form button[type=submit]").click();
        browser.waitUntil(d -> browser.path().startsWith("/imports/pending/"));
        mapTheUnknownHeaders();
        browser.find("form.import-form[action$='/check'] button[type=submit]").click();

        Set<String> progress = followTheJob("内容の確認");
        assertThat(browser.text(".flash.success")).contains("問題はありません");
        browser.find("button[formaction$='/run']").click();
        progress.addAll(followTheJob("取込結果"));

        assertThat(progress).as("what the progress area showed while the jobs ran")
                .anyMatch(p -> p.matches("(?s).*[\\d,]+行を読みました.*"));
        assertThat(browser.path()).startsWith("/imports/jobs/");
        assertThat(browser.text(".flash.success")).contains("5,000件を取り込みました");
        browser.screenshot("import-result");
        undoTheBatch();
    }

    private void mapTheUnknownHeaders() {
        assertThat(browser.text("table.import-mapping label[for=fields0]")).isEqualTo("訪問した日");
        Select date = new Select(browser.find("select#fields0"));
        Select kind = new Select(browser.find("select#fields1"));
        assertThat(date.getFirstSelectedOption().getDomAttribute("value")).isEmpty();
        date.selectByValue("date");
        kind.selectByValue("kind");
        assertThat(new Select(browser.find("select#fields2")).getFirstSelectedOption().getText()).isEqualTo("事業所名");
        browser.screenshot("import-mapping");
    }

    /** Reads the progress area each time the page polls, until the page shows the job's outcome under this heading. */
    private Set<String> followTheJob(String outcomeHeading) {
        Set<String> seen = new LinkedHashSet<>();
        browser.waitUntil(d -> {
            for (WebElement area : d.findElements(By.cssSelector("#import-progress"))) {
                seen.add(area.getText());
            }
            return browser.text("h1").equals(outcomeHeading);
        }, Duration.ofSeconds(90));
        return seen;
    }

    private void undoTheBatch() {
        browser.open("/imports");
        WebElement batch = browser.driver().findElement(By.xpath("//table[@class='import-batches']//tr[td[text()='browser-import.csv']]"));
        String id = batch.findElement(By.cssSelector("td.num")).getText();
        batch.findElement(By.cssSelector("a.button")).click();
        browser.waitUntil(d -> browser.path().endsWith("/undo"));
        assertThat(browser.text(".flash.warning")).contains("browser-import.csv");
        browser.find("form.actions button.danger").click();
        browser.waitUntil(d -> browser.path().equals("/imports"));
        assertThat(browser.text(".flash.success")).isEqualTo("取込番号 " + id + " を取り消しました（5,000件の記録を削除）。");
        assertThat(browser.driver().findElements(By.xpath("//tr[contains(@class,'undone')][td[text()='browser-import.csv']]"))).hasSize(1);
        browser.logOut();
    }
}
