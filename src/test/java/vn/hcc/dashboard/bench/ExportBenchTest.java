package vn.hcc.dashboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.support.DependencyInjectionTestExecutionListener;
import vn.hcc.dashboard.figures.PeriodFiguresService;
import vn.hcc.dashboard.intake.DossierListReport;
import vn.hcc.dashboard.reports.LetterheadService;
import vn.hcc.dashboard.reports.ListReport;
import vn.hcc.dashboard.reports.ReportChoice;
import vn.hcc.dashboard.reports.ReportExports;
import vn.hcc.dashboard.reports.ReportFiles;
import vn.hcc.dashboard.reports.ReportHeading;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportTexts;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * First JVM of {@code ./mvnw -Pbench test}, limited to 256 MB heap: starts the run's table, makes sure the
 * generated province is there ({@link BenchData}), then measures the dossier list export against POI's own ceiling:
 * the year's list (every generated dossier) written to a file by {@link ReportExports} exactly as the reports view's
 * download does (letterhead, texts, sheet name), its heap sampled every tenth of the rows (100.000 in the full run),
 * the file read back as stored; then the same rows written by bare SXSSF ({@link ExportCeiling}).
 */
@Tag("bench-export")
@EnabledIfEnvironmentVariable(named = "DB_URL", matches = "jdbc:mariadb:.+")
@SpringBootTest(properties = {"app.demo-data=false", "app.admin.username=bench-admin",
        "app.admin.password=Bench-quan-tri-2026"})
@ActiveProfiles("mariadb")
@TestExecutionListeners(listeners = DependencyInjectionTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.REPLACE_DEFAULTS)
class ExportBenchTest {

    static final BenchSettings SETTINGS = BenchSettings.fromSystem();
    private static final long MB = 1024 * 1024;
    /** A heap "flat" grows by less than this from the first after-GC sample to the highest later one. */
    private static final long FLAT_MB = 24;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeriodFiguresService figures;
    @Autowired
    DossierListReport report;
    @Autowired
    ReportExports exports;
    @Autowired
    LetterheadService letterheads;

    @Test
    void generatedProvinceThenExport() throws Exception {
        BenchTable.clear();
        String generated = new BenchData(jdbc, figures).ensure(SETTINGS.rows());
        BenchTable.write("10-data", List.of(), List.of("Data: " + generated));
        Files.createDirectories(BenchTable.DIR);
        Path file = BenchTable.DIR.resolve("export-product.xlsx");
        Path ceilingFile = BenchTable.DIR.resolve("export-ceiling.xlsx");
        ReportTexts texts = ReportFiles.VI_TEXTS;
        ReportRequest year = ReportRequest.of(BenchSettings.YEAR);

        long expected = SystemAccess.asAdmin(() -> report.count(year));
        assertThat(expected).as("the year's list is the generated dossiers").isEqualTo(SETTINGS.rows());
        double[] ceilingBefore = new ExportCeiling(jdbc, texts).write(ceilingFile);
        Heap heap = new Heap(Math.max(1, SETTINGS.rows() / 10));
        long t0 = System.nanoTime();
        long written = SystemAccess.asAdmin(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                ReportHeading heading = letterheads.heading(null, texts);
                return exports.write(new Sampled(report, heap), year, texts, heading,
                        texts.get("reports.sheet." + report.key()), out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = heap.peakMb();
        assertThat(written).isEqualTo(expected);

        StoredSheet stored = StoredSheet.read(file, "BD-");
        assertThat(stored.dataRows()).as("data rows in the file as stored").isEqualTo(expected);
        List<String> firstDb = jdbc.queryForList("""
                SELECT CONCAT_WS('|', d.code, u.name, f.name, DATE_FORMAT(d.received_on, '%d/%m/%Y')) FROM dossier d
                JOIN org_unit u ON u.id = d.unit_id JOIN work_field f ON f.id = d.field_id
                WHERE d.code LIKE 'BD-%' ORDER BY d.id LIMIT 1""", String.class);
        List<String> f = stored.first();
        assertThat(String.join("|", f.get(1), f.get(4), f.get(3), f.get(6))).isEqualTo(firstDb.getFirst());
        assertThat(stored.last().get(0)).as("STT of the last row").isEqualTo(String.valueOf(expected));

        // the ceiling before and after the export, averaged: the machine's load drifts over minutes
        double[] ceiling = new ExportCeiling(jdbc, texts).write(ceilingFile);
        assertThat((long) ceiling[0]).isEqualTo(expected);
        double rate = written / seconds;
        double ceilingRate = (ceiling[0] + ceilingBefore[0]) / (ceiling[1] + ceilingBefore[1]);
        double ratio = rate / ceilingRate;
        boolean flat = heap.flat();
        double floor = SETTINGS.getDouble("bench.floor.export-ratio", 0.25, 0.15);
        BenchLine line = new BenchLine(String.format("dossier list export, %,d rows (bench.rows), -Xmx256m", written),
                BenchLine.rate(rate, "rows") + String.format(", heap peak %d MB, %s", peak,
                        flat ? "flat" : "**growing**"),
                "POI SXSSF from memory: " + BenchLine.rate(ceilingRate, "rows"), BenchLine.percent(ratio),
                "≥ 100.000 rows/s, ≥ 50 % of the ceiling, heap flat (ratio floor " + BenchLine.percent(floor) + ")",
                rate >= 100_000 && ratio >= 0.5 && flat);
        BenchTable.write("30-export", List.of(line), List.of(String.format(
                "Export: %,d rows in %.1f s through ReportExports (the view's download path), file %d MB, read back"
                        + " with the streaming reader (%,d data rows, first and last checked); heap used after GC every"
                        + " %,d rows (MB): %s, peak used %d MB of %d MB. Ceiling: the same 16 cells per row with bare"
                        + " SXSSF, rows loaded in chunks of %,d as plain values (a million do not fit 256 MB beside the"
                        + " app), only writing and zipping timed, once before and once after the export: %.1f s and %.1f s.",
                written, seconds, Files.size(file) / MB, stored.dataRows(), heap.every, heap.afterGc, peak,
                Runtime.getRuntime().maxMemory() / MB, ExportCeiling.CHUNK, ceilingBefore[1], ceiling[1])));
        Files.deleteIfExists(ceilingFile);
        assertThat(flat).as("heap after GC flat: " + heap.afterGc).isTrue();
        assertThat(ratio).as("export / ceiling ratio above its floor bench.floor.export-ratio").isGreaterThan(floor);
    }

    /** The heap's pools: used after the latest collection, sampled every {@code every} rows, and the peak. */
    static final class Heap {
        final long every;
        final List<Long> afterGc = new ArrayList<>();
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        private long rows;

        Heap(long every) {
            this.every = every;
            System.gc();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        void row() {
            if (++rows % every == 0) {
                afterGc.add(pools.stream().map(MemoryPoolMXBean::getCollectionUsage).filter(Objects::nonNull)
                        .mapToLong(MemoryUsage::getUsed).sum() / MB);
            }
        }

        long peakMb() {
            return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MB;
        }

        /** No growth trend: no later sample lies more than {@link #FLAT_MB} above the first. */
        boolean flat() {
            return afterGc.size() < 2 || afterGc.stream().skip(1).mapToLong(Long::longValue).max().orElse(0)
                    - afterGc.getFirst() < FLAT_MB;
        }
    }

    /** The dossier list as it is, its rows counted on their way into the workbook (the heap sampled). */
    private record Sampled(DossierListReport list, Heap heap) implements ListReport {
        @Override
        public String key() {
            return list.key();
        }

        @Override
        public String filePrefix() {
            return list.filePrefix();
        }

        @Override
        public int order() {
            return list.order();
        }

        @Override
        public Set<Picker> pickers() {
            return list.pickers();
        }

        @Override
        public Optional<ReportChoice> choice(ReportTexts texts) {
            return list.choice(texts);
        }

        @Override
        public ReportTable header(ReportRequest request, ReportTexts texts) {
            return list.header(request, texts);
        }

        @Override
        public long count(ReportRequest request) {
            return list.count(request);
        }

        @Override
        public List<ReportTable.Row> page(ReportRequest request, int offset, int limit, ReportTexts texts) {
            return list.page(request, offset, limit, texts);
        }

        @Override
        public void forEach(ReportRequest request, ReportTexts texts, Consumer<ReportTable.Row> sink) {
            list.forEach(request, texts, row -> {
                heap.row();
                sink.accept(row);
            });
        }
    }
}
