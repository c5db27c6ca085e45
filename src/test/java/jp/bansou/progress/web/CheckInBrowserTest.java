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

/**
 * A check-in round in headless Chromium through htmx: the lead (河本) posts from "my items", the
 * reviewer (佐々木) follows the notification in the header and returns it with a comment, and the
 * lead finds it returned in "my items" and in his notifications; he posts it again and the reviewer
 * confirms it.
 */
@BansouBrowserTest
class CheckInBrowserTest {

    private static final String SURVEY = "小規模事業者数等調査実施回数";

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
    void leadPostsReviewerReturnsLeadPostsAgainReviewerConfirms() {
        browser.forgetSession();
        browser.open("/login");
        browser.logIn("kawamoto", "demo");
        postACheckIn("2022-06-30", "1", "BEHIND", "回収が遅れている");
        assertThat(browser.text("#check-ins .check-in .status")).isEqualTo("遅れ");
        browser.logOut();

        browser.logIn("sasaki", "demo");
        returnItFromTheNotification();
        browser.logOut();

        browser.logIn("kawamoto", "demo");
        assertThat(browser.text(".app-header .notifications-link .unread-count")).isEqualTo("1");
        browser.open("/my-items?fy=2022");
        assertThat(browser.text(".waiting .returned li a")).isEqualTo(SURVEY);
        browser.screenshot("my-items-returned");
        postACheckIn("2022-07-31", "2", "ON_TRACK", "回収数 2件");
        browser.logOut();

        browser.logIn("sasaki", "demo");
        confirmItFromTheNotification();
        browser.logOut();
    }

    private void postACheckIn(String asOf, String figure, String status, String comment) {
        browser.open("/my-items?fy=2022");
        assertThat(browser.text(".app-header nav a[href='/my-items']")).isEqualTo("担当項目");
        browser.driver().findElement(By.linkText(SURVEY)).click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#check-ins form.check-in-form")).isEmpty());
        browser.script("document.querySelector('#check-ins #asOf').value = '" + asOf + "'");
        browser.find("#check-ins #figureToDate").sendKeys(figure);
        new Select(browser.find("#check-ins select#status")).selectByValue(status);
        browser.find("#check-ins textarea#comment").sendKeys(comment);
        browser.find("#check-ins form.check-in-form button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#check-ins .flash.success")).isEmpty());
        assertThat(browser.text("#check-ins .check-in .date")).isEqualTo(asOf);
        assertThat(browser.text("#check-ins .check-in .check-in-state")).isEqualTo("確認待ち");
        assertThat(browser.path()).startsWith("/items/").doesNotContain("/check-ins");
    }

    private void confirmItFromTheNotification() {
        browser.find(".app-header .notifications-link").click();
        browser.waitUntil(d -> browser.path().startsWith("/notifications"));
        browser.find(".notification-list li.unread button").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#check-ins .review-form")).isEmpty());
        browser.find("#check-ins .review-form textarea").sendKeys("了解しました");
        browser.find("#check-ins .review-form button:not(.return)").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#check-ins .flash.success")).isEmpty());
        assertThat(browser.text("#check-ins .flash.success")).isEqualTo("チェックインを確認しました。");
        assertThat(browser.text("#check-ins .check-in .state")).contains("確認済み", "佐々木", "了解しました");
        assertThat(browser.driver().findElements(By.cssSelector("#check-ins .review-form"))).isEmpty();
        browser.screenshot("item-check-in-confirmed");
    }

    private void returnItFromTheNotification() {
        assertThat(browser.text(".app-header .notifications-link .unread-count")).isEqualTo("1");
        browser.find(".app-header .notifications-link").click();
        browser.waitUntil(d -> browser.path().startsWith("/notifications"));
        assertThat(browser.text(".notification-list li.unread .message")).contains(SURVEY, "河本さんがチェックインしました（遅れ）");
        browser.find(".notification-list li.unread button").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#check-ins .review-form")).isEmpty());
        browser.find("#check-ins .review-form button.return").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#check-ins .flash.error")).isEmpty());
        assertThat(browser.text("#check-ins .flash.error")).isEqualTo("差戻しにはコメントを入力してください");
        browser.find("#check-ins .review-form textarea").sendKeys("回収数も書いてください");
        browser.find("#check-ins .review-form button.return").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#check-ins .flash.success")).isEmpty());
        assertThat(browser.text("#check-ins .check-in .state")).contains("差戻し", "佐々木", "回収数も書いてください");
        assertThat(browser.find(".app-header .notifications-link").findElements(By.cssSelector(".unread-count"))).isEmpty();
        browser.screenshot("item-check-in-returned");
    }
}
