package vn.hcc.dashboard.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The queue as the wall shows it, by small queries over today's tickets (the waiting count and the oldest waiting
 * ticket by the index on day and status; the tickets being called, one per open counter), never loading a day's
 * tickets.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.WALL_VIEW)
public class HallNowService {

    private static final String WAITING = """
            select count(t), min(t.issuedAt) from Ticket t
            where t.issuedOn = :day and t.status = vn.hcc.dashboard.queue.TicketStatus.WAITING
            """;

    private static final String OLDEST_NUMBER = """
            select t.number from Ticket t
            where t.issuedOn = :day and t.status = vn.hcc.dashboard.queue.TicketStatus.WAITING
            order by t.issuedAt, t.id
            """;

    /** The latest call per counter wins when (by a race) a counter holds two called tickets, as on the display. */
    private static final String CALLED = """
            select t.counterId, t.number, t.servedBy from Ticket t
            where t.issuedOn = :day and t.status = vn.hcc.dashboard.queue.TicketStatus.CALLED
              and t.counterId is not null
            order by t.announcedAt, t.id
            """;

    private final EntityManager entities;
    private final ServiceCounterRepository counters;
    private final Clock clock;

    HallNowService(EntityManager entities, ServiceCounterRepository counters, Clock clock) {
        this.entities = entities;
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * Through JPA, not plain JDBC, so that times are read in the JDBC time zone they were written in
     * ({@code hibernate.jdbc.time_zone}).
     */
    public HallNow now() {
        LocalDate day = LocalDate.now(clock);
        Object[] waiting = entities.createQuery(WAITING, Object[].class).setParameter("day", day).getSingleResult();
        long count = ((Number) waiting[0]).longValue();
        LocalDateTime oldest = (LocalDateTime) waiting[1];
        String oldestNumber = oldest == null ? null : entities.createQuery(OLDEST_NUMBER, String.class)
                .setParameter("day", day).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        Map<Long, Object[]> calling = new HashMap<>();
        entities.createQuery(CALLED, Object[].class).setParameter("day", day).getResultList()
                .forEach(row -> calling.put((Long) row[0], row));
        List<HallNow.Counter> list = counters.findByActiveTrueOrderByCode().stream().map(c -> {
            Object[] call = calling.get(c.getId());
            return new HallNow.Counter(c.getId(), c.getName(), call == null ? null : (String) call[1],
                    call == null ? null : (String) call[2]);
        }).toList();
        return new HallNow(count, oldest, oldestNumber, list);
    }
}
