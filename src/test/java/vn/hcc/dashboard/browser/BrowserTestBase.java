package vn.hcc.dashboard.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The browser suite drives an app that is already running at {@code APP_URL} (README command 1: production bundle,
 * demo data) in headless Chromium; it starts no Spring context. Tagged {@code browser}, so that {@code ./mvnw test}
 * leaves it out, and disabled without {@code APP_URL}. Each test class opens the browsers it needs (one per signed-in
 * user or public device) and closes them after its last test; a failing test leaves a screenshot of every open
 * browser in {@code target/browser-screenshots/FAILED-…}.
 */
@Tag("browser")
@EnabledIfEnvironmentVariable(named = "APP_URL", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserTestBase.ScreenshotOnFailure.class)
abstract class BrowserTestBase {

    static final String APP_URL = System.getenv("APP_URL");

    private final List<Browser> browsers = new ArrayList<>();

    /** A new browser with its own profile (cookies, session, downloads); closed after the class. */
    synchronized Browser browser(String name) {
        Browser b = new Browser(APP_URL, name);
        browsers.add(b);
        return b;
    }

    /** A new browser signed in as {@code account}. */
    Browser signedIn(DemoAccount account) {
        return browser(account.username).signIn(account);
    }

    /**
     * Adds a public device (Quản trị › Quầy giao dịch › Thiết bị công cộng) of the kind whose label contains
     * {@code kind}, bound to {@code counter} when not null; returns its registration link.
     */
    static String registerDevice(Browser admin, String name, String kind, String counter) {
        admin.click("device-new");
        admin.type("device-name", name);
        admin.choose("device-kind", kind);
        if (counter != null) {
            admin.choose("device-counter", counter);
        }
        admin.click("save");
        String link = admin.value("registration-link");
        admin.click("registration-link-close");
        return link;
    }

    @AfterAll
    void closeBrowsers() {
        for (Browser b : browsers) {
            try {
                b.close();
            } catch (RuntimeException e) {
                System.err.println("closing browser " + b.name + ": " + e);
            }
        }
        browsers.clear();
    }

    static final class ScreenshotOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            context.getTestInstance().filter(BrowserTestBase.class::isInstance).map(BrowserTestBase.class::cast)
                    .ifPresent(test -> {
                        List<Browser> open;
                        synchronized (test) {
                            open = List.copyOf(test.browsers);
                        }
                        for (Browser b : open) {
                            try {
                                System.err.println("screenshot of " + b.name + " at " + b.driver.getCurrentUrl() + ": "
                                        + b.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName()
                                                + "-" + context.getRequiredTestMethod().getName() + "-" + b.name));
                            } catch (RuntimeException e) {
                                System.err.println("no screenshot of " + b.name + ": " + e);
                            }
                        }
                    });
        }
    }
}
