package jp.bansou.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.bansou.support.BansouBrowserTest;
import jp.bansou.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Publication in headless Chromium: the admin closes FY2021 and publishes it, a visitor without a login
 * reads the public page; then the admin withdraws it and reopens the year, as the other browser tests
 * (sharing this database) expect FY2021 open.
 */
@BansouBrowserTest
class PublicationBrowserTest {

    private static final String PUBLIC_PAGE = "/public/kure-koiki/2021";

    private static Browser browser;

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
    void adminClosesAndPublishesAYearThatAVisitorThenReadsLoggedOut() {
        browser.forgetSession();
        browser.open("/login");
        browser.logIn("admin", "demo");
        closeFy2021();
        browser.open("/admin/publication");
        browser.find("#fy-2021 .publish-form button").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#fy-2021 a.public-link")).isEmpty());
        assertThat(browser.find(".flash.success").isDisplayed()).isTrue();
        browser.logOut();

        browser.open(PUBLIC_PAGE);
        assertThat(browser.path()).isEqualTo(PUBLIC_PAGE);
        assertThat(browser.text("h1")).contains("呉広域商工会", "令和3年度");
        assertThat(browser.text("table.public-table")).contains("金融相談企業数");
        assertThat(browser.driver().findElements(By.cssSelector(".app-header nav"))).isEmpty();
        browser.screenshot("public-page");

        browser.open("/login");
        browser.logIn("admin", "demo");
        withdrawAndReopen();
        browser.logOut();
        browser.open(PUBLIC_PAGE);
        assertThat(browser.driver().findElements(By.cssSelector("table.public-table"))).isEmpty();
    }

    private void closeFy2021() {
        browser.open("/admin/periods");
        new Select(browser.find(".close-form select[name=fy]")).selectByValue("2021");
        new Select(browser.find(".close-form select[name=kind]")).selectByValue("YEAR");
        browser.find(".close-form button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".flash.success")).isEmpty());
        assertThat(browser.text("table.closed-periods")).contains("令和3年度");
    }

    private void withdrawAndReopen() {
        browser.open("/admin/publication");
        browser.find("#fy-2021 .withdraw-form button").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".flash.success")).isEmpty());
        browser.open("/admin/periods");
        browser.find(".reopen-form input[name=reason]").sendKeys("ブラウザテストの後始末");
        browser.find(".reopen-form button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".flash.success")).isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector("table.closed-periods"))).isEmpty();
    }
}
