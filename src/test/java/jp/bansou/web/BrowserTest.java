package jp.bansou.web;

import static org.assertj.core.api.Assertions.assertThat;

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
 * change the year (htmx swaps the table in place), save an actual, look at the other pages, log out.
 * Screenshots go to target/screenshots.
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
