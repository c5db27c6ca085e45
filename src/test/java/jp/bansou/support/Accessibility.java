package jp.bansou.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The accessibility check every page a browser test visits goes through: axe-core's rules for form
 * labels, colour contrast and tab order, then a walk through the page with the Tab key (focus moves
 * forward in document order, reaches every interactive element and shows where it is). Each page
 * (its path without ids, and which messages it shows) is checked once per test run.
 */
final class Accessibility {

    /** Labels of every form control, contrast, and the rules on tabindex and focus order. */
    private static final List<String> RULES = List.of("label", "select-name", "button-name", "color-contrast",
            "tabindex", "focus-order-semantics");
    private static final String AXE = resource("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js");
    private static final String FOCUS_START = resource("/browser/focus-start.js");
    private static final String FOCUS_END = resource("/browser/focus-end.js");
    private static final int MAX_TABS = 600;

    private static final Set<String> axeChecked = ConcurrentHashMap.newKeySet();
    private static final Set<String> focusChecked = ConcurrentHashMap.newKeySet();

    private Accessibility() {
    }

    /** Checks the page now shown, unless a page like it was checked already; fails listing what is wrong. */
    static void check(ChromeDriver driver) {
        @SuppressWarnings("unchecked")
        List<String> page = (List<String>) driver.executeScript("""
                return [location.pathname.replace(/\\/\\d+(?=\\/|$)/g, '/{id}').replace(/\\/[0-9a-f-]{20,}(?=\\/|$)/g, '/{key}'),
                        [...document.querySelectorAll('.flash, .field-error')].map(f => f.className).sort().join(' '),
                        String(document.querySelector('[hx-trigger*="every"]') !== null)]""");
        String path = page.get(0);
        List<String> problems = new ArrayList<>();
        if (axeChecked.add(path + " " + page.get(1))) {
            problems.addAll(axe(driver));
        }
        // a page that polls replaces its elements while the keys walk through them
        if (!Boolean.parseBoolean(page.get(2)) && focusChecked.add(path)) {
            problems.addAll(focusOrder(driver));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Accessibility of " + driver.getCurrentUrl() + ":\n  " + String.join("\n  ", problems));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> axe(ChromeDriver driver) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(AXE);
        }
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'rule', values: arguments[0]}, resultTypes: ['violations']})
                    .then(r => done({violations: r.violations.map(v => v.id + ' (' + v.help + '): '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.failureSummary.replace(/\\s+/g, ' ')).join('; ')
                        + (v.nodes.length > 3 ? ' … and ' + (v.nodes.length - 3) + ' more' : ''))}),
                          e => done({error: String(e)}));""", RULES);
        if (result.containsKey("error")) {
            return List.of("axe failed: " + result.get("error"));
        }
        return (List<String>) result.get("violations");
    }

    @SuppressWarnings("unchecked")
    private static List<String> focusOrder(ChromeDriver driver) {
        long presses = (Long) driver.executeScript(FOCUS_START);
        // one chain of real key presses; the page notes where each one puts the focus
        Actions tabs = new Actions(driver);
        for (int i = 0; i < Math.min(MAX_TABS, presses); i++) {
            tabs.sendKeys(Keys.TAB);
        }
        tabs.perform();
        return (List<String>) driver.executeScript(FOCUS_END);
    }

    private static String resource(String name) {
        try (InputStream in = Accessibility.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
