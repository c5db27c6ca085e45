package jp.bansou.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Saves what every open browser shows when a browser test fails, as
 * target/browser-screenshots/{class}.{test}[-{n}].png, before the class closes its browsers.
 */
public final class BrowserScreenshots implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        int n = 0;
        for (Browser browser : Browser.allOpen()) {
            browser.failureScreenshot(n++ == 0 ? name : name + "-" + n);
        }
    }
}
