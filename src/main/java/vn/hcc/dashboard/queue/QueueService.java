package vn.hcc.dashboard.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The day's queue. Citizens take a ticket at the kiosk without signing in; staff at a counter call the oldest waiting
 * ticket of the fields their counter serves, recall it, mark it served or not shown up, or transfer it to another
 * field. A transfer ends the ticket as served at this counter and gives the citizen a new number in the target
 * field (numbers are per field, and the display must show the number the target counter calls); the new ticket keeps
 * the citizen's place in the queue through {@code queued_at}. Every change tells the display ("queue" topic) once
 * committed.
 */
@Service
@Transactional
@Requires(Permission.QUEUE_SERVE)
public class QueueService {

    public static final String TOPIC = "queue";

    /** How many waiting tickets "call next" tries when other counters take the first ones at the same moment. */
    private static final int CANDIDATES = 20;

    private final TicketRepository tickets;
    private final ServiceCounterRepository counters;
    private final TicketNumbers numbers;
    private final TicketHistoryWriter history;
    private final FieldService fields;
    private final CurrentUser currentUser;
    private final Broadcaster broadcaster;
    private final Clock clock;
    private final DeviceService devices;
    private final TicketRateLimit rateLimit;
    private final OpeningHoursService openingHours;
    private final WaitEstimates estimates;
    private final CounterPauseService pauses;

    QueueService(TicketRepository tickets, ServiceCounterRepository counters, TicketNumbers numbers,
            TicketHistoryWriter history, FieldService fields, CurrentUser currentUser, Broadcaster broadcaster,
            Clock clock, DeviceService devices, TicketRateLimit rateLimit, OpeningHoursService openingHours,
            WaitEstimates estimates, CounterPauseService pauses) {
        this.openingHours = openingHours;
        this.estimates = estimates;
        this.pauses = pauses;
        this.devices = devices;
        this.rateLimit = rateLimit;
        this.tickets = tickets;
        this.counters = counters;
        this.numbers = numbers;
        this.history = history;
        this.fields = fields;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    /** The fields the kiosk offers: those an active counter serves, by name. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<QueueField> kioskFields() {
        Set<Long> served = new HashSet<>();
        counters.findByActiveTrueOrderByCode().forEach(c -> served.addAll(c.getFieldIds()));
        return fields.listPublic().stream().filter(f -> served.contains(f.getId()))
                .map(f -> new QueueField(f.getId(), f.getCode(), f.getName())).toList();
    }

    /**
     * A new ticket at the kiosk, numbered per field and day ({@code HT-012}). Needs no login but a registered kiosk:
     * {@code deviceToken} is the token in the kiosk's cookie, refused when unknown or revoked, and each kiosk issues
     * at most {@code app.kiosk.max-tickets-per-minute} tickets a minute, so nobody floods the queue and its figures.
     * Outside the opening hours ({@link OpeningHoursService}) no ticket is issued.
     */
    @PreAuthorize("permitAll()")
    public IssuedTicket issue(String deviceToken, Long fieldId) {
        return issue(deviceToken, fieldId, null);
    }

    /**
     * {@link #issue(String, Long)} for a citizen who chose a priority at the kiosk (người cao tuổi, người khuyết tật,
     * phụ nữ mang thai): the ticket is called before the queue order, and the reason is kept with it.
     */
    @PreAuthorize("permitAll()")
    public IssuedTicket issue(String deviceToken, Long fieldId, TicketPriority priority) {
        devices.require(deviceToken, DeviceKind.KIOSK);
        openingHours.requireOpen();
        if (fieldId == null) {
            throw new FieldValidationException("field", "validation.required");
        }
        QueueField field = kioskFields().stream().filter(f -> f.id() == fieldId).findFirst()
                .orElseThrow(() -> new FieldValidationException("field", "queue.error.field-not-served"));
        if (!rateLimit.tryAcquire(vn.hcc.dashboard.base.SecretTokens.hash(deviceToken))) {
            throw new FieldValidationException("field", "queue.kiosk.error.too-many", rateLimit.maxPerMinute());
        }
        LocalDateTime now = now();
        Ticket fresh = newTicket(field.id(), field.code(), now, now, null);
        fresh.track(TrackingCodes.next());
        if (priority != null) {
            fresh.prioritize(priority, null, now);
        }
        Ticket ticket = tickets.save(fresh);
        long ahead = tickets.countAhead(ticket);
        broadcaster.publishAfterCommit(TOPIC, ticket.getId());
        return new IssuedTicket(ticket.getId(), ticket.getNumber(), field.name(), now, ahead,
                estimates.estimate(field.id(), ahead, now.toLocalDate()), ticket.getTrackingCode(), priority);
    }

    /** What the hall display shows. Needs no login. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Board board() {
        LocalDate today = today();
        Map<Long, Ticket> calling = tickets.findByIssuedOnAndStatusOrderByAnnouncedAtDesc(today, TicketStatus.CALLED)
                .stream().collect(Collectors.toMap(Ticket::getCounterId, Function.identity(), (latest, older) -> latest));
        Map<Long, CounterPause> paused = pauses.pausedNow();
        List<Board.CounterCall> calls = counters.findByActiveTrueOrderByCode().stream().map(c -> {
            Ticket t = calling.get(c.getId());
            PauseReason pause = paused.containsKey(c.getId()) ? paused.get(c.getId()).getReason() : null;
            return t == null ? new Board.CounterCall(c.getId(), c.getName(), null, null, 0, pause)
                    : new Board.CounterCall(c.getId(), c.getName(), t.getNumber(), t.getAnnouncedAt(),
                            t.getRecallCount(), pause);
        }).toList();
        Map<Long, String> names = fields.listPublic().stream()
                .collect(Collectors.toMap(WorkField::getId, WorkField::getName));
        List<Object[]> waiting = tickets.countWaitingByField(today);
        Map<Long, Integer> open = estimates.countersPerField();
        Map<Long, java.time.Duration> means = estimates.meanServiceTimes(
                waiting.stream().map(r -> (Long) r[0]).toList(), today);
        List<Board.FieldWaiting> byField = waiting.stream()
                .map(r -> new Board.FieldWaiting(names.getOrDefault((Long) r[0], ""), (Long) r[1],
                        WaitEstimates.estimate((Long) r[1], means.get((Long) r[0]), open.getOrDefault((Long) r[0], 0))))
                .sorted(Comparator.comparing(Board.FieldWaiting::fieldName)).toList();
        return new Board(calls, byField.stream().mapToLong(Board.FieldWaiting::waiting).sum(), byField);
    }

    /**
     * Calls the next waiting ticket of the counter's queue ({@link #waiting}: priority tickets first, then the oldest);
     * empty when nobody waits. A counter finishes its current ticket first, so that its service time is measured,
     * and a paused counter calls nobody.
     */
    public Optional<Ticket> callNext(Long counterId) {
        ServiceCounter counter = activeCounter(counterId);
        LocalDateTime now = now();
        if (pauses.current(counter.getId()).isPresent()) {
            throw new FieldValidationException("counter", "queue.error.paused");
        }
        current(counter.getId()).ifPresent(t -> {
            throw new FieldValidationException("ticket", "queue.error.finish-current", t.getNumber());
        });
        List<Ticket> candidates = tickets.findWaiting(now.toLocalDate(), servedFields(counter), counter.getId(),
                PageRequest.of(0, CANDIDATES));
        String user = currentUser.username().orElse(null);
        for (Ticket candidate : candidates) {
            if (tickets.claim(candidate.getId(), counter.getId(), user, now) == 1) {
                broadcaster.publishAfterCommit(TOPIC, candidate.getId());
                return tickets.findById(candidate.getId());
            }
        }
        if (candidates.size() == CANDIDATES) {
            throw new FieldValidationException("ticket", "queue.error.busy");
        }
        return Optional.empty();
    }

    /** Calls the same citizen again; the display shows the ticket first again. */
    public Ticket recall(long ticketId, long version) {
        Ticket t = called(ticketId, version);
        t.recall(now());
        return saved(t);
    }

    public Ticket serve(long ticketId, long version) {
        Ticket t = called(ticketId, version);
        t.finish(TicketStatus.SERVED, now());
        return saved(t);
    }

    public Ticket noShow(long ticketId, long version) {
        Ticket t = called(ticketId, version);
        t.finish(TicketStatus.NO_SHOW, now());
        return saved(t);
    }

    /** Ends the ticket here and returns the citizen's new ticket in {@code fieldId}, ahead of later arrivals. */
    public Ticket transfer(long ticketId, long version, Long fieldId) {
        Ticket t = called(ticketId, version);
        if (fieldId == null) {
            throw new FieldValidationException("field", "validation.required");
        }
        if (fieldId.equals(t.getFieldId())) {
            throw new FieldValidationException("field", "queue.error.transfer-same-field");
        }
        QueueField target = kioskFields().stream().filter(f -> f.id() == fieldId).findFirst()
                .orElseThrow(() -> new FieldValidationException("field", "queue.error.field-not-served"));
        return moved(t, target.id(), target.code(), null);
    }

    /**
     * Ends the ticket here and returns the citizen's new ticket (same field, new number) that only {@code counterId}
     * calls, ahead of later arrivals; a priority ticket stays one.
     */
    public Ticket transferToCounter(long ticketId, long version, Long counterId) {
        Ticket t = called(ticketId, version);
        if (counterId == null) {
            throw new FieldValidationException("targetCounter", "validation.required");
        }
        if (counterId.equals(t.getCounterId())) {
            throw new FieldValidationException("targetCounter", "queue.error.transfer-same-counter");
        }
        ServiceCounter target = counters.findById(counterId).filter(ServiceCounter::isActive)
                .orElseThrow(() -> new FieldValidationException("targetCounter", "queue.error.counter-inactive"));
        String code = fields.listPublic().stream().filter(f -> f.getId().equals(t.getFieldId())).findFirst()
                .map(WorkField::getCode).orElseThrow();
        return moved(t, t.getFieldId(), code, target.getId());
    }

    /** Marks a waiting ticket as served first, for {@code reason}, recording who marked it and when. */
    public Ticket prioritize(long ticketId, long version, TicketPriority reason) {
        Ticket t = tickets.findById(ticketId).orElseThrow(() -> new ConcurrentEditException("ticket", ticketId));
        ConcurrentEditException.check("ticket", ticketId, version, t.getVersion());
        if (t.getStatus() != TicketStatus.WAITING) {
            throw new FieldValidationException("priority", "queue.error.not-waiting", t.getNumber());
        }
        if (reason == null) {
            throw new FieldValidationException("priority", "validation.required");
        }
        t.prioritize(reason, currentUser.username().orElse(null), now());
        return saved(t);
    }

    /** The ticket the counter is calling or serving now, if any. */
    @Transactional(readOnly = true)
    public Optional<Ticket> current(long counterId) {
        return tickets.findByCounterIdAndIssuedOnAndStatusOrderByAnnouncedAtDesc(counterId, today(),
                TicketStatus.CALLED).stream().findFirst();
    }

    /** Today's waiting tickets of the fields the counter serves, in the order they will be called. */
    @Transactional(readOnly = true)
    public List<Ticket> waiting(long counterId) {
        ServiceCounter counter = counters.findById(counterId).orElse(null);
        if (counter == null || counter.getFieldIds().isEmpty()) {
            return List.of();
        }
        return tickets.findWaiting(today(), servedFields(counter), counterId, PageRequest.of(0, 500));
    }

    /** {@link #waiting} with the name of each ticket's field, for the counter's waiting list. */
    @Transactional(readOnly = true)
    public List<WaitingTicket> waitingRows(long counterId) {
        List<Ticket> list = waiting(counterId);
        Map<Long, String> names = fields.namesOf(list.stream().map(Ticket::getFieldId).collect(Collectors.toSet()));
        return list.stream().map(t -> new WaitingTicket(t, names.getOrDefault(t.getFieldId(), ""))).toList();
    }

    /** Records finished tickets of earlier days in one transaction (demo data, history from a ticket machine). */
    @Requires(Permission.BULK_DATA)
    public int importHistory(List<TicketHistory> batch) {
        int written = history.write(batch, today(), counters.findAll(), fields.listAll());
        broadcaster.publishAfterCommit(TOPIC, null);
        return written;
    }

    /** Today in the Center's time zone. */
    @PreAuthorize("permitAll()")
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Now in the Center's time zone, for "waited so far" on screens. Cut to microseconds, what DATETIME(6) stores,
     * so that a ticket compares equal to itself once saved.
     */
    @PreAuthorize("permitAll()")
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private Ticket newTicket(long fieldId, String fieldCode, LocalDateTime now, LocalDateTime queuedAt,
            Long transferredFrom) {
        int seq = numbers.next(fieldId, now.toLocalDate());
        return new Ticket(TicketNumbers.format(fieldCode, seq), fieldId, seq, now, queuedAt, transferredFrom);
    }

    /** The counter's fields for the waiting query ({@code in ()} is no valid SQL, and no field has id 0). */
    private static Collection<Long> servedFields(ServiceCounter counter) {
        return counter.getFieldIds().isEmpty() ? List.of(0L) : counter.getFieldIds();
    }

    /** The transfer's two steps: the ticket ends here as served, the citizen's new one keeps its place. */
    private Ticket moved(Ticket t, long fieldId, String fieldCode, Long targetCounter) {
        LocalDateTime now = now();
        t.finish(TicketStatus.SERVED, now);
        saved(t);
        Ticket moved = newTicket(fieldId, fieldCode, now, t.getQueuedAt(), t.getId());
        moved.target(targetCounter);
        if (t.getPriority() != null) {
            moved.prioritize(t.getPriority(), t.getPriorityBy(), t.getPriorityAt());
        }
        moved = tickets.save(moved);
        broadcaster.publishAfterCommit(TOPIC, moved.getId());
        return moved;
    }

    private ServiceCounter activeCounter(Long counterId) {
        if (counterId == null) {
            throw new FieldValidationException("counter", "queue.error.counter-required");
        }
        return counters.findById(counterId).filter(ServiceCounter::isActive)
                .orElseThrow(() -> new FieldValidationException("counter", "queue.error.counter-inactive"));
    }

    private Ticket called(long ticketId, long version) {
        Ticket t = tickets.findById(ticketId).orElseThrow(() -> new ConcurrentEditException("ticket", ticketId));
        ConcurrentEditException.check("ticket", ticketId, version, t.getVersion());
        if (t.getStatus() != TicketStatus.CALLED) {
            throw new FieldValidationException("ticket", "queue.error.not-called", t.getNumber());
        }
        return t;
    }

    private Ticket saved(Ticket t) {
        Ticket saved = tickets.saveAndFlush(t);
        broadcaster.publishAfterCommit(TOPIC, saved.getId());
        return saved;
    }
}
