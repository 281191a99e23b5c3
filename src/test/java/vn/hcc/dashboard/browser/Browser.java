package vn.hcc.dashboard.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromedriver}, never one Selenium Manager would fetch)
 * with its own profile and download folder, and the few page actions the suite needs: open a route by URL, sign in
 * through the real login form, wait until Vaadin has answered every request, read and fill components by id.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** True when Vaadin's client has started and none of its requests is under way. */
    private static final String VAADIN_IDLE = "return document.readyState === 'complete' && !!window.Vaadin"
            + " && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
            + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())";

    /** Selenium looks for a DevTools binding of this Chromium; the suite needs none (it sends CDP commands raw). */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    final String baseUrl;
    final String name;
    final ChromeDriver driver;
    final Path profile;
    final Path downloads;

    Browser(String baseUrl, String name) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.name = name;
        try {
            profile = Files.createTempDirectory("hcc-browser-profile");
            downloads = Files.createTempDirectory("hcc-browser-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--disable-search-engine-choice-screen",
                "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=vi", "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "vi,vi-VN"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
    }

    // ---- navigation -----------------------------------------------------------------------------------------

    /** Opens {@code path} ("" for the home page, "admin/users", "intake?code=X") by URL and waits for Vaadin. */
    Browser open(String path) {
        driver.get(baseUrl + "/" + path);
        waitIdle();
        return this;
    }

    /** Signs in through the login form as a demo account and waits for the page it lands on. */
    Browser signIn(DemoAccount account) {
        return signIn(account.username, DemoAccount.PASSWORD);
    }

    Browser signIn(String username, String password) {
        open("login");
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name=username]"));
        WebElement pass = driver.findElement(By.cssSelector("vaadin-login-form input[name=password]"));
        user.sendKeys(username);
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
        waitUntil(d -> !d.getCurrentUrl().equals(baseUrl + "/login"));
        waitIdle();
        return this;
    }

    /** The path of the current URL without the leading slash, e.g. "login?error". */
    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl + "/") ? url.substring(baseUrl.length() + 1) : url;
    }

    // ---- waiting --------------------------------------------------------------------------------------------

    void waitIdle() {
        waitUntil(d -> (Boolean) ((JavascriptExecutor) d).executeScript(VAADIN_IDLE));
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return waitUntil(TIMEOUT, condition);
    }

    <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(50));
        return wait.until(condition::apply);
    }

    WebElement waitFor(By by) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
    }

    // ---- reading and filling --------------------------------------------------------------------------------

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    WebElement byId(String id) {
        return waitFor(By.id(id));
    }

    boolean exists(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** The text as rendered (innerText), also of elements inside a component's light DOM. */
    String text(String id) {
        return (String) js("const e = document.getElementById(arguments[0]); return e ? e.innerText.trim() : null;",
                id);
    }

    /** Types into a Vaadin text field (its slotted input) and leaves it, so the value reaches the server. */
    void type(String id, String text) {
        WebElement input = byId(id).findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitIdle();
    }

    /**
     * Types {@code text} into the {@code index}th input of a field (a date picker's "dd/MM/yyyy", a date-time
     * picker's date 0 and time 1) over what it held, and commits it with Enter as a user would.
     */
    void typeInto(String id, int index, String text) {
        WebElement input = byId(id).findElements(By.cssSelector("input")).get(index);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        waitIdle();
    }

    /** The value of a Vaadin field (text field, combo box, select) as the client holds it. */
    String value(String id) {
        return (String) js("const e = document.getElementById(arguments[0]); return e ? String(e.value ?? '') : null;",
                id);
    }

    /** Chooses in a Vaadin combo box the first item whose label contains {@code text}, by typing and the keyboard. */
    void choose(String comboBoxId, String text) {
        WebElement input = byId(comboBoxId).findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(text);
        waitIdle();
        // the filtered items arrive lazily: wait until the server's items (they have a key) are in the overlay
        waitUntil(d -> (Boolean) js("const c = document.getElementById(arguments[0]);"
                + " return !!c.opened && !c.loading && Array.isArray(c.filteredItems) && c.filteredItems.length > 0"
                + " && !!c.filteredItems[0] && c.filteredItems[0].key !== undefined;", comboBoxId));
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        waitIdle();
    }

    /** Opens a Vaadin select and clicks the first item whose label contains {@code text}. */
    void select(String selectId, String text) {
        byId(selectId).click();
        WebElement item = waitUntil(d -> {
            for (WebElement i : d.findElements(By.cssSelector("vaadin-select-item"))) {
                if (i.isDisplayed() && i.getText().contains(text)) {
                    return i;
                }
            }
            return null;
        });
        item.click();
        waitIdle();
    }

    /** A Vaadin component is enabled when it lacks the {@code disabled} attribute (WebDriver's check misses it). */
    boolean enabled(String id) {
        return byId(id).getDomAttribute("disabled") == null;
    }

    /** Clicks a component by id (a button, an anchor) and waits for Vaadin. */
    void click(String id) {
        byId(id).click();
        waitIdle();
    }

    /** The notifications on screen (Vaadin's card texts). */
    List<String> notifications() {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) js("return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                + ".map(c => c.innerText.trim()).filter(t => t.length > 0);");
        return texts;
    }

    /**
     * The rendered body rows of a Vaadin grid, in order, as the cells' texts (enough for the short grids the suite
     * reads: rows scrolled out of view are not rendered).
     */
    @SuppressWarnings("unchecked")
    List<List<String>> gridRows(String id) {
        waitIdle();
        return (List<List<String>>) js("const g = document.getElementById(arguments[0]);"
                + " return Array.from(g.shadowRoot.querySelectorAll('#items tr'))"
                + "  .filter(tr => !tr.hidden && tr.index !== undefined && tr.index < g.size)"
                + "  .sort((a, b) => a.index - b.index)"
                + "  .map(tr => Array.from(tr.querySelectorAll('td')).map(td => {"
                + "     const slot = td.querySelector('slot');"
                + "     const nodes = slot ? slot.assignedNodes({flatten: true}) : [];"
                + "     return nodes.map(n => (n.innerText !== undefined ? n.innerText : n.textContent)).join('').trim();"
                + "  }));", id);
    }

    /** The texts of a Vaadin grid's footer row (the last shown one), one per column. */
    @SuppressWarnings("unchecked")
    List<String> gridFooter(String id) {
        waitIdle();
        return (List<String>) js("const g = document.getElementById(arguments[0]);"
                + " const rows = Array.from(g.shadowRoot.querySelectorAll('tfoot tr')).filter(r => !r.hidden);"
                + " return Array.from(rows[rows.length - 1].querySelectorAll('td')).map(td => {"
                + "   const slot = td.querySelector('slot');"
                + "   const nodes = slot ? slot.assignedNodes({flatten: true}) : [];"
                + "   return nodes.map(n => (n.innerText !== undefined ? n.innerText : n.textContent)).join('').trim();"
                + " });", id);
    }

    /** Paths of the side navigation's entries ("" for the home page). */
    @SuppressWarnings("unchecked")
    List<String> menuPaths() {
        return (List<String>) js("return Array.from(document.querySelectorAll('vaadin-side-nav-item'))"
                + ".map(i => (i.getAttribute('path') || '').replace(/^\\//, ''));");
    }

    // ---- files ----------------------------------------------------------------------------------------------

    /** Saves what the browser shows as {@code target/browser-screenshots/<name>.png}. */
    Path screenshot(String fileName) {
        try {
            Path dir = Path.of("target", "browser-screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(fileName.replaceAll("[^A-Za-z0-9._-]+", "_") + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a finished download (Chromium writes {@code .crdownload} until it is complete). */
    Path downloaded(String suffix) {
        return waitUntil(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
                    return null;
                }
                return all.stream().filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
            delete(downloads);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
