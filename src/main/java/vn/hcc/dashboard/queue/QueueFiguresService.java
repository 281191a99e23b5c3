package vn.hcc.dashboard.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;

/**
 * Visits, no-shows, waits and service times of a period [from, to] (by day of issue), in total or per counter, field
 * or day, from two aggregate queries over the ticket table without loading a ticket. The 90th percentile is ranked
 * with ROW_NUMBER and COUNT window functions and integer arithmetic (10·rank ≥ 9·n), which H2 and MariaDB both run
 * the same way; MariaDB has PERCENTILE_CONT only as a window function and H2 computes it differently, so neither is
 * used.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class QueueFiguresService {

    private static final String COUNTS = """
            SELECT %s AS grp, COUNT(*) AS tickets,
              SUM(CASE WHEN status = 'SERVED' AND transferred_from_id IS NULL THEN 1 ELSE 0 END) AS visits,
              SUM(CASE WHEN status = 'SERVED' THEN 1 ELSE 0 END) AS served,
              SUM(CASE WHEN status = 'NO_SHOW' THEN 1 ELSE 0 END) AS no_shows,
              SUM(CASE WHEN status = 'WAITING' THEN 1 ELSE 0 END) AS waiting
            FROM queue_ticket
            WHERE issued_on BETWEEN :from AND :to %s
            """;

    private static final String DURATIONS = """
            WITH d AS (
              SELECT %1$s AS grp, 'W' AS kind, TIMESTAMPDIFF(SECOND, issued_at, called_at) AS secs
              FROM queue_ticket
              WHERE issued_on BETWEEN :from AND :to AND called_at IS NOT NULL %2$s
              UNION ALL
              SELECT %1$s AS grp, 'S' AS kind, TIMESTAMPDIFF(SECOND, called_at, served_until) AS secs
              FROM queue_ticket
              WHERE issued_on BETWEEN :from AND :to AND status = 'SERVED' AND served_until IS NOT NULL %2$s
            ), r AS (
              SELECT grp, kind, secs,
                ROW_NUMBER() OVER (PARTITION BY grp, kind ORDER BY secs) AS rn,
                COUNT(*) OVER (PARTITION BY grp, kind) AS n
              FROM d
            )
            SELECT grp, kind, COUNT(*) AS n, SUM(secs) AS total, MIN(CASE WHEN 10 * rn >= 9 * n THEN secs END) AS p90
            FROM r
            GROUP BY grp, kind
            """;

    /**
     * How the rows are split; per counter only the tickets a counter called. A week is numbered from a Monday long
     * past and a month as year·12 + month − 1, with functions H2 and MariaDB share, so that the grouping stays in
     * the aggregate query and the average wait of a week or month is its total wait over its called tickets.
     */
    public enum GroupBy {
        NONE("0", ""), COUNTER("counter_id", "AND counter_id IS NOT NULL"), FIELD("field_id", ""),
        DAY("issued_on", ""),
        /** Keyed by the Monday of the ISO week. */
        WEEK("FLOOR(TIMESTAMPDIFF(DAY, DATE '2001-01-01', issued_on) / 7)", ""),
        /** Keyed by the first day of the month. */
        MONTH("(EXTRACT(YEAR FROM issued_on) * 12 + EXTRACT(MONTH FROM issued_on) - 1)", "");

        private final String column;
        private final String condition;

        GroupBy(String column, String condition) {
            this.column = column;
            this.condition = condition;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CounterService counters;
    private final FieldService fields;
    private final Clock clock;

    QueueFiguresService(NamedParameterJdbcTemplate jdbc, CounterService counters, FieldService fields, Clock clock) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.fields = fields;
        this.clock = clock;
    }

    public QueueFigures total(Period period) {
        return grouped(period, GroupBy.NONE).getOrDefault(0L, QueueFigures.EMPTY);
    }

    /**
     * Counter or field id → figures; a day → figures for {@link GroupBy#DAY}, the week's Monday or the month's first
     * day for {@link GroupBy#WEEK} and {@link GroupBy#MONTH} (only the period's tickets count). Rows in key order.
     */
    public Map<Object, QueueFigures> grouped(Period period, GroupBy groupBy) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", from).addValue("to", to);
        Map<Object, QueueFigures> rows = new LinkedHashMap<>();
        String counts = COUNTS.formatted(groupBy.column, groupBy.condition)
                + (groupBy == GroupBy.NONE ? "" : " GROUP BY " + groupBy.column + " ORDER BY " + groupBy.column);
        jdbc.query(counts, params, rs -> {
            rows.put(key(rs, groupBy), new QueueFigures(rs.getLong("tickets"), rs.getLong("visits"),
                    rs.getLong("served"), rs.getLong("no_shows"), rs.getLong("waiting"), 0, 0, 0, 0, 0, 0));
        });
        Map<Object, long[]> durations = new LinkedHashMap<>();
        jdbc.query(DURATIONS.formatted(groupBy.column, groupBy.condition), params, rs -> {
            long[] d = durations.computeIfAbsent(key(rs, groupBy), k -> new long[6]);
            int at = "W".equals(rs.getString("kind")) ? 0 : 3;
            d[at] = rs.getLong("n");
            d[at + 1] = rs.getLong("total");
            d[at + 2] = rs.getLong("p90");
        });
        durations.forEach((k, d) -> rows.computeIfPresent(k,
                (key, f) -> f.withDurations(d[0], d[1], d[2], d[3], d[4], d[5])));
        rows.values().removeIf(QueueFigures.EMPTY::equals);
        return rows;
    }

    /** {@link GroupBy#COUNTER} rows with each counter's name, in the order of {@link #grouped}. */
    public List<NamedQueueFigures> perCounter(Period period) {
        return named(grouped(period, GroupBy.COUNTER), counters::namesOf);
    }

    /** {@link GroupBy#FIELD} rows with each field's name, in the order of {@link #grouped}. */
    public List<NamedQueueFigures> perField(Period period) {
        return named(grouped(period, GroupBy.FIELD), fields::namesOf);
    }

    private static List<NamedQueueFigures> named(Map<Object, QueueFigures> rows,
            Function<Collection<Long>, Map<Long, String>> namesOf) {
        Map<Long, String> names = namesOf.apply(rows.keySet().stream().map(k -> (Long) k).toList());
        return rows.entrySet().stream().map(e -> new NamedQueueFigures((Long) e.getKey(),
                names.getOrDefault((Long) e.getKey(), ""), e.getValue())).toList();
    }

    /** Tickets waiting in the hall now. */
    public long waitingNow() {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM queue_ticket WHERE issued_on = :day AND status = 'WAITING'",
                new MapSqlParameterSource("day", LocalDate.now(clock)), Long.class);
        return n == null ? 0 : n;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** 2001-01-01, the Monday that {@link GroupBy#WEEK} counts weeks from. */
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2001, 1, 1);

    private static Object key(ResultSet rs, GroupBy groupBy) throws SQLException {
        return switch (groupBy) {
            case DAY -> rs.getObject("grp", LocalDate.class);
            case WEEK -> FIRST_MONDAY.plusWeeks(rs.getLong("grp"));
            case MONTH -> {
                long months = rs.getLong("grp");
                yield LocalDate.of((int) (months / 12), (int) (months % 12) + 1, 1);
            }
            default -> rs.getLong("grp");
        };
    }
}
