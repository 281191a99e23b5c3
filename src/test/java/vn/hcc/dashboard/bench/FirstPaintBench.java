package vn.hcc.dashboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hcc.dashboard.targets.Kpi;

/**
 * First paint of {@code /dashboard} in headless Chromium (Debian's {@code chromium} and {@code chromedriver}) against
 * the app of this JVM in production mode, signed in as a director: {@code bench.first-paint.rounds} (9; quick 5)
 * fresh page loads by URL (the browser cache kept, as for a returning user), each timed from the navigation's start
 * ({@code performance.now()} of the new document) by a probe that every new document runs from its first script on
 * and that looks every 5 ms:
 * <ul>
 * <li><b>cards</b>: every KPI card ({@code #cards .kpi-card}, one per {@link Kpi}) is laid out with its value
 * ({@code .card-value} not empty);</li>
 * <li><b>charts</b>: all six {@code vaadin-chart}s are there, each with Highcharts' SVG in its shadow root holding at
 * least one drawn series ({@code .highcharts-series-group .highcharts-series}); the series' entry animation may still
 * run;</li>
 * <li><b>anchor</b>: the empty route {@link EmptyRoute} of the same app (same main layout, same bundle) shows its
 * one text, loaded the same way, alternating with the dashboard so that both see the same machine.</li>
 * </ul>
 * Each line's ratio is the dashboard's median over the empty route's median: what the dashboard costs on top of the
 * app's own start. Lower is better, so the regression guard is a ceiling: a ratio above
 * {@code bench.ceiling.first-paint-cards} or {@code bench.ceiling.first-paint-charts} fails the run. Both default to
 * 6: measured 2,2–3,1× on the shared 2-core machine (quick and full), so ±50 % noise stays under it, while a dashboard
 * whose first paint doubles against the app's own start does not.
 */
class FirstPaintBench implements Bench {

    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
    /** The dashboard's charts: targets, trend, unit ranking, channels, resolved per month, queue. */
    static final int CHARTS = 6;
    static final double GOAL_CARDS_MILLIS = 1000;
    static final double GOAL_CHARTS_MILLIS = 1500;

    /** Installed in every new document: writes the times of the marks into {@code window.__paint}. */
    static final String PROBE = """
            (() => {
              const marks = window.__paint = {};
              const cardsReady = () => {
                const cards = document.querySelectorAll('#cards .kpi-card');
                if (cards.length < CARDS) return false;
                for (const c of cards) {
                  const v = c.querySelector('.card-value');
                  if (!v || !v.textContent.trim() || c.getBoundingClientRect().height === 0) return false;
                }
                return true;
              };
              const chartsReady = () => {
                const charts = document.querySelectorAll('vaadin-chart');
                if (charts.length < CHARTS) return false;
                for (const ch of charts) {
                  const svg = ch.shadowRoot && ch.shadowRoot.querySelector('svg.highcharts-root');
                  if (!svg || !svg.querySelector('.highcharts-series-group .highcharts-series')) return false;
                }
                return true;
              };
              const tick = () => {
                const t = performance.now();
                const empty = document.getElementById('EMPTY');
                if (!marks.empty && empty && empty.textContent.trim()) marks.empty = t;
                if (!marks.cards && cardsReady()) marks.cards = t;
                if (!marks.charts && chartsReady()) marks.charts = t;
                if (!marks.empty && !(marks.cards && marks.charts) && t < 60000) setTimeout(tick, 5);
              };
              tick();
            })();
            """.replace("CARDS", String.valueOf(Kpi.values().length)).replace("CHARTS", String.valueOf(CHARTS))
            .replace("EMPTY", EmptyRoute.ID);

    @Override
    public Result run(Context context) throws Exception {
        BenchSettings s = context.settings();
        int rounds = s.getInt("bench.first-paint.rounds", 9, 5);
        double ceilingCards = s.getDouble("bench.ceiling.first-paint-cards", 6.0, 6.0);
        double ceilingCharts = s.getDouble("bench.ceiling.first-paint-charts", 6.0, 6.0);
        String user = new PushSetup(context).directors(1).getFirst();
        String base = "http://localhost:" + context.port();
        List<Double> empty = new ArrayList<>();
        List<Double> cards = new ArrayList<>();
        List<Double> charts = new ArrayList<>();
        Path profile = Files.createTempDirectory("bench-chromium");
        ChromeDriver driver = chromium(profile);
        try {
            signIn(driver, base, user);
            for (int i = 0; i < 2; i++) { // warm-up: the JIT, the browser's cache of the bundle
                load(driver, base + "/bench-empty");
                load(driver, base + "/dashboard");
            }
            for (int i = 0; i < rounds; i++) {
                empty.add(load(driver, base + "/bench-empty").get("empty").doubleValue());
                Map<String, Number> dashboard = load(driver, base + "/dashboard");
                cards.add(dashboard.get("cards").doubleValue());
                charts.add(dashboard.get("charts").doubleValue());
            }
        } finally {
            driver.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        double emptyMedian = median(empty);
        double cardsMedian = median(cards);
        double chartsMedian = median(charts);
        double cardsRatio = cardsMedian / emptyMedian;
        double chartsRatio = chartsMedian / emptyMedian;
        String anchor = "empty route " + BenchLine.millis(emptyMedian);
        String figure = "first paint of /dashboard, production build, headless Chromium: ";
        List<BenchLine> lines = List.of(
                new BenchLine(figure + "KPI cards", "median " + BenchLine.millis(cardsMedian), anchor,
                        BenchLine.times(cardsRatio), "≤ 1 s", cardsMedian <= GOAL_CARDS_MILLIS),
                new BenchLine(figure + "all charts drawn", "median " + BenchLine.millis(chartsMedian), anchor,
                        BenchLine.times(chartsRatio), "≤ 1,5 s", chartsMedian <= GOAL_CHARTS_MILLIS));
        List<String> notes = List.of(String.format(Locale.ROOT, "First paint: %d fresh loads each after 2 warm-ups,"
                + " ms from navigation start: empty route %s; cards %s; charts %s. Ratio ceilings (a higher ratio"
                + " fails): cards %.2f, charts %.2f", rounds, sorted(empty), sorted(cards), sorted(charts),
                ceilingCards, ceilingCharts));
        if (cardsRatio > ceilingCards || chartsRatio > ceilingCharts) {
            BenchTable.write("70-first-paint", lines, notes);
            throw new AssertionError(String.format(Locale.ROOT, "first paint regressed: cards %.2f× (ceiling %.2f),"
                    + " charts %.2f× (ceiling %.2f) the empty route", cardsRatio, ceilingCards, chartsRatio,
                    ceilingCharts));
        }
        return new Result(lines, notes);
    }

    private static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--disable-search-engine-choice-screen",
                "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=vi", "--force-device-scale-factor=1");
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
        return driver;
    }

    private static void signIn(ChromeDriver driver, String base, String user) {
        driver.get(base + "/login");
        WebElement name;
        try {
            name = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(
                    By.cssSelector("vaadin-login-form input[name=username]")).stream().findFirst().orElse(null));
        } catch (RuntimeException e) {
            String page = driver.getPageSource();
            throw new IllegalStateException("no login form at " + driver.getCurrentUrl() + "; console: "
                    + driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll() + "; page: "
                    + page.substring(page.indexOf("<body"), page.length()), e);
        }
        WebElement password = driver.findElement(By.cssSelector("vaadin-login-form input[name=password]"));
        name.sendKeys(user);
        password.sendKeys(PushSetup.PASSWORD);
        password.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().endsWith("/login")
                && !d.getCurrentUrl().contains("/login?"));
    }

    /** Loads {@code url} afresh and returns the probe's marks once the page is ready (empty route, or both marks). */
    @SuppressWarnings("unchecked")
    private static Map<String, Number> load(ChromeDriver driver, String url) {
        driver.get(url);
        return new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(50)).until(d -> {
            Map<String, Number> marks = (Map<String, Number>) driver.executeScript("return window.__paint || null;");
            return marks != null && (marks.containsKey("empty") || marks.containsKey("cards")
                    && marks.containsKey("charts")) ? marks : null;
        });
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String sorted(List<Double> values) {
        return values.stream().sorted().map(v -> String.valueOf(Math.round(v))).toList().toString();
    }
}
