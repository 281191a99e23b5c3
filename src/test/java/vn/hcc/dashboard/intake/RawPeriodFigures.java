package vn.hcc.dashboard.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.hcc.dashboard.figures.DossierFilter;
import vn.hcc.dashboard.figures.PeriodFigures;
import vn.hcc.dashboard.figures.PeriodFiguresService.GroupBy;

/**
 * TEST ORACLE: the per-dossier definition of domain.md §3 exactly as PeriodFiguresService computed it before the
 * summary table (V7): one scan of the dossier table with a CASE per figure. The summary must agree with it on any data.
 * Was: the single source of truth for domain.md §3: one aggregate query over the dossier table computes every figure of a
 * period, for all dossiers or grouped by field or unit, without loading a dossier. Each dossier of the received set
 * lands in exactly one state at {@code to} (resolved, ended, suspended, in progress), so the rows always add up.
 */
public final class RawPeriodFigures {

    private static String column(GroupBy groupBy) {
        return switch (groupBy) {
            case NONE -> "0";
            case FIELD -> "field_id";
            case UNIT -> "unit_id";
            case PROCEDURE -> "COALESCE(procedure_id, 0)";
        };
    }

    private static final String RESOLVED = "(result_on IS NOT NULL AND result_on <= :to)";
    private static final String NOT_RESOLVED = "(result_on IS NULL OR result_on > :to)";
    private static final String ENDED = "(" + NOT_RESOLVED + " AND ended_on IS NOT NULL AND ended_on <= :to)";
    private static final String OPEN = "(" + NOT_RESOLVED + " AND (ended_on IS NULL OR ended_on > :to))";
    private static final String SUSPENDED = "status IN ('SUPPLEMENT_REQUESTED', 'SUSPENDED_FINANCIAL', 'SUSPENDED_OTHER')";
    private static final String IN_PROGRESS = "(" + OPEN + " AND NOT " + SUSPENDED + ")";
    private static final String ONLINE = "channel IN ('ONLINE', 'SMARTPHONE')";
    private static final String LATE = "((" + RESOLVED + " AND result_on > due_on) OR (" + IN_PROGRESS
            + " AND due_on < :to))";

    private static final String SELECT = """
            SELECT %s AS grp,
              SUM(CASE WHEN received_on >= :from AND %s THEN 1 ELSE 0 END) AS received_online,
              SUM(CASE WHEN received_on >= :from AND NOT %s THEN 1 ELSE 0 END) AS received_direct,
              SUM(CASE WHEN received_on < :from THEN 1 ELSE 0 END) AS carried_over,
              SUM(CASE WHEN %s AND result_on < due_on THEN 1 ELSE 0 END) AS resolved_early,
              SUM(CASE WHEN %s AND result_on = due_on THEN 1 ELSE 0 END) AS resolved_on_time,
              SUM(CASE WHEN %s AND result_on > due_on THEN 1 ELSE 0 END) AS resolved_late,
              SUM(CASE WHEN %s AND due_on >= :to THEN 1 ELSE 0 END) AS in_progress_not_due,
              SUM(CASE WHEN %s AND due_on < :to THEN 1 ELSE 0 END) AS in_progress_overdue,
              SUM(CASE WHEN %s AND status = 'SUPPLEMENT_REQUESTED' THEN 1 ELSE 0 END) AS suspended_supplement,
              SUM(CASE WHEN %s AND status = 'SUSPENDED_FINANCIAL' THEN 1 ELSE 0 END) AS suspended_financial,
              SUM(CASE WHEN %s AND status = 'SUSPENDED_OTHER' THEN 1 ELSE 0 END) AS suspended_other,
              SUM(CASE WHEN %s AND status = 'REFUSED' THEN 1 ELSE 0 END) AS refused,
              SUM(CASE WHEN %s AND status <> 'REFUSED' THEN 1 ELSE 0 END) AS withdrawn,
              SUM(CASE WHEN %s AND fee > 0 THEN 1 ELSE 0 END) AS resolved_with_fee,
              SUM(CASE WHEN %s AND fee > 0 AND paid_online THEN 1 ELSE 0 END) AS resolved_paid_online,
              SUM(CASE WHEN %s THEN fee ELSE 0 END) AS fee_amount,
              SUM(CASE WHEN received_on >= :from AND digitized_components THEN 1 ELSE 0 END) AS received_digitized,
              SUM(CASE WHEN %s AND digitized_result THEN 1 ELSE 0 END) AS resolved_digitized,
              SUM(CASE WHEN %s AND apology_sent THEN 1 ELSE 0 END) AS late_with_apology,
              SUM(CASE WHEN %s AND NOT apology_sent THEN 1 ELSE 0 END) AS late_without_apology,
              SUM(CASE WHEN %s AND fee > 0 AND NOT paid_online AND returned_on IS NOT NULL AND returned_on <= :to
                  THEN 1 ELSE 0 END) AS resolved_paid_in_person,
              SUM(CASE WHEN received_on >= :from AND channel = 'IN_PERSON' THEN 1 ELSE 0 END) AS received_in_person,
              SUM(CASE WHEN received_on >= :from AND channel = 'ORDINARY_POSTAL' THEN 1 ELSE 0 END) AS received_ordinary,
              SUM(CASE WHEN received_on >= :from AND channel = 'POSTAL' THEN 1 ELSE 0 END) AS received_public_postal,
              SUM(CASE WHEN received_on >= :from AND channel = 'SMARTPHONE' THEN 1 ELSE 0 END) AS received_smartphone,
              SUM(CASE WHEN received_on >= :from AND components_stored THEN 1 ELSE 0 END) AS components_stored,
              SUM(CASE WHEN received_on >= :from AND components_stored IS NOT NULL THEN 1 ELSE 0 END) AS components_known,
              SUM(CASE WHEN %s AND result_stored THEN 1 ELSE 0 END) AS result_stored,
              SUM(CASE WHEN %s AND result_stored IS NOT NULL THEN 1 ELSE 0 END) AS result_known,
              SUM(CASE WHEN received_on >= :from AND reused_data THEN 1 ELSE 0 END) AS reused_data,
              SUM(CASE WHEN received_on >= :from AND reused_data IS NOT NULL THEN 1 ELSE 0 END) AS reused_known
            FROM dossier
            WHERE received_on <= :to
              AND (received_on >= :from
                   OR ((result_on IS NULL OR result_on >= :from) AND (ended_on IS NULL OR ended_on >= :from)))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public RawPeriodFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of [from, to] for the dossiers the filter selects. */
    public PeriodFigures figures(LocalDate from, LocalDate to, DossierFilter filter) {
        return grouped(from, to, filter, GroupBy.NONE).getOrDefault(0L, PeriodFigures.EMPTY);
    }

    /** One row per field, unit or procedure id that has dossiers in the period, in id order. */
    public Map<Long, PeriodFigures> grouped(LocalDate from, LocalDate to, DossierFilter filter, GroupBy groupBy) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " – " + to);
        }
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", from).addValue("to", to);
        StringBuilder sql = new StringBuilder(select(column(groupBy)));
        narrow(sql, params, filter);
        if (groupBy != GroupBy.NONE) {
            sql.append(" GROUP BY ").append(column(groupBy)).append(" ORDER BY ").append(column(groupBy));
        }
        Map<Long, PeriodFigures> rows = new LinkedHashMap<>();
        jdbc.query(sql.toString(), params, rs -> {
            rows.put(rs.getLong("grp"), read(rs));
        });
        rows.values().removeIf(PeriodFigures.EMPTY::equals);
        return rows;
    }

    /**
     * One row per combination of the given dossier columns (for example {@code unit_id, channel}) that has dossiers
     * in the period, keyed by the values joined with '/': the same definition, any grouping, still one scan.
     */
    public Map<String, PeriodFigures> groupedBy(LocalDate from, LocalDate to, DossierFilter filter,
            String... columns) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", from).addValue("to", to);
        String key = "CONCAT_WS('/', " + String.join(", ", columns) + ")";
        StringBuilder sql = new StringBuilder(select(key));
        narrow(sql, params, filter);
        sql.append(" GROUP BY ").append(String.join(", ", columns));
        Map<String, PeriodFigures> rows = new LinkedHashMap<>();
        jdbc.query(sql.toString(), params, rs -> {
            rows.put(rs.getString("grp"), read(rs));
        });
        rows.values().removeIf(PeriodFigures.EMPTY::equals);
        return rows;
    }

    private static String select(String groupColumn) {
        return SELECT.formatted(groupColumn, ONLINE, ONLINE, RESOLVED, RESOLVED, RESOLVED, IN_PROGRESS, IN_PROGRESS,
                OPEN, OPEN, OPEN, ENDED, ENDED, RESOLVED, RESOLVED, RESOLVED, RESOLVED, LATE, LATE,
                RESOLVED, RESOLVED, RESOLVED);
    }

    private static PeriodFigures read(ResultSet rs) throws SQLException {
        return new PeriodFigures(rs.getLong("received_online"), rs.getLong("received_direct"),
                rs.getLong("carried_over"), rs.getLong("resolved_early"), rs.getLong("resolved_on_time"),
                rs.getLong("resolved_late"), rs.getLong("in_progress_not_due"), rs.getLong("in_progress_overdue"),
                rs.getLong("suspended_supplement"), rs.getLong("suspended_financial"),
                rs.getLong("suspended_other"), rs.getLong("refused"), rs.getLong("withdrawn"),
                rs.getLong("resolved_with_fee"), rs.getLong("resolved_paid_online"), rs.getLong("fee_amount"),
                rs.getLong("received_digitized"), rs.getLong("resolved_digitized"),
                rs.getLong("late_with_apology"), rs.getLong("late_without_apology"),
                rs.getLong("resolved_paid_in_person"), rs.getLong("received_in_person"),
                rs.getLong("received_ordinary"), rs.getLong("received_public_postal"),
                rs.getLong("received_smartphone"), rs.getLong("components_stored"), rs.getLong("components_known"),
                rs.getLong("result_stored"), rs.getLong("result_known"), rs.getLong("reused_data"),
                rs.getLong("reused_known"));
    }

    /** The filter's unit, field and channel as conditions on the scan. */
    private static void narrow(StringBuilder sql, MapSqlParameterSource params, DossierFilter filter) {
        if (filter.unitId() != null) {
            sql.append(" AND unit_id = :unit");
            params.addValue("unit", filter.unitId());
        }
        if (filter.fieldId() != null) {
            sql.append(" AND field_id = :field");
            params.addValue("field", filter.fieldId());
        }
        if (filter.channel() != null) {
            sql.append(" AND channel = :channel");
            params.addValue("channel", filter.channel().name());
        }
    }
}
