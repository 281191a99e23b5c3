package vn.hcc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.UnitDraft;
import vn.hcc.dashboard.catalog.UnitKind;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.figures.DossierFilter;
import vn.hcc.dashboard.figures.PeriodFiguresService;
import vn.hcc.dashboard.intake.ChildApp;
import vn.hcc.dashboard.intake.ChildAppMain;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.ScratchDatabase;
import vn.hcc.dashboard.kpi.KpiSeeds;
import vn.hcc.dashboard.kpi.KpiService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Backup and restore as the README ("Backup and restore (MariaDB)") tells them: {@code mariadb-dump
 * --single-transaction} of the running application's database (the suite's, with the two KPI seed quarters recorded
 * in units of their own), restored with {@code mariadb} into an empty database; every table's {@code CHECKSUM TABLE}
 * is the original's, and the application started on the copy (a JVM of its own, {@link ChildApp}) serves its login
 * page, signs the administrator in and reads the quarter's figures and KPIs exactly as the original does. Without the
 * MariaDB client tools the test fails, it does not skip.
 */
@MariaDbTest
class BackupRestoreMariaDbTest {

    private static final Period QUARTER = Period.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));

    @Autowired
    private UnitService units;
    @Autowired
    private FieldService fields;
    @Autowired
    private DossierService dossiers;
    @Autowired
    private PeriodFiguresService figures;
    @Autowired
    private KpiService kpis;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseStartsTheApplicationWithTheSameFigures(@TempDir Path dir)
            throws IOException, InterruptedException {
        for (String tool : List.of("mariadb-dump", "mariadb")) {
            assertThat(ScratchDatabase.onPath(tool)).as("%s on the PATH (Debian: apt-get install mariadb-client);"
                    + " the backup test needs it and does not skip", tool).isPresent();
        }
        List<String> unitCodes = List.of("BKC" + suffix, "BKS" + suffix);
        List<String> original = SystemAccess.asAdmin(() -> {
            long center = units.save(new UnitDraft(null, 0, unitCodes.get(0), "Trung tâm sao lưu " + suffix,
                    UnitKind.DEPARTMENT, null, true)).getId();
            long sonTrung = units.save(new UnitDraft(null, 0, unitCodes.get(1), "Xã sao lưu " + suffix,
                    UnitKind.COMMUNE, null, true)).getId();
            long field = fields.save(null, 0, "BKF" + suffix, "Hộ tịch sao lưu " + suffix).getId();
            KpiSeeds.record(dossiers, "BK" + suffix + "-", center, sonTrung, field, QUARTER.from());
            List<String> lines = new ArrayList<>(List.of(
                    ChildAppMain.figuresLine(QUARTER, "ALL", figures.figures(QUARTER, DossierFilter.ALL)),
                    ChildAppMain.kpisLine(QUARTER, "ALL", kpis.kpis(QUARTER, null))));
            for (int i = 0; i < 2; i++) {
                long unit = i == 0 ? center : sonTrung;
                lines.add(ChildAppMain.figuresLine(QUARTER, unitCodes.get(i),
                        figures.figures(QUARTER, new DossierFilter(unit, null, null))));
                lines.add(ChildAppMain.kpisLine(QUARTER, unitCodes.get(i), kpis.kpis(QUARTER, unit)));
            }
            return lines;
        });
        assertThat(original.get(2)).as("the Kim Thành quarter").contains("receivedOnline=2483,");

        ScratchDatabase.Server server = ScratchDatabase.Server.fromEnvironment();
        String source = server.suiteDatabase();
        Map<String, Long> checksums = server.checksums(source);
        Path dump = dir.resolve(source + ".sql");
        long start = System.nanoTime();
        server.tool("mariadb-dump", List.of("--single-transaction", "--routines", "--triggers", source), null, dump);
        double dumped = (System.nanoTime() - start) / 1e9;
        assertThat(server.checksums(source)).as("nothing wrote to the original during the backup")
                .isEqualTo(checksums);

        try (ScratchDatabase restored = ScratchDatabase.create("hcc_backup_", ScratchDatabase.VIETNAMESE)) {
            start = System.nanoTime();
            server.tool("mariadb", List.of(restored.name()), dump, null);
            System.out.printf("BACKUP-RESTORE: %s dumped in %.1f s (%d kB), restored into %s in %.1f s%n", source,
                    dumped, Files.size(dump) / 1024, restored.name(), (System.nanoTime() - start) / 1e9);
            assertThat(restored.checksums()).as("CHECKSUM TABLE of every table of the copy").isEqualTo(checksums)
                    .containsKeys("dossier", "dossier_tally", "audit_entry", "app_user", "flyway_schema_history");
            long migrations = restored.jdbc().queryForObject("SELECT COUNT(*) FROM flyway_schema_history",
                    Long.class);

            try (ChildApp app = ChildApp.start("restored", restored.url(), List.of("figures:" + QUARTER.from() + ":"
                    + QUARTER.to() + ":" + String.join(",", unitCodes)))) {
                for (String line : original) {
                    String key = line.substring(0, line.indexOf(' ', line.indexOf(' ') + 1) + 1);
                    assertThat(app.awaitLine(key, Duration.ofSeconds(60), l -> l.startsWith(key)))
                            .as("read by the application on the copy").isEqualTo(line);
                }
                HttpBrowser browser = new HttpBrowser(app.port());
                assertThat(browser.get("/login").statusCode()).as("/login of the application on the copy")
                        .isEqualTo(200);
                HttpResponse<byte[]> signIn = browser.signIn(MariaDbTest.ADMIN, MariaDbTest.ADMIN_PASSWORD);
                assertThat(signIn.statusCode()).as("the administrator's sign-in").isEqualTo(302);
                assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            }
            assertThat(restored.jdbc().queryForObject("SELECT COUNT(*) FROM flyway_schema_history", Long.class))
                    .as("Flyway found the copy at its version and applied nothing").isEqualTo(migrations);
        }
    }
}
