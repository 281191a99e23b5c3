package vn.hcc.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import vn.hcc.dashboard.intake.DossierListReport;
import vn.hcc.dashboard.base.Period;

/**
 * Issue 6's scale requirement: the dossier list of 1.000.000 dossiers in MariaDB exports as .xlsx with the heap
 * kept flat (run it with a small heap). Needs an empty scratch database and is opt-in:
 * {@code mariadb -uroot -e 'drop database if exists hcc_export; create database hcc_export'} then
 * {@code DB_URL=jdbc:mariadb://127.0.0.1:3306/hcc_export DB_USER=root DB_PASSWORD= ./mvnw -B -o test
 * -Dgroups=scale -DexcludedGroups= -Dtest=DossierListExportScaleTest -Dscale=true -DargLine=-Xmx256m}.
 * Prints {@code EXPORT-1M: rows=… seconds=… rows/s=… peakHeapMB=…}.
 */
@Tag("scale")
@EnabledIfEnvironmentVariable(named = "DB_URL", matches = "jdbc:mariadb:.+")
@EnabledIfSystemProperty(named = "scale", matches = "true")
@SpringBootTest(properties = {"app.admin.username=xuat", "app.admin.password=Mật-khẩu-xuất-2025"})
@ActiveProfiles("mariadb")
@WithMockUser(roles = "LEADER")
class DossierListExportScaleTest {

    private static final int ROWS = 1_000_000;
    private static final long MB = 1024 * 1024;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DossierListReport report;
    @TempDir
    Path dir;

    @Test
    void exportsAMillionDossiersWithAFlatHeap() throws Exception {
        jdbc.update("INSERT INTO org_unit (code, name, kind) SELECT CONCAT('XU-', seq), CONCAT('Đơn vị ', seq),"
                + " 'COMMUNE' FROM seq_1_to_24");
        jdbc.update("INSERT INTO work_field (code, name) SELECT CONCAT('XF-', seq), CONCAT('Lĩnh vực ', seq)"
                + " FROM seq_1_to_6");
        long u0 = jdbc.queryForObject("SELECT MIN(id) FROM org_unit WHERE code LIKE 'XU-%'", Long.class);
        long f0 = jdbc.queryForObject("SELECT MIN(id) FROM work_field WHERE code LIKE 'XF-%'", Long.class);
        long t0 = System.nanoTime();
        // every tenth handler is typed as a formula: it must stay text in the file
        jdbc.update("""
                INSERT INTO dossier (code, field_id, unit_id, channel, online_level, received_at, received_on, due_on,
                  result_on, returned_on, ended_on, status, fee, paid_online, digitized_components, digitized_result,
                  apology_sent, handler)
                SELECT CONCAT('X-', n), ? + n % 6, ? + n % 24,
                  CASE WHEN n % 10 < 5 THEN 'ONLINE' WHEN n % 10 < 8 THEN 'IN_PERSON' WHEN n % 10 = 8 THEN 'POSTAL'
                       ELSE 'SMARTPHONE' END,
                  'PARTLY', TIMESTAMP(r, '09:00:00'), r, r + INTERVAL 10 DAY,
                  CASE WHEN n % 20 < 17 THEN r + INTERVAL (n % 13) DAY END, NULL,
                  CASE WHEN n % 20 = 19 THEN r + INTERVAL 1 DAY END,
                  CASE WHEN n % 20 < 17 THEN 'RESOLVED' WHEN n % 20 = 17 THEN 'IN_PROGRESS'
                       WHEN n % 20 = 18 THEN 'SUPPLEMENT_REQUESTED' ELSE 'WITHDRAWN' END,
                  CASE WHEN n % 3 = 0 THEN 20000 ELSE 0 END, n % 3 = 0 AND n % 5 < 3, n % 50 <> 0,
                  n % 20 < 17 AND n % 40 <> 0, n % 7 = 0,
                  CASE WHEN n % 10 = 0 THEN '=cmd|'' /C calc''!A0' ELSE CONCAT('Cán bộ ', n % 12) END
                FROM (SELECT seq AS n, DATE '2024-06-01' + INTERVAL (seq % 579) DAY AS r FROM seq_1_to_1000000) s
                """, f0, u0);
        jdbc.execute("ANALYZE TABLE dossier");
        System.out.printf("EXPORT-1M insert: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        ReportRequest all = ReportRequest.of(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(report.count(all)).isEqualTo(ROWS);
        Path file = dir.resolve("DanhSachHoSo.xlsx");
        AtomicLong rows = new AtomicLong();
        // what the heap held after the latest collection, every 100.000 rows: flat means it does not grow with rows
        List<Long> afterGc = new java.util.ArrayList<>();
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            ReportWorkbook.writeRows(report.header(all, ReportFiles.VI_TEXTS), "Danh sách hồ sơ",
                    sink -> report.forEach(all, ReportFiles.VI_TEXTS, row -> {
                        if (rows.incrementAndGet() % 100_000 == 0) {
                            afterGc.add(heap.stream().map(MemoryPoolMXBean::getCollectionUsage)
                                    .filter(java.util.Objects::nonNull).mapToLong(u -> u.getUsed()).sum() / MB);
                        }
                        sink.accept(row);
                    }), out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MB;
        long max = Runtime.getRuntime().maxMemory() / MB;
        System.out.printf("EXPORT-1M: rows=%d seconds=%.1f rows/s=%.0f peakHeapMB=%d (max heap %d MB, file %d MB)%n",
                rows.get(), seconds, rows.get() / seconds, peak, max, Files.size(file) / MB);
        System.out.println("EXPORT-1M heap after GC every 100.000 rows (MB): " + afterGc);
        assertThat(rows.get()).isEqualTo(ROWS);
        assertThat(Files.size(file)).isGreaterThan(10_000_000L);
    }
}
