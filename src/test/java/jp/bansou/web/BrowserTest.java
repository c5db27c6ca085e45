package jp.bansou.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.bansou.support.BansouBrowserTest;
import jp.bansou.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A staff member's round through the real pages in headless Chromium: log in, read the table,
 * change the year (htmx swaps the table in place), save an actual, look at the other pages, log out;
 * a save over a change made meanwhile in a second window is refused; the table downloads as Excel and
 * PDF. Screenshots go to target/screenshots.
 */
@BansouBrowserTest
class BrowserTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @BeforeEach
    void newVisitor() {
        browser.forgetSession();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void staffMemberChangesTheYearAndSavesAnActual() {
        browser.open("/target-table");
        assertThat(browser.path()).startsWith("/login");
        browser.logIn("kawamoto", "demo");
        readTheFy2021Table();
        switchToFy2022InPlace();
        saveAnActual("小規模事業者数等調査実施回数", "2");
        browser.logOut();
        assertThat(browser.text(".login-box .info")).isEqualTo("ログアウトしました。");
    }

    @Test
    void reviewerDecidesAGradeOnTheItemPage() {
        browser.open("/login");
        browser.logIn("sasaki", "demo");
        browser.open("/target-table?fy=2021");
        assertThat(browser.find("#target-table .grade-override").getDomAttribute("title"))
                .isEqualTo("提案A → 決定B: 令和3年度目標管理表の評価を移行");
        browser.driver().findElement(By.linkText("金融相談企業数")).click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#grading form.grade-form")).isEmpty());
        assertThat(browser.text("#grading .rate")).isEqualTo("80.0%");
        new Select(browser.find("#grading select#code")).selectByValue("A");
        browser.find("#grading textarea#reason").clear();
        browser.find("#grading button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#grading .flash.error")).isEmpty());
        browser.find("#grading textarea#reason").sendKeys("3月の相談が未集計だったため");
        browser.find("#grading button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#grading .flash.success")).isEmpty());
        assertThat(browser.text("#grading .decision")).contains("（提案B → 決定A）", "3月の相談が未集計だったため", "佐々木");
        assertThat(browser.path()).startsWith("/items/").doesNotEndWith("/grade");
        browser.screenshot("item-grade");
        browser.logOut();
    }

    @Test
    void viewerReadsMembersAndFiveYearTargets() {
        browser.open("/login");
        browser.logIn("viewer", "demo");

        browser.open("/target-table?fy=1800");
        assertThat(browser.text("main h1")).isEqualTo("入力が正しくありません");
        browser.screenshot("bad-year");

        browser.open("/members");
        assertThat(browser.text(".organisation-rate")).isEqualTo("60.3%");
        browser.screenshot("members");

        browser.open("/five-year");
        assertThat(browser.text("table.five-year tbody")).contains("173%");
        browser.screenshot("five-year");
        browser.logOut();
    }

    @Test
    void aSecondWindowSavesFirstAndTheFirstWindowIsToldItsSaveIsStale() {
        browser.open("/login");
        browser.logIn("kawamoto", "demo");
        browser.open("/target-table?fy=2022");
        browser.driver().findElement(By.linkText("記帳継続企業数")).click();
        browser.waitUntil(d -> browser.path().startsWith("/items/"));
        String item = browser.path();

        String first = browser.openSecondWindow(item);
        browser.find("#note").clear();
        browser.find("#note").sendKeys("二つ目の窓で保存");
        browser.find(".item-form button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".flash.success")).isEmpty());
        browser.driver().close();

        browser.switchToWindow(first);
        browser.find("#note").clear();
        browser.find("#note").sendKeys("一つ目の窓で保存");
        browser.find(".item-form button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".flash.error table.rejected")).isEmpty());
        assertThat(browser.text(".flash.error p")).startsWith("他の人がこの項目を先に保存したため、保存できませんでした。");
        assertThat(browser.text(".flash.error table.rejected")).contains("一つ目の窓で保存");
        assertThat(browser.find("#note").getDomProperty("value")).isEqualTo("二つ目の窓で保存");
        browser.screenshot("item-stale");
        browser.logOut();
    }

    @Test
    void downloadsTheTableAsExcelAndPdf() throws IOException {
        browser.open("/login");
        browser.logIn("viewer", "demo");
        browser.open("/target-table?fy=2021");
        assertThat(start(browser.download("a.download-xlsx", ".xlsx"), 4)).isEqualTo("PK\u0003\u0004");
        assertThat(start(browser.download("a.download-pdf", ".pdf"), 5)).isEqualTo("%PDF-");
        browser.logOut();
    }

    /** Every page of the navigation and the forms behind it go through the browser's accessibility check as they open. */
    @Test
    void adminOpensEveryPageOfTheNavigation() {
        browser.open("/login");
        browser.logIn("admin", "demo");
        List<String> pages = new ArrayList<>(browser.driver().findElements(By.cssSelector(".app-header nav a")).stream()
                .map(a -> a.getDomAttribute("href")).toList());
        assertThat(pages).contains("/target-table", "/admin/publication");
        pages.addAll(List.of("/notifications", "/activities/new", "/businesses", "/businesses/new", "/imports/new",
                "/budget/ledger", "/schedule/events/new", "/admin/activity-kinds", "/admin/support-categories"));
        for (String page : pages) {
            browser.open(page);
            assertThat(browser.find("main h1").getText()).as(page).isNotBlank()
                    .isNotIn("エラーが発生しました", "入力が正しくありません", "権限がありません", "見つかりません");
        }
        browser.logOut();
    }

    /** A file's first bytes, where its format puts its magic number. */
    private static String start(Path file, int bytes) throws IOException {
        assertThat(Files.size(file)).isGreaterThan(1000);
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(bytes), StandardCharsets.ISO_8859_1);
        }
    }

    private void readTheFy2021Table() {
        browser.open("/target-table?fy=2021");
        assertThat(browser.text("h1 .year")).isEqualTo("令和3年度");
        assertThat(browser.text("table.target-table")).contains("3,035", "各指導員9名×400件 = 3,600件");
        browser.screenshot("target-table");
        browser.printScreenshot("target-table-print");
    }

    /** The year select swaps the table through htmx: the page is not reloaded, the address follows. */
    private void switchToFy2022InPlace() {
        browser.script("window.bansouNotReloaded = true");
        new Select(browser.find("select#fy")).selectByValue("2022");
        browser.waitUntil(d -> browser.text("h1 .year").equals("令和4年度"));
        assertThat(browser.script("return window.bansouNotReloaded === true")).isEqualTo(true);
        assertThat(browser.path()).isEqualTo("/target-table?fy=2022");
    }

    private void saveAnActual(String item, String actual) {
        browser.driver().findElement(By.linkText(item)).click();
        browser.waitUntil(d -> browser.path().startsWith("/items/"));
        assertThat(browser.text("h1")).contains(item, "令和4年度");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#grading .grading-facts")).isEmpty());
        browser.find("#actual").clear();
        browser.find("#actual").sendKeys(actual);
        browser.find(".item-form button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".flash.success")).isEmpty());
        assertThat(browser.text(".flash.success")).isEqualTo("保存しました。");
        assertThat(browser.find("#actual").getDomProperty("value")).isEqualTo(actual);
        browser.screenshot("item");
    }
}
