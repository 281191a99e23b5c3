package vn.hcc.dashboard.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.WorkField;

/**
 * The citizen's side of a ticket without login: its place and estimated wait by the code of its QR code, and the
 * estimated wait per field for the kiosk and the hall display. Read-only; a code is 40 random bits.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class TicketTrackingService {

    /** A transfer of a transfer of …: followed this far at most. */
    private static final int MAX_TRANSFERS = 10;

    private final TicketRepository tickets;
    private final ServiceCounterRepository counters;
    private final WaitEstimates estimates;
    private final FieldService fields;
    private final Clock clock;

    TicketTrackingService(TicketRepository tickets, ServiceCounterRepository counters, WaitEstimates estimates,
            FieldService fields, Clock clock) {
        this.tickets = tickets;
        this.counters = counters;
        this.estimates = estimates;
        this.fields = fields;
        this.clock = clock;
    }

    /** The ticket of {@code code} as typed (any case, dash optional), following transfers; empty when unknown. */
    public Optional<TicketTracking> track(String code) {
        String normalized = TrackingCodes.normalize(code);
        if (normalized == null) {
            return Optional.empty();
        }
        return tickets.findByTrackingCode(normalized).map(this::tracking);
    }

    /**
     * Field id → who waits and the estimated wait of a citizen taking a number now (null when no counter serves
     * the field); fields no counter serves are left out.
     */
    public Map<Long, FieldWait> estimatedWaits() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Integer> open = estimates.countersPerField();
        Map<Long, Duration> means = estimates.meanServiceTimes(open.keySet(), today);
        Map<Long, Long> waiting = new HashMap<>();
        tickets.countWaitingByField(today).forEach(r -> waiting.put((Long) r[0], (Long) r[1]));
        Map<Long, FieldWait> result = new HashMap<>();
        open.forEach((field, n) -> {
            long queued = waiting.getOrDefault(field, 0L);
            result.put(field, new FieldWait(queued, WaitEstimates.estimate(queued, means.get(field), n)));
        });
        return result;
    }

    private TicketTracking tracking(Ticket first) {
        Ticket t = first;
        for (int i = 0; i < MAX_TRANSFERS && t.getStatus() == TicketStatus.SERVED; i++) {
            Optional<Ticket> moved = tickets.findFirstByTransferredFromIdOrderByIdDesc(t.getId());
            if (moved.isEmpty()) {
                break;
            }
            t = moved.get();
        }
        Long fieldId = t.getFieldId();
        String field = fields.listPublic().stream().filter(f -> f.getId().equals(fieldId)).map(WorkField::getName)
                .findFirst().orElse("");
        String from = t == first ? null : first.getNumber();
        return switch (t.getStatus()) {
            case WAITING -> {
                long ahead = tickets.countAhead(t);
                yield new TicketTracking(t.getNumber(), field, t.getIssuedAt(), TicketTracking.State.WAITING, ahead,
                        estimates.estimate(t.getFieldId(), ahead, LocalDate.now(clock)), null, from);
            }
            case CALLED -> new TicketTracking(t.getNumber(), field, t.getIssuedAt(), TicketTracking.State.CALLED, 0,
                    null, counters.findById(t.getCounterId()).map(ServiceCounter::getName).orElse(""), from);
            case SERVED -> new TicketTracking(t.getNumber(), field, t.getIssuedAt(), TicketTracking.State.SERVED, 0,
                    null, null, from);
            default -> new TicketTracking(t.getNumber(), field, t.getIssuedAt(), TicketTracking.State.NO_SHOW, 0,
                    null, null, from);
        };
    }
}
