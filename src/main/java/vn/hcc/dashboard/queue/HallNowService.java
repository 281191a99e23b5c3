package vn.hcc.dashboard.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The queue as the wall shows it, by two small queries over today's tickets (the waiting count and oldest ticket by
 * the index on day and status; the tickets being called, one per open counter), never loading a day's tickets.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.WALL_VIEW)
public class HallNowService {

    private static final String WAITING = """
            SELECT COUNT(*) AS n, MIN(issued_at) AS oldest FROM queue_ticket
            WHERE issued_on = :day AND status = 'WAITING'
            """;

    private static final String OLDEST_NUMBER = """
            SELECT ticket_number FROM queue_ticket
            WHERE issued_on = :day AND status = 'WAITING' AND issued_at = :oldest ORDER BY id
            """;

    /** The latest call per counter wins when (by a race) a counter holds two called tickets, as on the display. */
    private static final String CALLED = """
            SELECT counter_id, ticket_number, served_by FROM queue_ticket
            WHERE issued_on = :day AND status = 'CALLED' AND counter_id IS NOT NULL ORDER BY announced_at, id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ServiceCounterRepository counters;
    private final Clock clock;

    HallNowService(NamedParameterJdbcTemplate jdbc, ServiceCounterRepository counters, Clock clock) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.clock = clock;
    }

    public HallNow now() {
        MapSqlParameterSource day = new MapSqlParameterSource("day", LocalDate.now(clock));
        long[] waiting = new long[1];
        LocalDateTime[] oldest = new LocalDateTime[1];
        jdbc.query(WAITING, day, rs -> {
            waiting[0] = rs.getLong("n");
            oldest[0] = rs.getObject("oldest", LocalDateTime.class);
        });
        String oldestNumber = oldest[0] == null ? null
                : jdbc.queryForList(OLDEST_NUMBER, new MapSqlParameterSource(day.getValues()).addValue("oldest",
                        oldest[0]), String.class).stream().findFirst().orElse(null);
        Map<Long, String[]> calling = new HashMap<>();
        jdbc.query(CALLED, day, rs -> {
            calling.put(rs.getLong("counter_id"),
                    new String[] {rs.getString("ticket_number"), rs.getString("served_by")});
        });
        List<HallNow.Counter> list = counters.findByActiveTrueOrderByCode().stream().map(c -> {
            String[] call = calling.get(c.getId());
            return new HallNow.Counter(c.getId(), c.getName(), call == null ? null : call[0],
                    call == null ? null : call[1]);
        }).toList();
        return new HallNow(waiting[0], oldest[0], oldestNumber, list);
    }
}
