package vn.hcc.dashboard.pakn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Period;

/**
 * The PAKN figures of a period by one aggregate query over the {@code pakn} table, never loading an item — as
 * {@code intake.PeriodFiguresService} does for dossiers, with the same reading of a period: the items received by
 * {@code to} that were received in [from, to] or were still unanswered at {@code from}, each counted in its state at
 * {@code to}. A hidden item counts as hidden whether or not it had an answer (the Lương Tài 09/2024 report: "05 PAKN đã ẩn").
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PaknFiguresService {

    private static final String HIDDEN = "(hidden_on IS NOT NULL AND hidden_on <= :to)";
    private static final String HANDLED = "(NOT " + HIDDEN + " AND answered_on IS NOT NULL AND answered_on <= :to)";
    private static final String PENDING = "(NOT " + HIDDEN + " AND (answered_on IS NULL OR answered_on > :to))";

    private static final String SELECT = """
            SELECT %1$s,
              SUM(CASE WHEN received_on >= :from THEN 1 ELSE 0 END) AS received_in_period,
              SUM(CASE WHEN received_on < :from THEN 1 ELSE 0 END) AS carried_over,
              SUM(CASE WHEN %2$s AND answered_on <= deadline THEN 1 ELSE 0 END) AS handled_on_time,
              SUM(CASE WHEN %2$s AND answered_on > deadline THEN 1 ELSE 0 END) AS handled_late,
              SUM(CASE WHEN %3$s AND deadline >= :to THEN 1 ELSE 0 END) AS pending_within,
              SUM(CASE WHEN %3$s AND deadline < :to THEN 1 ELSE 0 END) AS pending_overdue,
              SUM(CASE WHEN %4$s THEN 1 ELSE 0 END) AS hidden
            FROM pakn
            WHERE %5$s
            """;

    /** The items a period counts: received in it, or received before and still unanswered and shown at its start. */
    private static final String IN_PERIOD = """
            received_on <= :to
              AND (received_on >= :from
                   OR ((answered_on IS NULL OR answered_on >= :from) AND (hidden_on IS NULL OR hidden_on >= :from)))""";

    /**
     * What the on-time rate's denominator counts and its numerator does not: handled late, or unanswered past the
     * deadline at {@code to} (due − handled on time, the same fragments as the columns above).
     */
    private static final String LATE = "((" + HANDLED + " AND answered_on > deadline) OR (" + PENDING
            + " AND deadline < :to))";

    private final NamedParameterJdbcTemplate jdbc;

    PaknFiguresService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The figures of [from, to] for the petitions assigned to {@code unitId}, or all petitions when it is null.
     * For the Minh Long 2024 report's appendix V table call {@code figures(from, to, unitId).appendixV()}.
     */
    public PaknFigures figures(Period period, Long unitId) {
        Builder all = new Builder();
        query(period, unitId, "category, channel", (rs, counts) -> all.add(rs, counts));
        return all.build();
    }

    /**
     * {@link #figures} of every assigned unit that has petitions in the period, by one query; the unassigned ones
     * under the key {@code null}. The values add up to {@code figures(from, to, null)}: the per-unit PAKN report.
     */
    public Map<Long, PaknFigures> figuresPerUnit(Period period) {
        Map<Long, Builder> rows = new LinkedHashMap<>();
        query(period, null, "unit_id, category, channel", (rs, counts) -> {
            long unit = rs.getLong("unit_id");
            rows.computeIfAbsent(rs.wasNull() ? null : unit, u -> new Builder()).add(rs, counts);
        });
        Map<Long, PaknFigures> figures = new LinkedHashMap<>();
        rows.forEach((unit, b) -> figures.put(unit, b.build()));
        figures.values().removeIf(f -> PaknCounts.EMPTY.equals(f.total()));
        return figures;
    }

    /** Sums the query's rows into totals and per-category and per-channel counts, every key present. */
    private static final class Builder {
        private PaknCounts total = PaknCounts.EMPTY;
        private final Map<PaknCategory, PaknCounts> byCategory = new EnumMap<>(PaknCategory.class);
        private final Map<PaknChannel, PaknCounts> byChannel = new EnumMap<>(PaknChannel.class);

        Builder() {
            for (PaknCategory c : PaknCategory.values()) {
                byCategory.put(c, PaknCounts.EMPTY);
            }
            for (PaknChannel c : PaknChannel.values()) {
                byChannel.put(c, PaknCounts.EMPTY);
            }
        }

        void add(ResultSet rs, PaknCounts counts) throws SQLException {
            total = total.plus(counts);
            byCategory.merge(PaknCategory.valueOf(rs.getString("category")), counts, PaknCounts::plus);
            byChannel.merge(PaknChannel.valueOf(rs.getString("channel")), counts, PaknCounts::plus);
        }

        PaknFigures build() {
            return new PaknFigures(total, byCategory, byChannel);
        }
    }

    /** The totals per assigned unit that has petitions in the period; unassigned ones under the key {@code null}. */
    public Map<Long, PaknCounts> perUnit(Period period) {
        Map<Long, PaknCounts> rows = new LinkedHashMap<>();
        query(period, null, "unit_id", (rs, counts) -> {
            long unit = rs.getLong("unit_id");
            rows.merge(rs.wasNull() ? null : unit, counts, PaknCounts::plus);
        });
        rows.values().removeIf(PaknCounts.EMPTY::equals);
        return rows;
    }

    /**
     * The totals of each of {@code parts} (a dashboard's months, each a period of its own with its own carried-over
     * items) for one unit or all, from one query: the parts are a derived table the items are joined with.
     */
    public List<PaknCounts> totals(List<Period> parts, Long unitId) {
        if (parts.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            table.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i)
                    .append(" AS part, CAST(:from").append(i).append(" AS DATE) AS part_from, CAST(:to").append(i)
                    .append(" AS DATE) AS part_to");
            params.addValue("from" + i, parts.get(i).from()).addValue("to" + i, parts.get(i).to());
        }
        // the period's bounds become the part's columns; the bounds are replaced before the parts join in
        String select = SELECT.formatted("m.part", HANDLED, PENDING, HIDDEN, IN_PERIOD).replace(":from", "m.part_from")
                .replace(":to", "m.part_to");
        StringBuilder sql = new StringBuilder(select.replace("FROM pakn", "FROM pakn CROSS JOIN (" + table + ") m"));
        unitCondition(unitId, sql, params);
        sql.append(" GROUP BY m.part");
        PaknCounts[] totals = new PaknCounts[parts.size()];
        Arrays.fill(totals, PaknCounts.EMPTY);
        jdbc.query(sql.toString(), params, rs -> {
            totals[rs.getInt("part")] = read(rs);
        });
        return List.of(totals);
    }

    private interface RowHandler {
        void accept(ResultSet rs, PaknCounts counts) throws SQLException;
    }

    private void query(Period period, Long unitId, String groupColumns, RowHandler row) {
        MapSqlParameterSource params = periodParams(period);
        StringBuilder sql = new StringBuilder(SELECT.formatted(groupColumns, HANDLED, PENDING, HIDDEN, IN_PERIOD));
        unitCondition(unitId, sql, params);
        sql.append(" GROUP BY ").append(groupColumns);
        jdbc.query(sql.toString(), params, rs -> {
            row.accept(rs, read(rs));
        });
    }

    /**
     * The ids of the petitions of the period (of one unit, or all) that lost the on-time rate its points, in id order,
     * {@code limit} of them from {@code offset}: the scorecard's drill-down. Their count is {@link #countLate}.
     */
    public List<Long> lateIds(Period period, Long unitId, long offset, int limit) {
        MapSqlParameterSource params = periodParams(period).addValue("offset", offset).addValue("limit", limit);
        StringBuilder sql = new StringBuilder("SELECT id FROM pakn WHERE " + IN_PERIOD + " AND " + LATE);
        unitCondition(unitId, sql, params);
        sql.append(" ORDER BY id LIMIT :limit OFFSET :offset");
        return jdbc.queryForList(sql.toString(), params, Long.class);
    }

    /** How many petitions {@link #lateIds} lists: {@code due() - handledOnTime()} of the period's figures. */
    public long countLate(Period period, Long unitId) {
        MapSqlParameterSource params = periodParams(period);
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM pakn WHERE " + IN_PERIOD + " AND " + LATE);
        unitCondition(unitId, sql, params);
        Long n = jdbc.queryForObject(sql.toString(), params, Long.class);
        return n == null ? 0 : n;
    }

    private static MapSqlParameterSource periodParams(Period period) {
        return new MapSqlParameterSource().addValue("from", period.from()).addValue("to", period.to());
    }

    private static void unitCondition(Long unitId, StringBuilder sql, MapSqlParameterSource params) {
        if (unitId != null) {
            sql.append(" AND unit_id = :unit");
            params.addValue("unit", unitId);
        }
    }

    private static PaknCounts read(ResultSet rs) throws SQLException {
        return new PaknCounts(rs.getLong("received_in_period"), rs.getLong("carried_over"),
                rs.getLong("handled_on_time"), rs.getLong("handled_late"), rs.getLong("pending_within"),
                rs.getLong("pending_overdue"), rs.getLong("hidden"));
    }
}
