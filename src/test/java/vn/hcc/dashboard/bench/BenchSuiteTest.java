package vn.hcc.dashboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.support.DependencyInjectionTestExecutionListener;

/**
 * The benchmark suite of issue 17, second JVM of {@code ./mvnw -Pbench test} (at most 1 GB heap; the export ran
 * before in one of 256 MB, {@link ExportBenchTest}). The application runs in this JVM on a random port, production
 * mode, on the MariaDB database of {@code DB_URL}; every benchmark runs on the same generated dossiers and measures
 * its anchor in the same run. The table is printed at the end and written to {@code target/bench/report.md}.
 * A benchmark fails the run when a ratio falls under its floor (a regression); a missed goal is only reported,
 * since absolute times on these shared machines say more about the machine than about the app.
 */
@Tag("bench")
@EnabledIfEnvironmentVariable(named = "DB_URL", matches = "jdbc:mariadb:.+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true", "app.demo-data=false", "app.admin.username=bench-admin",
        "app.admin.password=Bench-quan-tri-2026", "app.login.failure-delay=0ms", "logging.level.org.atmosphere=warn",
        "server.servlet.session.timeout=45m"})
@ActiveProfiles("mariadb")
// no TestIsolation snapshot: the generated province stays for the next run
@TestExecutionListeners(listeners = DependencyInjectionTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.REPLACE_DEFAULTS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchSuiteTest {

    static final BenchSettings SETTINGS = BenchSettings.fromSystem();

    @Autowired
    ApplicationContext spring;
    @Value("${local.server.port}")
    int port;

    private Bench.Context context() {
        return new Bench.Context(spring, port, SETTINGS);
    }

    private void run(String orderAndName, Bench bench) throws Exception {
        Bench.Result result = bench.run(context());
        BenchTable.write(orderAndName, result.lines(), result.notes());
        assertThat(result.lines()).as(orderAndName + " measured something").isNotEmpty();
    }

    @Test
    @Order(1)
    void dashboard() throws Exception {
        run("20-dashboard", new DashboardBench());
    }

    @Test
    @Order(2)
    void dossierImport() throws Exception {
        run("40-import", new ImportBench());
    }

    @Test
    @Order(3)
    void firstPaint() throws Exception {
        run("70-first-paint", new FirstPaintBench());
    }

    @Test
    @Order(4)
    void pushSessions() throws Exception {
        run("50-push", new PushBench());
    }

    @Test
    @Order(5)
    void callReachesTheHall() throws Exception {
        run("55-call", new CallBench());
    }

    @AfterAll
    static void table() {
        BenchTable.report(String.format("Bench run, %,d dossiers%s (bench.rows)", SETTINGS.rows(),
                SETTINGS.quick() ? ", quick mode" : ""));
    }
}
