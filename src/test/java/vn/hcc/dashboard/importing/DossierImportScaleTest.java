package vn.hcc.dashboard.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * 100.000 rows, generated with SXSSF (text, number and date cells), imported and committed for real. Prints the
 * wall time and the peak heap of the import. The shared context's database is restored after the class
 * ({@link vn.hcc.dashboard.TestIsolation}), so the rows burden no other test. Opt-in (tag {@code scale}): it prints
 * the speed but does not judge it, a timed unit test only measures how busy the machine is; the import's speed is
 * judged in the benchmark suite against an anchor measured in the same run.
 * {@code ./mvnw test -Dgroups=scale -DexcludedGroups= -Dtest=DossierImportScaleTest}
 */
@Tag("scale")
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "RECEPTION")
class DossierImportScaleTest {

    private static final int ROWS = 100_000;
    private static final List<String> FIELDS = List.of("Hộ tịch", "Chứng thực", "Đất đai");
    private static final List<String> PROCEDURES = List.of("HT-01", "CT-02", "DD-01");
    private static final List<String> UNITS = List.of("Phòng Tư pháp", "Phòng Tư pháp",
            "Chi nhánh Văn phòng đăng ký đất đai");
    private static final List<String> STATUSES = List.of("Đã trả kết quả", "Đang giải quyết", "Đã giải quyết");

    @Autowired
    DossierImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @Test
    void importsOneHundredThousandRows() throws IOException {
        Path file = generate(dir.resolve("100k.xlsx"));
        long[] lastProgress = new long[3];
        long[] passTwoStarted = new long[1];
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();

        ImportResult result = imports.importFile(file, "100k.xlsx", (pass, rows, total) -> {
            lastProgress[pass] = rows;
            if (pass == 2 && passTwoStarted[0] == 0) {
                passTwoStarted[0] = System.nanoTime(); // after the first 1.000 rows of pass 2: close enough
            }
        });

        double seconds = (System.nanoTime() - start) / 1e9;
        long peakBytes = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("IMPORT-100K: rows=%d seconds=%.1f peakHeapMB=%d checkSeconds=%.1f fileMB=%.1f "
                + "maxHeapMB=%d%n", result.created(), seconds, peakBytes / (1024 * 1024),
                (passTwoStarted[0] - start) / 1e9, Files.size(file) / 1e6, Runtime.getRuntime().maxMemory() >> 20);
        assertThat(result.errors()).isEmpty();
        assertThat(result.created()).isEqualTo(ROWS);
        assertThat(lastProgress[1]).isEqualTo(ROWS);
        assertThat(lastProgress[2]).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier WHERE code LIKE 'BIG-%'", Long.class))
                .isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("SELECT fee FROM dossier WHERE code = 'BIG-000002'", Long.class))
                .isEqualTo(53_366_000L);
    }

    /** Cycles through three kinds of dossier; dates as date cells, fees as number cells, the rest as text. */
    private static Path generate(Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            Sheet sheet = wb.createSheet("Hồ sơ");
            Row header = sheet.createRow(0);
            for (int i = 0; i < ImportFiles.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(ImportFiles.HEADERS.get(i));
            }
            LocalDate first = LocalDate.of(2025, 1, 6);
            for (int r = 1; r <= ROWS; r++) {
                int kind = r % 3;
                LocalDate received = first.plusDays(r % 300);
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("BIG-%06d".formatted(r));
                row.createCell(1).setCellValue(PROCEDURES.get(kind));
                row.createCell(3).setCellValue(FIELDS.get(kind));
                row.createCell(4).setCellValue(UNITS.get(kind));
                row.createCell(5).setCellValue(r % 2 == 0 ? "Trực tuyến" : "Trực tiếp");
                row.createCell(6).setCellValue("Một phần");
                row.createCell(7).setCellValue(received.atTime(8 + r % 9, r % 60));
                row.getCell(7).setCellStyle(date);
                row.createCell(8).setCellValue(received.plusDays(12));
                row.getCell(8).setCellStyle(date);
                if (kind != 1) {
                    row.createCell(9).setCellValue(received.plusDays(10));
                    row.getCell(9).setCellStyle(date);
                }
                row.createCell(11).setCellValue(STATUSES.get(kind));
                row.createCell(12).setCellValue(kind == 2 ? 53_366_000 : kind == 1 ? 2_000 : 0);
                row.createCell(13).setCellValue(kind == 2 ? "Có" : "Không");
                row.createCell(14).setCellValue("Có");
                row.createCell(15).setCellValue(kind == 1 ? "Không" : "x");
            }
            wb.write(out);
        }
        return file;
    }
}
