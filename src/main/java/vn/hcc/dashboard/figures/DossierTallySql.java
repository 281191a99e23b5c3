package vn.hcc.dashboard.figures;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hcc.dashboard.intake.DossierCondition;

/**
 * The statements that write {@code dossier_tally}, {@code dossier_tally_month} and {@code dossier_tally_in_person}
 * (V7, V11), and their unit rollups {@code dossier_tally_unit*} (V19), rendered from {@link TallyColumn}: the
 * rebuild is one SELECT per {@link TallyEvent}, each column the CASE of its share on that day, summed per day and
 * group; the unit rollups are sums of the detailed rows.
 */
final class DossierTallySql {

    private static final List<String> COLUMNS = Arrays.stream(TallyColumn.values()).map(TallyColumn::column).toList();
    private static final String GROUP = "unit_id, field_id, procedure_id, channel";
    private static final String UNIT_GROUP = "unit_id, channel";

    private DossierTallySql() {
    }

    /**
     * Recomputes dossier_tally from the dossiers; V7's backfill is the same count without V11's columns (no dossier
     * recorded those facts before V11, so their backfill is the column default 0).
     */
    static final String REBUILD = "INSERT INTO dossier_tally (day, " + GROUP + ", " + String.join(", ", COLUMNS)
            + ") SELECT day, " + GROUP + ", " + sums() + " FROM ("
            + Arrays.stream(TallyEvent.values()).map(DossierTallySql::select).collect(Collectors.joining(" UNION ALL "))
            + ") e GROUP BY day, " + GROUP;

    /** Recomputes dossier_tally_month from dossier_tally. */
    static final String REBUILD_MONTHS = "INSERT INTO dossier_tally_month (month_start, " + GROUP + ", "
            + String.join(", ", COLUMNS) + ") SELECT TIMESTAMPADD(DAY, 1 - DAYOFMONTH(day), day), " + GROUP + ", "
            + sums() + " FROM dossier_tally GROUP BY TIMESTAMPADD(DAY, 1 - DAYOFMONTH(day), day), " + GROUP;

    /** Recomputes dossier_tally_in_person from the dossiers: per result day and returned day. */
    static final String REBUILD_IN_PERSON = """
            INSERT INTO dossier_tally_in_person (result_day, returned_day, unit_id, field_id, procedure_id, channel,
              dossiers)
            SELECT %1$s, GREATEST(returned_on, received_on), unit_id, field_id, COALESCE(procedure_id, 0), channel,
              COUNT(*)
            FROM dossier
            WHERE %2$s
            GROUP BY %1$s, GREATEST(returned_on, received_on), unit_id, field_id, COALESCE(procedure_id, 0), channel
            """.formatted(TallyEvent.LEFT.sqlDay(), TallyColumn.PAID_IN_PERSON.sql());

    /** The unit rollups (V19): the same sums without field and procedure, from the detailed tables. */
    static final String REBUILD_UNIT = rollup("dossier_tally_unit", "day", "dossier_tally");

    static final String REBUILD_UNIT_MONTHS = rollup("dossier_tally_unit_month", "month_start", "dossier_tally_month");

    static final String REBUILD_UNIT_IN_PERSON = "INSERT INTO dossier_tally_unit_in_person (result_day,"
            + " returned_day, unit_id, channel, dossiers) SELECT result_day, returned_day, unit_id, channel,"
            + " SUM(dossiers) FROM dossier_tally_in_person GROUP BY result_day, returned_day, unit_id, channel";

    static final String REBUILD_UNIT_IN_PERSON_MONTHS = "INSERT INTO dossier_tally_unit_in_person_month"
            + " (result_month, returned_month, unit_id, channel, dossiers) SELECT"
            + " TIMESTAMPADD(DAY, 1 - DAYOFMONTH(result_day), result_day),"
            + " TIMESTAMPADD(DAY, 1 - DAYOFMONTH(returned_day), returned_day), unit_id, channel, SUM(dossiers)"
            + " FROM dossier_tally_unit_in_person GROUP BY TIMESTAMPADD(DAY, 1 - DAYOFMONTH(result_day), result_day),"
            + " TIMESTAMPADD(DAY, 1 - DAYOFMONTH(returned_day), returned_day), unit_id, channel";

    static final String UPSERT = "INSERT INTO dossier_tally (day, " + GROUP + ", " + String.join(", ", COLUMNS)
            + ") VALUES (?, ?, ?, ?, ?" + ", ?".repeat(COLUMNS.size()) + ") ON DUPLICATE KEY UPDATE " + String.join(
                    ", ", COLUMNS.stream().map(c -> c + " = " + c + " + VALUES(" + c + ")").toList());

    static final String UPSERT_MONTH = UPSERT.replace("dossier_tally (day,", "dossier_tally_month (month_start,");

    static final String UPSERT_IN_PERSON = "INSERT INTO dossier_tally_in_person (result_day, returned_day, unit_id,"
            + " field_id, procedure_id, channel, dossiers) VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE dossiers = dossiers + VALUES(dossiers)";

    static final String UPSERT_UNIT = "INSERT INTO dossier_tally_unit (day, " + UNIT_GROUP + ", "
            + String.join(", ", COLUMNS) + ") VALUES (?, ?, ?" + ", ?".repeat(COLUMNS.size())
            + ") ON DUPLICATE KEY UPDATE " + String.join(", ",
                    COLUMNS.stream().map(c -> c + " = " + c + " + VALUES(" + c + ")").toList());

    static final String UPSERT_UNIT_MONTH = UPSERT_UNIT.replace("dossier_tally_unit (day,",
            "dossier_tally_unit_month (month_start,");

    static final String UPSERT_UNIT_IN_PERSON = "INSERT INTO dossier_tally_unit_in_person (result_day, returned_day,"
            + " unit_id, channel, dossiers) VALUES (?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE dossiers = dossiers + VALUES(dossiers)";

    static final String UPSERT_UNIT_IN_PERSON_MONTH = "INSERT INTO dossier_tally_unit_in_person_month"
            + " (result_month, returned_month, unit_id, channel, dossiers) VALUES (?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE dossiers = dossiers + VALUES(dossiers)";

    private static String rollup(String table, String dayColumn, String from) {
        return "INSERT INTO " + table + " (" + dayColumn + ", " + UNIT_GROUP + ", " + String.join(", ", COLUMNS)
                + ") SELECT " + dayColumn + ", " + UNIT_GROUP + ", " + sums() + " FROM " + from + " GROUP BY "
                + dayColumn + ", " + UNIT_GROUP;
    }

    /** One of the UPSERT statements for {@code rows} rows: its VALUES group repeated. */
    static String manyRows(String upsert, int rows) {
        int start = upsert.indexOf("VALUES (") + "VALUES ".length();
        int end = upsert.indexOf(')', start) + 1;
        return upsert.substring(0, start) + String.join(", ", java.util.Collections.nCopies(rows,
                upsert.substring(start, end))) + upsert.substring(end);
    }

    private static String sums() {
        return COLUMNS.stream().map(c -> "SUM(" + c + ")").collect(Collectors.joining(", "));
    }

    /**
     * What every dossier adds on the day of {@code event}: only the dossiers for which the event happened and some
     * column counts, so that the rebuild writes no row a dossier-by-dossier tally would not.
     */
    private static String select(TallyEvent event) {
        StringBuilder sql = new StringBuilder("SELECT ").append(event.sqlDay())
                .append(" AS day, unit_id, field_id, COALESCE(procedure_id, 0) AS procedure_id, channel");
        Set<String> counting = new LinkedHashSet<>();
        for (TallyColumn c : TallyColumn.values()) {
            List<TallyColumn.Share> on = c.shares().stream().filter(s -> s.event() == event).toList();
            sql.append(", ").append(on.isEmpty() ? "0"
                    : on.stream().map(TallyColumn.Share::sql).collect(Collectors.joining(" + ")))
                    .append(" AS ").append(c.column());
            on.forEach(s -> counting.add(s.when() == DossierCondition.ALWAYS ? null : s.when().sql()));
        }
        sql.append(" FROM dossier");
        String happens = event.sqlHappens();
        String counts = counting.contains(null) ? null : "(" + String.join(" OR ", counting) + ")";
        if (happens != null || counts != null) {
            sql.append(" WHERE ")
                    .append(happens == null ? counts : counts == null ? happens : happens + " AND " + counts);
        }
        return sql.toString();
    }
}
