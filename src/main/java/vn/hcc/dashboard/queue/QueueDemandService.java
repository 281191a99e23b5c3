package vn.hcc.dashboard.queue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Period;

/**
 * The queue's demand by weekday, 30-minute slot of the time of issue and field ({@link DemandHistory}), in three
 * aggregate queries whatever the length of the history: no ticket is loaded. The weekday comes from the day of
 * issue (0 = Monday, counted from a Monday long past, as {@link QueueFiguresService} counts weeks).
 *
 * <p>The time of day needs care: Hibernate writes a ticket's local time as the instant it is in the JVM's zone,
 * shown in {@code hibernate.jdbc.time_zone}. Where the two zones differ (a server in UTC) the stored wall clock is
 * shifted by their difference, so the query shifts it back before it cuts the day into slots.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class QueueDemandService {

    static final int SLOT_MINUTES = 30;
    private static final String WEEKDAY = "MOD(TIMESTAMPDIFF(DAY, DATE '2001-01-01', issued_on), 7)";
    /**
     * The shift is written into the statement as a number (an int the service computes, never input): a bind
     * parameter would make the SELECT's and the GROUP BY's expressions differ for H2.
     */
    private static final String SLOT = "(EXTRACT(HOUR FROM TIMESTAMPADD(MINUTE, %1$d, issued_at)) * 2"
            + " + FLOOR(EXTRACT(MINUTE FROM TIMESTAMPADD(MINUTE, %1$d, issued_at)) / 30))";

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId jdbcZone;

    QueueDemandService(NamedParameterJdbcTemplate jdbc,
            @Value("${spring.jpa.properties.hibernate.jdbc.time_zone:}") String jdbcZone) {
        this.jdbc = jdbc;
        this.jdbcZone = jdbcZone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(jdbcZone);
    }

    /** Minutes to add to a stored time to get the local time Hibernate was given (0 when the zones agree). */
    int shiftMinutes(Period period) {
        java.time.Instant at = period.from().atStartOfDay(jdbcZone).toInstant();
        return (ZoneId.systemDefault().getRules().getOffset(at).getTotalSeconds()
                - jdbcZone.getRules().getOffset(at).getTotalSeconds()) / 60;
    }

    public DemandHistory demandBySlot(Period period) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", period.from())
                .addValue("to", period.to());
        String slot = SLOT.formatted(shiftMinutes(period));
        List<DemandHistory.Slot> slots = jdbc.query("SELECT " + WEEKDAY + " AS wd, " + slot + """
                 AS slot, field_id, COUNT(*) AS arrivals,
                  SUM(CASE WHEN called_at IS NOT NULL THEN 1 ELSE 0 END) AS called,
                  SUM(CASE WHEN called_at IS NOT NULL THEN TIMESTAMPDIFF(SECOND, issued_at, called_at) ELSE 0 END)
                    AS wait_secs
                FROM queue_ticket WHERE issued_on BETWEEN :from AND :to
                """ + " GROUP BY " + WEEKDAY + ", " + slot + ", field_id", params,
                (rs, i) -> new DemandHistory.Slot(DayOfWeek.of(rs.getInt("wd") + 1),
                        LocalTime.MIN.plusMinutes((long) SLOT_MINUTES * rs.getInt("slot")), rs.getLong("field_id"),
                        rs.getLong("arrivals"), rs.getLong("called"), rs.getLong("wait_secs")));
        Map<DayOfWeek, Long> days = new EnumMap<>(DayOfWeek.class);
        jdbc.query("SELECT " + WEEKDAY + " AS wd, COUNT(DISTINCT issued_on) AS days FROM queue_ticket"
                + " WHERE issued_on BETWEEN :from AND :to GROUP BY " + WEEKDAY, params, rs -> {
                    days.put(DayOfWeek.of(rs.getInt("wd") + 1), rs.getLong("days"));
                });
        Map<Long, DemandHistory.ServiceTime> service = new LinkedHashMap<>();
        jdbc.query("""
                SELECT field_id, COUNT(*) AS n, SUM(TIMESTAMPDIFF(SECOND, called_at, served_until)) AS total
                FROM queue_ticket
                WHERE issued_on BETWEEN :from AND :to AND status = 'SERVED' AND called_at IS NOT NULL
                  AND served_until IS NOT NULL
                GROUP BY field_id
                """, params, rs -> {
                    service.put(rs.getLong("field_id"),
                            new DemandHistory.ServiceTime(rs.getLong("n"), rs.getLong("total")));
                });
        return new DemandHistory(period, days, slots, service);
    }
}
