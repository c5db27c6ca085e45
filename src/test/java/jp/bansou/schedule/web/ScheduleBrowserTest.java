package jp.bansou.schedule.web;

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
 * The schedule in headless Chromium: 河本 adds a seminar from the nav's スケジュール, finds it overdue
 * in the grid, marks it held from the grid (htmx swaps the chip in place) and the target table counts it.
 */
@BansouBrowserTest
class ScheduleBrowserTest {

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
    void addsASeminarAndMarksItHeldFromTheGrid() {
        browser.forgetSession();
        browser.open("/login");
        browser.logIn("kawamoto", "demo");
        browser.find(".app-header nav a[href='/schedule']").click();
        browser.open("/schedule/events/new?fy=2022");
        new Select(browser.find("select#areaId")).selectByIndex(1);
        new Select(browser.find("select#kindId")).selectByVisibleText("セミナー");
        browser.find("input#title").sendKeys("人材活用セミナー");
        browser.script("document.querySelector('input#month').value = '2022-06'");
        browser.find("input#place").sendKeys("本所 会議室");
        browser.screenshot("schedule-event-form");
        browser.find("form.event-form button[type=submit]").click();
        browser.waitUntil(d -> browser.path().equals("/schedule?fy=2022"));

        assertThat(browser.text(".schedule-grid .event.overdue .title")).isEqualTo("人材活用セミナー");
        browser.find(".schedule-grid .event.overdue details.mark-done summary").click();
        browser.script("document.querySelector('.event.overdue input[name=date]').value = '2022-06-20'");
        new Select(browser.find(".event.overdue select[name=categoryId]")).selectByVisibleText("人材育成");
        browser.find(".event.overdue details.mark-done button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".schedule-grid .event.status-done")).isEmpty());

        assertThat(browser.text(".schedule-grid .event.status-done .held")).isEqualTo("実施日 2022-06-20");
        assertThat(browser.driver().findElements(By.cssSelector(".schedule-grid .event.overdue"))).isEmpty();
        assertThat(browser.path()).isEqualTo("/schedule?fy=2022");
        browser.screenshot("schedule-grid");
        browser.open("/schedule/month?month=2022-06");
        browser.screenshot("schedule-month");
        browser.open("/schedule/feed");
        assertThat(browser.find("input.mine-feed").getAttribute("value")).matches("http://localhost:\\d+/calendar/.+/mine\\.ics");
        browser.screenshot("schedule-feed");
        browser.logOut();
    }
}
