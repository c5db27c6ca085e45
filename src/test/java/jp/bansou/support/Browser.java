package jp.bansou.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through the installed chromedriver (given by path, so Selenium
 * Manager never runs or downloads anything), with the page actions the browser tests share. Every page
 * it opens or waits on goes through the {@link Accessibility} check; downloads land in a directory of
 * their own under target/browser-downloads.
 */
public final class Browser implements AutoCloseable {

    static final File DRIVER = new File("/usr/bin/chromedriver");
    static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path FAILURE_SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final Set<Browser> OPEN = new CopyOnWriteArraySet<>();
    private static final int WIDTH = 1400;
    /** The printable width of A4 landscape with the style sheet's 8 mm margins: 281 mm at 96 dpi. */
    private static final int A4_LANDSCAPE_WIDTH = 1062;

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path downloads;

    public Browser(int port) {
        downloads = Path.of("target", "browser-downloads", UUID.randomUUID().toString()).toAbsolutePath();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=ja", "--window-size=" + WIDTH + ",900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        baseUrl = "http://localhost:" + port;
        OPEN.add(this);
    }

    /** The browsers not closed yet, for the screenshots of a failed test. */
    static Set<Browser> allOpen() {
        return OPEN;
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
        checkAccessibility();
    }

    /** Opens a second window of this browser (the same session) and switches to it; returns the first one's handle. */
    public String openSecondWindow(String path) {
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.WINDOW);
        open(path);
        return first;
    }

    public void switchToWindow(String handle) {
        driver.switchTo().window(handle);
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

    /**
     * Waits up to 10 s; an element replaced while the page moves on (htmx swap, redirect) is looked up
     * again. The page as it then is goes through the accessibility check.
     */
    public void waitUntil(ExpectedCondition<Boolean> condition) {
        waitUntil(condition, Duration.ofSeconds(10));
    }

    /** As {@link #waitUntil(ExpectedCondition)}, for something that takes longer. */
    public void waitUntil(ExpectedCondition<Boolean> condition, Duration timeout) {
        waitFor(condition, timeout);
        checkAccessibility();
    }

    private void waitFor(ExpectedCondition<Boolean> condition, Duration timeout) {
        new WebDriverWait(driver, timeout)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Checks the page once it has loaded and htmx has no request under way. */
    private void checkAccessibility() {
        waitFor(d -> Boolean.TRUE.equals(script(
                "return document.readyState === 'complete' && !document.querySelector('.htmx-request')")),
                Duration.ofSeconds(10));
        Accessibility.check(driver);
    }

    /**
     * Clicks the link and waits up to 30 s for the file it downloads (its name ending with the
     * suffix) to arrive complete.
     */
    public Path download(String linkCss, String suffix) {
        find(linkCss).click();
        // Chromium writes to a .crdownload file and gives it its name when it is complete
        waitFor(d -> downloaded(suffix).size() == 1, Duration.ofSeconds(30));
        return downloaded(suffix).get(0);
    }

    private List<Path> downloaded(String suffix) {
        if (!Files.isDirectory(downloads)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** Saves the whole page (not only the window) as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        return capture(name, WIDTH);
    }

    /** What the window shows when a test failed, under target/browser-screenshots; a page that cannot be captured is left out. */
    void failureScreenshot(String name) {
        try {
            Files.createDirectories(FAILURE_SCREENSHOTS);
            Files.write(FAILURE_SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot of the failed test " + name + ": " + e);
        }
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
        OPEN.remove(this);
        driver.quit();
    }
}
