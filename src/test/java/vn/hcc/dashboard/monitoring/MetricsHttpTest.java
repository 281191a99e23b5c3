package vn.hcc.dashboard.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.HttpServerTest;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.dashboard.DashboardService;
import vn.hcc.dashboard.importing.DossierImportService;
import vn.hcc.dashboard.importing.ImportFiles;
import vn.hcc.dashboard.importing.ImportProgress;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Prometheus scrapes the management port without signing in and finds the app's meters with values after an
 * import and a dashboard computation; health and info answer there too; the app's own port serves none of them.
 */
class MetricsHttpTest extends HttpServerTest {

    @Autowired
    ManagementPort management;
    @Autowired
    DossierImportService imports;
    @Autowired
    DashboardService dashboard;
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.Ee+-]+)$").matcher(scrape);
        assertThat(m.find()).as(series + " in the scrape").isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theScrapeShowsImportAndDashboardMetersWithValues() throws Exception {
        assertThat(management.port()).as("a management server of its own").isPositive().isNotEqualTo(port);
        String csv = ImportFiles.csvText(',', ImportFiles.HEADERS, java.util.List.of(
                ImportFiles.exampleRow("METRICS-1", "HT-01", "Hộ tịch", "Phòng Tư pháp")));
        Path file = ImportFiles.csv(dir, "m.csv", csv, false);
        var result = SystemAccess.asAdmin(() -> imports.importFile(file, "m.csv", ImportProgress.NONE));
        assertThat(result.errors()).isEmpty();
        SystemAccess.asAdmin(() -> {
            LocalDate today = dashboard.today();
            Period month = Period.of(today.withDayOfMonth(1), today);
            dashboard.data(month, month.previous(), null); // computed
            dashboard.data(month, month.previous(), null); // served from the shared cache
        });

        assertThat(get(port, "/login").statusCode()).isEqualTo(200); // one request timed on the app's port

        HttpResponse<String> scrape = get(management.port(), "/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        String body = scrape.body();
        assertThat(value(body, "hcc_import_rows_total{application=\"hcc-dashboard\",result=\"created\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(body, "hcc_import_duration_seconds_count{application=\"hcc-dashboard\",outcome=\"imported\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(body, "hcc_dashboard_computation_seconds_count{application=\"hcc-dashboard\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(body, "hcc_dashboard_cache_total{application=\"hcc-dashboard\",result=\"hit\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(body).contains("hcc_sessions_open", "hcc_ui_open", "hcc_push_connections",
                "http_server_requests_seconds_bucket");
    }

    @Test
    void healthAndInfoAnswerOnTheManagementPortOnly() throws Exception {
        HttpResponse<String> health = get(management.port(), "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"", "\"cluster\"", "\"single node\"");
        assertThat(get(management.port(), "/actuator/info").body()).contains("\"build\"", "\"version\"");

        for (String path : new String[] {"/actuator/prometheus", "/actuator/health"}) {
            HttpResponse<String> app = get(port, path);
            assertThat(app.statusCode()).as(path + " on the app's port").isNotEqualTo(200);
            assertThat(app.body()).doesNotContain("hcc_", "\"status\"");
        }
    }
}
