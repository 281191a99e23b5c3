package vn.hcc.dashboard.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hall display's list of the day's latest calls and recalls. Needs no login, as the display. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class RecentCallService {

    private final TicketRepository tickets;
    private final ServiceCounterRepository counters;
    private final Clock clock;

    RecentCallService(TicketRepository tickets, ServiceCounterRepository counters, Clock clock) {
        this.tickets = tickets;
        this.counters = counters;
        this.clock = clock;
    }

    /** Newest first; a recalled ticket once, at its latest call. */
    public List<RecentCall> latest(int limit) {
        Map<Long, String> names = counters.findAll().stream()
                .collect(Collectors.toMap(ServiceCounter::getId, ServiceCounter::getName));
        return tickets.findByIssuedOnAndAnnouncedAtIsNotNullOrderByAnnouncedAtDescIdDesc(LocalDate.now(clock),
                PageRequest.of(0, limit)).stream().map(t -> new RecentCall(t.getId(), t.getNumber(),
                        t.getCounterId(), names.getOrDefault(t.getCounterId(), ""), t.getAnnouncedAt(),
                        t.getRecallCount())).toList();
    }
}
