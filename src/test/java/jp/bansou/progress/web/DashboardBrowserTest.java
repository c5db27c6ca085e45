package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.bansou.support.BansouBrowserTest;
import jp.bansou.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard's chart in headless Chromium, under the application's CSP: ECharts draws a canvas. */
@BansouBrowserTest
class DashboardBrowserTest {

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
    void drawsTheMonthlyChartAndRedrawsItForAnotherItem() {
        browser.forgetSession();
        browser.open("/login");
        browser.logIn("viewer", "demo");
        assertThat(browser.path()).isEqualTo("/dashboard");
        browser.open("/dashboard?fy=2022&asOf=2022-09-30");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#pace-chart canvas")).isEmpty()
                && rendered() != null);
        Select items = new Select(browser.find("select#chart-item"));
        assertThat(rendered()).isEqualTo(items.getFirstSelectedOption().getDomAttribute("value"));
        String other = items.getOptions().get(1).getDomAttribute("value");
        items.selectByValue(other);
        browser.waitUntil(d -> other.equals(rendered()));
        assertThat(browser.find("#pace-chart canvas").getSize().getHeight()).isGreaterThan(100);
        browser.screenshot("dashboard");
        browser.logOut();
    }

    @Test
    void drawsTheItemsChartInThePaceSectionTheItemPageLoads() {
        browser.forgetSession();
        browser.open("/login");
        browser.logIn("viewer", "demo");
        browser.open("/target-table?fy=2022");
        browser.driver().findElement(By.linkText("記帳継続企業数")).click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#pace .pace-chart canvas")).isEmpty());
        assertThat(browser.text("#pace .pace-status")).isNotEmpty();
        browser.waitUntil(d -> browser.find("#pace .pace-chart").getDomAttribute("data-rendered") != null);
        assertThat(browser.find("#pace .pace-chart").getDomAttribute("data-rendered"))
                .isEqualTo(browser.find("#pace .pace-chart").getDomAttribute("data-item"));
        browser.screenshot("item-pace");
        browser.logOut();
    }

    /** The item-year id the chart last drew ("error" when its data failed to load), or null before. */
    private static String rendered() {
        return browser.find("#pace-chart").getDomAttribute("data-rendered");
    }
}
