package jp.bansou.budget.web;

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
 * The budget pages in headless Chromium under the application's CSP: the monthly chart draws from the
 * demo budget, and the ledger warns (htmx) before an amount takes a line over its budget.
 */
@BansouBrowserTest
class BudgetBrowserTest {

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
    void drawsTheMonthlySpendingChart() {
        browser.forgetSession();
        browser.open("/login");
        browser.logIn("viewer", "demo");
        browser.driver().findElement(By.linkText("予算")).click();
        browser.open("/budget?fy=2022");
        browser.waitUntil(d -> "2022".equals(browser.find("#budget-chart").getDomAttribute("data-rendered")));
        assertThat(browser.find("#budget-chart canvas").getSize().getHeight()).isGreaterThan(100);
        assertThat(browser.text("tr.grand-total .spent")).isEqualTo("1,236,880");
        browser.screenshot("budget");
        browser.logOut();
    }

    @Test
    void warnsWhileTypingAnAmountOverTheLinesBudgetAndAsksForAReason() {
        browser.forgetSession();
        browser.open("/login");
        browser.logIn("kawamoto", "demo");
        browser.open("/budget/ledger?fy=2022");
        Select lines = new Select(browser.find("#lineId"));
        lines.selectByIndex(1);
        browser.find("#amount").sendKeys("99999999");
        browser.waitUntil(d -> browser.text("#budget-warning").contains("超えます"));
        browser.find("#payee").sendKeys("テスト");
        browser.find("#purpose").sendKeys("テスト");
        browser.find(".spending-form button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".over-budget")).isEmpty());
        assertThat(browser.text(".over-budget")).contains("超過の理由を入力すると登録できます");
        browser.screenshot("budget-ledger-warning");
        browser.logOut();
    }
}
