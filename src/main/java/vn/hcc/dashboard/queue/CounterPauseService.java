package vn.hcc.dashboard.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * A counter's pauses (tạm dừng): while paused it calls nobody ("call next" is refused, see {@link QueueService}) and
 * the hall display shows it as paused. Every pause is kept with its reason, start and end, so that a figure can count
 * the paused time. A pause belongs to its day: one left open the evening before does not pause the counter today.
 */
@Service
@Transactional
@Requires(Permission.QUEUE_SERVE)
public class CounterPauseService {

    static final int NOTE_MAX = 200;

    private final CounterPauseRepository pauses;
    private final ServiceCounterRepository counters;
    private final TicketRepository tickets;
    private final CurrentUser currentUser;
    private final Broadcaster broadcaster;
    private final Clock clock;

    CounterPauseService(CounterPauseRepository pauses, ServiceCounterRepository counters, TicketRepository tickets,
            CurrentUser currentUser, Broadcaster broadcaster, Clock clock) {
        this.pauses = pauses;
        this.counters = counters;
        this.tickets = tickets;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    /** Pauses an active counter that is calling nobody; {@link PauseReason#OTHER} needs a note saying why. */
    public CounterPause pause(Long counterId, PauseReason reason, String note) {
        ServiceCounter counter = activeCounter(counterId);
        LocalDateTime now = now();
        if (current(counter.getId()).isPresent()) {
            throw new FieldValidationException("counter", "queue.error.already-paused");
        }
        tickets.findByCounterIdAndIssuedOnAndStatusOrderByAnnouncedAtDesc(counter.getId(), now.toLocalDate(),
                TicketStatus.CALLED).stream().findFirst().ifPresent(t -> {
                    throw new FieldValidationException("counter", "queue.error.pause-finish-current", t.getNumber());
                });
        if (reason == null) {
            throw new FieldValidationException("reason", "validation.required");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (reason == PauseReason.OTHER && text == null) {
            throw new FieldValidationException("note", "queue.error.pause-note-required");
        }
        if (text != null && text.length() > NOTE_MAX) {
            throw new FieldValidationException("note", "validation.too-long", NOTE_MAX);
        }
        CounterPause saved = pauses.saveAndFlush(new CounterPause(counter.getId(), reason, text, now,
                currentUser.username().orElse(null)));
        broadcaster.publishAfterCommit(QueueService.TOPIC, null);
        return saved;
    }

    /** Ends the counter's pause; it calls again. */
    public CounterPause resume(Long counterId) {
        if (counterId == null) {
            throw new FieldValidationException("counter", "queue.error.counter-required");
        }
        CounterPause open = current(counterId)
                .orElseThrow(() -> new FieldValidationException("counter", "queue.error.not-paused"));
        open.end(now(), currentUser.username().orElse(null));
        CounterPause saved = pauses.saveAndFlush(open);
        broadcaster.publishAfterCommit(QueueService.TOPIC, null);
        return saved;
    }

    /** The counter's pause today that is still open, if any. */
    @Transactional(readOnly = true)
    public Optional<CounterPause> current(long counterId) {
        LocalDateTime startOfDay = LocalDate.now(clock).atStartOfDay();
        return pauses.findFirstByCounterIdAndEndedAtIsNullOrderByStartedAtDesc(counterId)
                .filter(p -> !p.getStartedAt().isBefore(startOfDay));
    }

    /** Today's open pauses by counter id, for the hall display (no login). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, CounterPause> pausedNow() {
        LocalDateTime startOfDay = LocalDate.now(clock).atStartOfDay();
        return pauses.findByEndedAtIsNull().stream().filter(p -> !p.getStartedAt().isBefore(startOfDay))
                .collect(Collectors.toMap(CounterPause::getCounterId, Function.identity(), (a, b) -> a));
    }

    /** The counter's pauses that overlap the period, oldest first, open ones included. */
    @Transactional(readOnly = true)
    public List<CounterPause> history(long counterId, Period period) {
        return pauses.overlapping(counterId, period.from().atStartOfDay(), period.to().plusDays(1).atStartOfDay());
    }

    private ServiceCounter activeCounter(Long counterId) {
        if (counterId == null) {
            throw new FieldValidationException("counter", "queue.error.counter-required");
        }
        return counters.findById(counterId).filter(ServiceCounter::isActive)
                .orElseThrow(() -> new FieldValidationException("counter", "queue.error.counter-inactive"));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
