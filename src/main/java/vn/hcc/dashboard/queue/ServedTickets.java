package vn.hcc.dashboard.queue;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * What a counter's rating tablet reads of the queue without login: the counter it stands at, the ticket that counter
 * has just finished and the one it is calling. Read-only; the tablet's device is checked by the ratings feature.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class ServedTickets {

    private final TicketRepository tickets;
    private final ServiceCounterRepository counters;

    ServedTickets(TicketRepository tickets, ServiceCounterRepository counters) {
        this.tickets = tickets;
        this.counters = counters;
    }

    /** The active counter named by its code ({@code Q1}, any case) or its id ({@code 3}); empty for any other text. */
    public Optional<CounterRef> counter(String codeOrId) {
        if (codeOrId == null || codeOrId.isBlank() || codeOrId.length() > 32) {
            return Optional.empty();
        }
        String key = codeOrId.trim();
        Optional<ServiceCounter> found = counters.findByCodeIgnoreCase(key);
        if (found.isEmpty() && key.chars().allMatch(Character::isDigit)) {
            found = counters.findById(Long.parseLong(key));
        }
        return found.filter(ServiceCounter::isActive).map(c -> new CounterRef(c.getId(), c.getCode(), c.getName()));
    }

    /** The active counter with this id. */
    public Optional<CounterRef> counter(long id) {
        return counters.findById(id).filter(ServiceCounter::isActive)
                .map(c -> new CounterRef(c.getId(), c.getCode(), c.getName()));
    }

    /** The latest ticket served at the counter since {@code since}, if any. */
    public Optional<ServedTicket> lastServed(long counterId, LocalDateTime since) {
        return tickets.findFirstByCounterIdAndStatusAndServedUntilGreaterThanEqualOrderByServedUntilDescIdDesc(
                counterId, TicketStatus.SERVED, since).map(ServedTicket::of);
    }

    /** The ticket if it was served (at any counter, any day). */
    public Optional<ServedTicket> served(long ticketId) {
        return tickets.findById(ticketId).filter(t -> t.getStatus() == TicketStatus.SERVED).map(ServedTicket::of);
    }

    /** The number the counter is calling or serving now, if any. */
    public Optional<String> calling(long counterId, LocalDateTime now) {
        return tickets.findByCounterIdAndIssuedOnAndStatusOrderByAnnouncedAtDesc(counterId, now.toLocalDate(),
                TicketStatus.CALLED).stream().findFirst().map(Ticket::getNumber);
    }

    /** The tickets served in the period, in the order served (demo ratings, a history import). */
    @Requires(Permission.BULK_DATA)
    public Page<ServedTicket> servedIn(Period period, Pageable pageable) {
        return tickets.findServedBetween(period.from().atStartOfDay(), period.to().plusDays(1).atStartOfDay(),
                pageable).map(ServedTicket::of);
    }

    /** A counter as a tablet names it. */
    public record CounterRef(long id, String code, String name) {
    }
}
