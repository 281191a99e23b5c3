package vn.hcc.dashboard.figures;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summary tables (dossier_tally, its monthly sums and dossier_tally_in_person, V7 and V11, and their unit rollups,
 * V19) as the tests compare
 * them: every non-zero cell, so that tables differing only by all-zero rows compare equal, and the same cells after a
 * full recount from the dossier table (the rebuild's own statements), rolled back so the tables stay as they were.
 * Works on any database the tests reach, the application's or a scratch one.
 */
public final class DatabaseTallies {

    private static final List<String> COLUMNS = Stream.of(TallyColumn.values()).map(TallyColumn::column).toList();

    /** Every summary table: a test that deletes dossiers with bulk SQL empties these too. */
    public static final List<String> TABLES = List.of("dossier_tally", "dossier_tally_month", "dossier_tally_in_person",
            "dossier_tally_unit", "dossier_tally_unit_month", "dossier_tally_unit_in_person",
            "dossier_tally_unit_in_person_month");

    private DatabaseTallies() {
    }

    /** Every non-zero cell of the three summary tables, keyed by row and column. */
    public static Map<String, Long> cells(JdbcTemplate jdbc) {
        Map<String, Long> cells = new TreeMap<>();
        jdbc.query("SELECT * FROM dossier_tally", rs -> {
            String key = rs.getDate("day") + "/" + rs.getLong("unit_id") + "/" + rs.getLong("field_id") + "/"
                    + rs.getLong("procedure_id") + "/" + rs.getString("channel");
            for (String c : COLUMNS) {
                if (rs.getLong(c) != 0) {
                    cells.put(key + "/" + c, rs.getLong(c));
                }
            }
        });
        jdbc.query("SELECT * FROM dossier_tally_month", rs -> {
            for (String c : COLUMNS) {
                if (rs.getLong(c) != 0) {
                    cells.put("month " + rs.getDate("month_start") + "/" + rs.getLong("unit_id") + "/"
                            + rs.getLong("field_id") + "/" + rs.getLong("procedure_id") + "/" + rs.getString("channel")
                            + "/" + c, rs.getLong(c));
                }
            }
        });
        jdbc.query("SELECT * FROM dossier_tally_in_person WHERE dossiers <> 0", rs -> {
            cells.put(rs.getDate("result_day") + "/" + rs.getDate("returned_day") + "/" + rs.getLong("unit_id") + "/"
                    + rs.getLong("field_id") + "/" + rs.getLong("procedure_id") + "/" + rs.getString("channel"),
                    rs.getLong("dossiers"));
        });
        // the unit rollups (V19)
        for (String[] t : new String[][] {{"dossier_tally_unit", "day"}, {"dossier_tally_unit_month", "month_start"}}) {
            jdbc.query("SELECT * FROM " + t[0], rs -> {
                for (String c : COLUMNS) {
                    if (rs.getLong(c) != 0) {
                        cells.put(t[0] + " " + rs.getDate(t[1]) + "/" + rs.getLong("unit_id") + "/"
                                + rs.getString("channel") + "/" + c, rs.getLong(c));
                    }
                }
            });
        }
        jdbc.query("SELECT * FROM dossier_tally_unit_in_person WHERE dossiers <> 0", rs -> {
            cells.put("unit in person " + rs.getDate("result_day") + "/" + rs.getDate("returned_day") + "/"
                    + rs.getLong("unit_id") + "/" + rs.getString("channel"), rs.getLong("dossiers"));
        });
        jdbc.query("SELECT * FROM dossier_tally_unit_in_person_month WHERE dossiers <> 0", rs -> {
            cells.put("unit in person month " + rs.getDate("result_month") + "/" + rs.getDate("returned_month") + "/"
                    + rs.getLong("unit_id") + "/" + rs.getString("channel"), rs.getLong("dossiers"));
        });
        return cells;
    }

    /**
     * The cells a full rebuild from the dossier table gives ({@link DossierTallySql}), counted in a transaction that
     * is rolled back: the stored tables are left as they are. {@code jdbc} must write through {@code transactions}.
     */
    public static Map<String, Long> rebuilt(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions).execute(tx -> {
            tx.setRollbackOnly();
            jdbc.update("DELETE FROM dossier_tally");
            jdbc.update("DELETE FROM dossier_tally_month");
            jdbc.update("DELETE FROM dossier_tally_in_person");
            jdbc.update(DossierTallySql.REBUILD);
            jdbc.update(DossierTallySql.REBUILD_MONTHS);
            jdbc.update(DossierTallySql.REBUILD_IN_PERSON);
            jdbc.update("DELETE FROM dossier_tally_unit");
            jdbc.update("DELETE FROM dossier_tally_unit_month");
            jdbc.update("DELETE FROM dossier_tally_unit_in_person");
            jdbc.update(DossierTallySql.REBUILD_UNIT);
            jdbc.update(DossierTallySql.REBUILD_UNIT_MONTHS);
            jdbc.update("DELETE FROM dossier_tally_unit_in_person_month");
            jdbc.update(DossierTallySql.REBUILD_UNIT_IN_PERSON);
            jdbc.update(DossierTallySql.REBUILD_UNIT_IN_PERSON_MONTHS);
            return cells(jdbc);
        });
    }
}
