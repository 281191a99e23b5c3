package vn.hcc.dashboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcc.dashboard.importing.DossierImportService;
import vn.hcc.dashboard.importing.ImportProgress;
import vn.hcc.dashboard.importing.ImportResult;
import vn.hcc.dashboard.intake.DossierChanges;
import vn.hcc.dashboard.intake.DossierQuery;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The import of {@code bench.import-rows} new dossiers (100.000; quick mode 10.000) from an .xlsx and from a .csv
 * of the official format ({@link BenchImportFiles}) through {@link DossierImportService#importFile}, the path the
 * import view takes, committed for real; anchor: MariaDB's {@code LOAD DATA LOCAL INFILE} of the same .csv into a
 * bare table of the same columns (typed, dates converted, no index). Then the same rows with one bad row near the
 * end must change nothing (all or nothing). The bench's dossiers are taken out again before and after, with their
 * share of the figures' tally, so that every run measures the same work.
 */
class ImportBench implements Bench {

    private static final String SCRATCH = "bench_import_scratch";

    private JdbcTemplate jdbc;
    /** The database alone writing the loaded rows into the dossier table (its indexes and keys), rows/s. */
    private double indexedRate;
    private DossierImportService imports;
    private DossierService dossiers;

    @Override
    public Result run(Context context) throws Exception {
        BenchSettings s = context.settings();
        int rows = s.getInt("bench.import-rows", 100_000, 10_000);
        jdbc = context.bean(JdbcTemplate.class);
        imports = context.bean(DossierImportService.class);
        dossiers = context.bean(DossierService.class);
        Path dir = Files.createDirectories(BenchTable.DIR.resolve("import"));
        Path xlsx = BenchImportFiles.xlsx(dir.resolve("import.xlsx"), rows, 0);
        Path csv = BenchImportFiles.csv(dir.resolve("import.csv"), rows, 0);
        Path bad = BenchImportFiles.csv(dir.resolve("import-bad.csv"), rows, rows - 7);
        List<String> notes = new ArrayList<>();

        cleanUp(context);
        // warm-up: the parsing and writing code compiled once, as in a server that has imported before
        timedImport(BenchImportFiles.csv(dir.resolve("warm-up.csv"), Math.min(rows, 5_000), 0), "warm-up.csv",
                Math.min(rows, 5_000));
        cleanUp(context);

        long before = count();
        ImportResult refused = SystemAccess.asAdmin(() -> imports.importFile(bad, "import-bad.csv",
                ImportProgress.NONE));
        long after = count();
        boolean allOrNothing = refused.errorCount() == 1 && !refused.succeeded() && before == after;
        notes.add(String.format("Import all-or-nothing: a .csv of %,d rows with one bad status at row %,d: %d error"
                + " reported, dossiers before %,d, after %,d: %s.", rows, rows - 6, refused.errorCount(), before,
                after, allOrNothing ? "nothing written" : "**WRITTEN**"));

        double xlsxRate = timedImport(xlsx, "import.xlsx", rows);
        cleanUp(context);
        double csvRate = timedImport(csv, "import.csv", rows);
        cleanUp(context);
        double loadRate = Math.max(loadData(csv, rows, false), loadData(csv, rows, true));

        double floor = s.getDouble("bench.floor.import-ratio", 0.003, 0.003);
        List<BenchLine> lines = new ArrayList<>();
        for (String kind : List.of("xlsx", "csv")) {
            double rate = kind.equals("xlsx") ? xlsxRate : csvRate;
            double ratio = rate / loadRate;
            lines.add(new BenchLine(String.format("import, %,d rows %s", rows, kind),
                    BenchLine.rate(rate, "rows") + (allOrNothing ? ", all-or-nothing kept" : ", **bad row written**"),
                    "LOAD DATA LOCAL INFILE: " + BenchLine.rate(loadRate, "rows"), BenchLine.percent(ratio),
                    "≥ 20.000 rows/s, all-or-nothing (ratio floor " + BenchLine.percent(floor) + ")",
                    rate >= 20_000 && allOrNothing));
        }
        notes.add(String.format("Import: files of the official format (all 21 columns of version 1.1, new codes BI-…,"
                + " the generated catalog), %,d rows, committed for real through DossierImportService.importFile after"
                + " a warm-up import of %,d rows; anchor: LOAD DATA LOCAL INFILE of the same .csv into a bare typed"
                + " table (dates converted, no index), best of two; xlsx file %d kB, csv %d kB. For scale: the"
                + " database alone writes the same rows from that table into the real dossier table (unique code,"
                + " keys, nine indexes; no tally) by INSERT … SELECT at %,.0f rows/s in this run.", rows,
                Math.min(rows, 5_000), Files.size(xlsx) / 1024, Files.size(csv) / 1024, indexedRate));
        BenchTable.write("40-import", lines, notes); // kept even when a check below fails the run
        if (!allOrNothing) {
            throw new AssertionError("a file with a bad row wrote dossiers: " + refused);
        }
        for (double rate : new double[] {xlsxRate, csvRate}) {
            if (rate / loadRate < floor) {
                throw new AssertionError(String.format("import at %.3f of LOAD DATA, under its floor"
                        + " bench.floor.import-ratio = %.3f", rate / loadRate, floor));
            }
        }
        return new Result(lines, notes);
    }

    /** Imports the file as the import view does and returns its rate in rows per second. */
    private double timedImport(Path file, String name, int rows) {
        long t0 = System.nanoTime();
        ImportResult result = SystemAccess.asAdmin(() -> imports.importFile(file, name, ImportProgress.NONE));
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!result.succeeded() || result.created() != rows || count() != rows) {
            throw new AssertionError(name + " did not create its " + rows + " dossiers: " + result);
        }
        // read back as the application reads it: the values the file gave, times included
        Object stored = SystemAccess.asAdmin(() -> dossiers.findByCode(BenchImportFiles.PREFIX + rows)
                .map(d -> java.util.List.of(d.data().receivedAt(), d.data().dueOn(), d.data().status()))
                .orElse(null));
        List<Object> given = BenchImportFiles.row(rows, false);
        if (stored == null || !((List<?>) stored).get(0).equals(given.get(7)) || !((List<?>) stored).get(1)
                .equals(given.get(8))) {
            throw new AssertionError(name + ": row " + rows + " reads back as " + stored + ", the file says " + given);
        }
        return rows / seconds;
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dossier WHERE code LIKE '" + BenchImportFiles.PREFIX + "%'",
                Long.class);
    }

    /**
     * Takes the bench's dossiers out with their share of the tally (told to the tally as deletions, as the dossier
     * service tells it of every write), in one transaction; then the tally must count the dossier table again.
     */
    private void cleanUp(Context context) {
        DossierChanges tally = context.bean(DossierChanges.class);
        TransactionTemplate tx = new TransactionTemplate(context.bean(PlatformTransactionManager.class));
        SystemAccess.asAdmin(() -> tx.executeWithoutResult(status -> {
            dossiers.forEach(new DossierQuery(null, null, null, null, null, null, false, BenchImportFiles.PREFIX,
                    null), d -> tally.changed(d, null));
            while (jdbc.update("DELETE FROM dossier WHERE code LIKE ? LIMIT 20000", BenchImportFiles.PREFIX + "%")
                    > 0) {
                // chunks keep the undo log small
            }
        }));
        long tallied = jdbc.queryForObject("SELECT COALESCE(SUM(received), 0) FROM dossier_tally", Long.class);
        long all = jdbc.queryForObject("SELECT COUNT(*) FROM dossier", Long.class);
        if (count() != 0 || tallied != all) {
            throw new AssertionError("clean-up left " + count() + " bench dossiers, tally " + tallied + " of " + all);
        }
    }

    /**
     * What the database alone needs to put the loaded rows into the real dossier table, with its unique code, keys
     * and nine indexes (no tally): one INSERT … SELECT, timed, then deleted again. Seconds.
     */
    private static double intoDossiers(Statement st) throws Exception {
        long t0 = System.nanoTime();
        st.executeUpdate("""
                INSERT INTO dossier (code, procedure_id, field_id, unit_id, channel, online_level, received_at,
                  received_on, due_on, result_on, returned_on, status, fee, paid_online, digitized_components,
                  digitized_result, apology_sent)
                SELECT CONCAT('BJ-', s.code), p.id, f.id, u.id,
                  CASE s.channel WHEN 'Trực tuyến' THEN 'ONLINE' WHEN 'Trực tiếp' THEN 'IN_PERSON'
                    WHEN 'Smartphone' THEN 'SMARTPHONE' ELSE 'POSTAL' END,
                  CASE s.online_level WHEN 'Toàn trình' THEN 'FULLY' ELSE 'PARTLY' END, s.received_at,
                  DATE(s.received_at), s.due_on, s.result_on, s.returned_on,
                  CASE s.status WHEN 'Đã trả kết quả' THEN 'RETURNED' WHEN 'Đã giải quyết' THEN 'RESOLVED'
                    ELSE 'IN_PROGRESS' END, s.fee, s.paid_online = 'Có', s.digitized_components = 'Có',
                  s.digitized_result = 'Có', s.apology = 'Có'
                FROM bench_import_scratch s JOIN admin_procedure p ON p.code = s.procedure_code
                  JOIN work_field f ON f.name = s.field JOIN org_unit u ON u.name = s.unit""");
        double seconds = (System.nanoTime() - t0) / 1e9;
        while (st.executeUpdate("DELETE FROM dossier WHERE code LIKE 'BJ-%' LIMIT 20000") > 0) {
            // chunks keep the undo log small
        }
        return seconds;
    }

    /** LOAD DATA LOCAL INFILE of the .csv into a fresh bare table; rows per second. */
    private double loadData(Path csv, int rows, boolean intoDossiers) throws Exception {
        String url = System.getenv("DB_URL");
        url += (url.contains("?") ? "&" : "?") + "allowLocalInfile=true";
        try (Connection c = DriverManager.getConnection(url, System.getenv("DB_USER"),
                System.getenv().getOrDefault("DB_PASSWORD", "")); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + SCRATCH);
            st.execute("CREATE TABLE " + SCRATCH + " (code VARCHAR(64), procedure_code VARCHAR(64),"
                    + " procedure_name VARCHAR(500), field VARCHAR(255), unit VARCHAR(255), channel VARCHAR(32),"
                    + " online_level VARCHAR(32), received_at DATETIME, due_on DATE, result_on DATE, returned_on DATE,"
                    + " status VARCHAR(64), fee BIGINT, paid_online VARCHAR(8), digitized_components VARCHAR(8),"
                    + " digitized_result VARCHAR(8), apology VARCHAR(8), components_stored VARCHAR(8),"
                    + " result_stored VARCHAR(8), reused_data VARCHAR(8), satisfaction VARCHAR(32))");
            long t0 = System.nanoTime();
            st.execute("LOAD DATA LOCAL INFILE '" + csv.toAbsolutePath().toString().replace("'", "''")
                    + "' INTO TABLE " + SCRATCH + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY ','"
                    + " OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\n' IGNORE 1 LINES (code, procedure_code,"
                    + " procedure_name, field, unit, channel, online_level, @received, @due, @result, @returned,"
                    + " status, @fee, paid_online, digitized_components, digitized_result, apology, components_stored,"
                    + " result_stored, reused_data, satisfaction) SET received_at = STR_TO_DATE(@received,"
                    + " '%d/%m/%Y %H:%i'), due_on = STR_TO_DATE(@due, '%d/%m/%Y'), result_on = STR_TO_DATE(NULLIF("
                    + "@result, ''), '%d/%m/%Y'), returned_on = STR_TO_DATE(NULLIF(@returned, ''), '%d/%m/%Y'),"
                    + " fee = COALESCE(NULLIF(REPLACE(@fee, '.', ''), ''), 0)");
            double seconds = (System.nanoTime() - t0) / 1e9;
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(received_at) FROM " + SCRATCH)) {
                rs.next();
                if (rs.getLong(1) != rows || rs.getLong(2) != rows) {
                    throw new AssertionError("LOAD DATA loaded " + rs.getLong(1) + " rows, "
                            + rs.getLong(2) + " with a date, of " + rows);
                }
            }
            if (intoDossiers) {
                indexedRate = rows / intoDossiers(st);
            }
            st.execute("DROP TABLE " + SCRATCH);
            return rows / seconds;
        }
    }
}
