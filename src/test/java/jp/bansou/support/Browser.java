package jp.bansou.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through the installed chromedriver (given by path, so Selenium
 * Manager never runs or downloads anything), with the page actions the browser tests share.
 */
public final class Browser implements AutoCloseable {

    static final File DRIVER = new File("/usr/bin/chromedriver");
    static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int WIDTH = 1400;
    /** The printable width of A4 landscape with the style sheet's 8 mm margins: 281 mm at 96 dpi. */
    private static final int A4_LANDSCAPE_WIDTH = 1062;

    private final ChromeDriver driver;
    private final String baseUrl;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=ja", "--window-size=" + WIDTH + ",900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        baseUrl = "http://localhost:" + port;
    }

    /** For {@code @EnabledIf}: both Debian packages are installed. */
    public static boolean isInstalled() {
        return DRIVER.canExecute() && CHROMIUM.canExecute();
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Starts over without a session, as a new visitor. */
    public void forgetSession() {
        open("/login");
        driver.manage().deleteAllCookies();
    }

    public void logIn(String username, String password) {
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find(".login-box button[type=submit]").click();
        waitUntil(d -> !path().startsWith("/login"));
    }

    public void logOut() {
        find(".app-header .logout button").click();
        waitUntil(d -> path().startsWith("/login"));
    }

    /** Waits up to 10 s; an element replaced while the page moves on (htmx swap, redirect) is looked up again. */
    public void waitUntil(ExpectedCondition<Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** Saves the whole page (not only the window) as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        return capture(name, WIDTH);
    }

    /** As {@link #screenshot}, with the print style sheet, as wide as an A4 landscape page prints. */
    public Path printScreenshot(String name) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            return capture(name, A4_LANDSCAPE_WIDTH);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** The whole page at the given width, through the DevTools protocol (a window screenshot stops at the window). */
    @SuppressWarnings("unchecked")
    private Path capture(String name, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        Map<String, Number> size = (Map<String, Number>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        // the capture drops the scroll bar, so the page lays out as wide as the whole window
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", script("return window.innerWidth"),
                "height", size.get("height"), "scale", 1);
        String png = (String) driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(WIDTH, 900));
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
