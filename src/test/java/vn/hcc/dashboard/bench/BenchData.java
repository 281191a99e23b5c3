package vn.hcc.dashboard.bench;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcc.dashboard.figures.PeriodFiguresService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The province the benchmarks run on, generated in MariaDB with plain SQL over its sequence engine: 170 units
 * (20 departments, 150 communes), 25 fields, 2.000 procedures and {@code rows} dossiers received over
 * {@link BenchSettings#YEAR}, every channel and status, results up to 12 days after intake (never after the year).
 * Idempotent: a run that finds exactly its rows reuses them (codes {@code BD-…}); a different count replaces them;
 * the day summary is rebuilt whenever it does not count the dossier table.
 */
public final class BenchData {

    public static final int UNITS = 170;
    public static final int FIELDS = 25;
    public static final int PROCEDURES = 2_000;
    private static final int CHUNK = 100_000;

    private final JdbcTemplate jdbc;
    private final PeriodFiguresService figures;

    public BenchData(JdbcTemplate jdbc, PeriodFiguresService figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /** Makes sure the catalog and exactly {@code rows} generated dossiers are there; returns what it did. */
    public String ensure(int rows) {
        StringBuilder done = new StringBuilder();
        long t0 = System.nanoTime();
        if (count("SELECT COUNT(*) FROM org_unit WHERE code LIKE 'BU-%'") < UNITS) {
            catalog();
            done.append("catalog created; ");
        }
        long have = count("SELECT COUNT(*) FROM dossier WHERE code LIKE 'BD-%'");
        if (have != rows) {
            while (jdbc.update("DELETE FROM dossier WHERE code LIKE 'BD-%' LIMIT 50000") > 0) {
                // chunks keep the undo log small
            }
            for (int first = 1; first <= rows; first += CHUNK) {
                dossiers(first, Math.min(rows, first + CHUNK - 1));
            }
            jdbc.execute("ANALYZE TABLE dossier");
            done.append(String.format("%,d dossiers generated (%,d before) in %d s; ", rows, have,
                    (System.nanoTime() - t0) / 1_000_000_000));
        }
        if (count("SELECT COALESCE(SUM(received), 0) FROM dossier_tally") != count("SELECT COUNT(*) FROM dossier")) {
            long t1 = System.nanoTime();
            SystemAccess.asAdmin(figures::rebuildSummary);
            jdbc.execute("ANALYZE TABLE dossier_tally");
            done.append(String.format("summary rebuilt in %d s; ", (System.nanoTime() - t1) / 1_000_000_000));
        }
        return done.isEmpty() ? String.format("%,d generated dossiers reused", rows) : done.toString();
    }

    private void catalog() {
        jdbc.update("DELETE FROM admin_procedure WHERE code LIKE 'BP-%'");
        jdbc.update("DELETE FROM work_field WHERE code LIKE 'BF-%'");
        jdbc.update("DELETE FROM org_unit WHERE code LIKE 'BU-%'");
        jdbc.update("INSERT INTO org_unit (code, name, kind) SELECT CONCAT('BU-', LPAD(seq, 3, '0')),"
                + " CONCAT(CASE WHEN seq < 20 THEN 'Sở thử nghiệm ' ELSE 'Xã thử nghiệm ' END, seq),"
                + " CASE WHEN seq < 20 THEN 'DEPARTMENT' ELSE 'COMMUNE' END FROM seq_0_to_" + (UNITS - 1));
        jdbc.update("INSERT INTO work_field (code, name) SELECT CONCAT('BF-', LPAD(seq, 2, '0')),"
                + " CONCAT('Lĩnh vực thử nghiệm ', seq) FROM seq_0_to_" + (FIELDS - 1));
        jdbc.update("INSERT INTO admin_procedure (code, name, field_id, unit_id, online_level, processing_days, fee)"
                + " SELECT CONCAT('BP-', LPAD(seq, 4, '0')), CONCAT('Thủ tục thử nghiệm số ', seq), f.id, u.id,"
                + " CASE WHEN seq % 3 = 0 THEN 'FULLY' ELSE 'PARTLY' END, 10, CASE WHEN seq % 4 = 0 THEN 20000 ELSE 0"
                + " END FROM seq_0_to_" + (PROCEDURES - 1)
                + " s JOIN work_field f ON f.code = CONCAT('BF-', LPAD(seq % " + FIELDS + ", 2, '0'))"
                + " JOIN org_unit u ON u.code = CONCAT('BU-', LPAD(seq % " + UNITS + ", 3, '0'))");
    }

    /** Dossiers BD-first … BD-last; n decides everything, so the same n always makes the same dossier. */
    private void dossiers(int first, int last) {
        jdbc.update("""
                INSERT INTO dossier (code, procedure_id, field_id, unit_id, channel, online_level, received_at,
                  received_on, due_on, result_on, returned_on, ended_on, status, fee, paid_online,
                  digitized_components, digitized_result, apology_sent)
                SELECT CONCAT('BD-', n), p.id, p.field_id, p.unit_id,
                  CASE WHEN n % 10 < 5 THEN 'ONLINE' WHEN n % 10 < 8 THEN 'IN_PERSON' WHEN n % 10 = 8 THEN 'POSTAL'
                       ELSE 'SMARTPHONE' END,
                  p.online_level, TIMESTAMP(r, MAKETIME(7 + n % 10, n % 60, 0)), r, r + INTERVAL 10 DAY,
                  CASE WHEN n % 20 < 17 THEN LEAST(r + INTERVAL (n % 13) DAY, DATE '2026-11-30') END,
                  CASE WHEN n % 20 < 10 THEN LEAST(r + INTERVAL (n % 13 + n % 3) DAY, DATE '2026-11-30') END,
                  CASE WHEN n % 20 = 19 THEN LEAST(r + INTERVAL 1 DAY, DATE '2026-11-30') END,
                  CASE WHEN n % 20 < 10 THEN 'RETURNED' WHEN n % 20 < 17 THEN 'RESOLVED'
                       WHEN n % 20 = 17 THEN 'IN_PROGRESS' WHEN n % 40 = 18 THEN 'SUPPLEMENT_REQUESTED'
                       WHEN n % 40 = 38 THEN 'SUSPENDED_FINANCIAL' WHEN n % 40 = 19 THEN 'WITHDRAWN'
                       ELSE 'REFUSED' END,
                  p.fee, p.fee > 0 AND n % 5 < 3, n % 50 <> 0, n % 20 < 17 AND n % 40 <> 0, n % 7 = 0
                FROM (SELECT seq AS n, DATE '2025-12-01' + INTERVAL ((seq * 37) % 365) DAY AS r
                      FROM seq_FIRST_to_LAST) s
                JOIN admin_procedure p ON p.code = CONCAT('BP-', LPAD(n % 2000, 4, '0'))
                """.replace("FIRST", String.valueOf(first)).replace("LAST", String.valueOf(last)));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
