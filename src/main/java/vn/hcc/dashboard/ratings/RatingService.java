package vn.hcc.dashboard.ratings;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.audit.AuditAction;
import vn.hcc.dashboard.audit.AuditEvent;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceRef;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.ServedTicket;
import vn.hcc.dashboard.queue.ServedTickets;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.staff.Officer;
import vn.hcc.dashboard.staff.StaffService;

/**
 * The ratings' front door. Without login, a registered rating tablet asks what to show ({@link #prompt}: the ticket
 * its counter finished within {@code app.rating.ask-within} and nobody rated yet) and records the citizen's answer
 * ({@link #rate}: one rating per ticket, the unique key behind the check). Signed in: the figures
 * ({@link RatingFigures}), the unsatisfied ratings and their follow-up with its history. Every change is told on
 * {@link #TOPIC} once committed.
 */
@Service
@Transactional
@Requires(Permission.RATING_VIEW)
public class RatingService {

    public static final String TOPIC = "ratings";
    /** The longest comment a citizen may leave. */
    public static final int MAX_COMMENT = 500;
    public static final int MAX_NOTE = 1000;

    private final RatingRepository ratings;
    private final FollowUpRepository followUps;
    private final RatingFigures figures;
    private final ServedTickets served;
    private final DeviceService devices;
    private final StaffService staff;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Broadcaster broadcaster;
    private final Clock clock;
    private final Duration askWithin;
    private final Duration idleAfter;

    RatingService(RatingRepository ratings, FollowUpRepository followUps, RatingFigures figures,
            ServedTickets served, DeviceService devices, StaffService staff, CurrentUser currentUser,
            AuditService audit, Broadcaster broadcaster, Clock clock,
            @Value("${app.rating.ask-within:5m}") Duration askWithin,
            @Value("${app.rating.idle-after:20s}") Duration idleAfter) {
        this.ratings = ratings;
        this.followUps = followUps;
        this.figures = figures;
        this.served = served;
        this.devices = devices;
        this.staff = staff;
        this.currentUser = currentUser;
        this.audit = audit;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.askWithin = askWithin;
        this.idleAfter = idleAfter;
    }

    /** Today in the Center's time zone, for the views' default periods. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** How long the tablet thanks the citizen before it is ready for the next ({@code app.rating.idle-after}). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Duration idleAfter() {
        return idleAfter;
    }

    /**
     * The counter the tablet with this token stands at: the device's own counter, which {@code quay} (a counter code
     * or id from the page's address) must name too when given; a tablet registered without a counter takes
     * {@code quay}'s. Refused on "device" when the token is not a registered rating tablet, on "counter" otherwise.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public TabletCounter tabletCounter(String deviceToken, String quay) {
        DeviceRef device = devices.require(deviceToken, DeviceKind.RATING_TABLET);
        boolean asked = quay != null && !quay.isBlank();
        if (device.counterId() == null) {
            return served.counter(asked ? quay : null).map(c -> new TabletCounter(c.id(), c.name()))
                    .orElseThrow(() -> new FieldValidationException("counter", "rating.tablet.error.no-counter"));
        }
        ServedTickets.CounterRef own = served.counter(device.counterId())
                .orElseThrow(() -> new FieldValidationException("counter", "rating.tablet.error.counter-closed"));
        if (asked && served.counter(quay).map(c -> c.id() != own.id()).orElse(true)) {
            throw new FieldValidationException("counter", "rating.tablet.error.other-counter", own.name());
        }
        return new TabletCounter(own.id(), own.name());
    }

    /** What the tablet at {@code counterId} shows now. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public TabletPrompt prompt(String deviceToken, long counterId) {
        TabletCounter counter = tabletCounter(deviceToken, String.valueOf(counterId));
        LocalDateTime now = now();
        return served.lastServed(counter.id(), now.minus(askWithin)).filter(t -> !ratings.existsByTicketId(t.id()))
                .map(t -> TabletPrompt.ask(t.id(), t.number(), officerName(t.servedBy())))
                .orElseGet(() -> served.calling(counter.id(), now).map(TabletPrompt::serving)
                        .orElseGet(TabletPrompt::idle));
    }

    /**
     * The citizen's rating of a ticket served at the tablet's counter. A second rating of the same ticket is refused
     * on "level" ({@code rating.error.already-rated}), also when two tablets answer at the same moment; "Chưa hài
     * lòng" needs a reason; the comment is trimmed and at most {@link #MAX_COMMENT} characters.
     */
    @PreAuthorize("permitAll()")
    public long rate(String deviceToken, long ticketId, RatingLevel level, RatingReason reason, String comment) {
        DeviceRef device = devices.require(deviceToken, DeviceKind.RATING_TABLET);
        Validate.present("level", level);
        ServedTicket ticket = served.served(ticketId)
                .orElseThrow(() -> new FieldValidationException("level", "rating.error.not-served"));
        if (device.counterId() != null && !device.counterId().equals(ticket.counterId())) {
            throw new FieldValidationException("level", "rating.error.other-counter", ticket.number());
        }
        if (level == RatingLevel.UNSATISFIED && reason == null) {
            throw new FieldValidationException("reason", "rating.error.reason-required");
        }
        String text = Validate.optionalText("comment", comment, MAX_COMMENT);
        if (ratings.existsByTicketId(ticketId)) {
            throw new FieldValidationException("level", "rating.error.already-rated", ticket.number());
        }
        Officer officer = ticket.servedBy() == null ? null : staff.officerOf(ticket.servedBy()).orElse(null);
        SatisfactionRating rating = SatisfactionRating.ofTicket(ticket, officer, now(), level, reason,
                text.isEmpty() ? null : text);
        try {
            rating = ratings.saveAndFlush(rating);
        } catch (DataIntegrityViolationException raced) {
            throw new FieldValidationException("level", "rating.error.already-rated", ticket.number());
        }
        broadcaster.publishAfterCommit(TOPIC, rating.getId());
        return rating.getId();
    }

    /** The ratings of the period by level, as the KPI and the view count them. */
    @Transactional(readOnly = true)
    public RatingCounts counts(Period period, RatingFilter filter) {
        return figures.counts(period, filter);
    }

    /** The ratings of the period per counter, officer, field or unit, by name. */
    @Transactional(readOnly = true)
    public List<RatingGroup> grouped(Period period, RatingFilter filter, RatingGroupBy by) {
        return figures.grouped(period, filter, by);
    }

    /** The ratings of the period per calendar month that has some, from one query (a dashboard's trend). */
    @Transactional(readOnly = true)
    public Map<YearMonth, RatingCounts> countsPerMonth(Period period, RatingFilter filter) {
        return figures.perMonth(period, filter);
    }

    /** The ratings of two periods and of each calendar month of a third that has some (a dashboard's). */
    public record Overview(RatingCounts first, RatingCounts second, Map<YearMonth, RatingCounts> months) {
    }

    /** {@link #counts} of {@code first} and {@code second} and {@link #countsPerMonth} of {@code months}, one query. */
    @Transactional(readOnly = true)
    public Overview overview(Period first, Period second, Period months, RatingFilter filter) {
        return figures.overview(first, second, months, filter);
    }

    /** The ratings of the period per unit id (a rating's unit: see {@link RatingFilter}). */
    @Transactional(readOnly = true)
    public Map<Long, RatingCounts> perUnit(Period period) {
        return figures.perUnit(period);
    }

    /** The unsatisfied ratings of the period, newest first, one page, with their names; {@code openOnly}: not yet followed up. */
    @Transactional(readOnly = true)
    public Page<UnsatisfiedRating> unsatisfied(Period period, RatingFilter filter, boolean openOnly, Pageable page) {
        return figures.unsatisfied(period, filter, openOnly, page);
    }

    /**
     * The ratings of one visit, oldest first: of its tickets (the tablet) and of its dossiers (the import), each
     * once. The timeline's permission: a visit's rating belongs to its timeline, whoever may open that.
     */
    @Transactional(readOnly = true)
    @Requires(Permission.VISIT_VIEW)
    public List<VisitRating> ofVisit(java.util.Collection<Long> ticketIds, java.util.Collection<String> dossierCodes) {
        Map<Long, SatisfactionRating> found = new java.util.TreeMap<>();
        if (!ticketIds.isEmpty()) {
            ratings.findByTicketIdIn(ticketIds).forEach(r -> found.put(r.getId(), r));
        }
        if (!dossierCodes.isEmpty()) {
            ratings.findByDossierCodeIn(dossierCodes).forEach(r -> found.put(r.getId(), r));
        }
        return found.values().stream().sorted(java.util.Comparator.comparing(SatisfactionRating::getRatedAt))
                .map(r -> new VisitRating(r.getId(), r.getRatedAt(), r.getLevel(), r.getReason(), r.getComment(),
                        r.getTicketNumber(), r.getDossierCode(), r.getFollowUp()))
                .toList();
    }

    /** The follow-ups of a rating, oldest first. */
    @Transactional(readOnly = true)
    public List<FollowUpEntry> history(long ratingId) {
        return followUps.findByRatingIdOrderByDoneAtAscIdAsc(ratingId).stream().map(FollowUp::entry).toList();
    }

    /**
     * Records what was done about an unsatisfied rating: the note joins the history and the rating counts as
     * followed up. Refused when someone followed it up since {@code version}.
     */
    @Requires(Permission.RATING_FOLLOW_UP)
    public void followUp(long id, long version, String note) {
        SatisfactionRating r = ratings.findById(id).orElseThrow(() -> new ConcurrentEditException("rating", id));
        ConcurrentEditException.check("rating", id, version, r.getVersion());
        if (r.getLevel() != RatingLevel.UNSATISFIED) {
            throw new FieldValidationException("note", "rating.error.not-unsatisfied");
        }
        String text = Validate.text("note", note, MAX_NOTE);
        Map<String, Object> before = AuditEvent.snapshot("followUp", r.getFollowUp());
        LocalDateTime now = now();
        String user = currentUser.username().orElse("system");
        r.followedUp(now);
        ratings.saveAndFlush(r);
        followUps.save(new FollowUp(id, user, now, text));
        audit.record(AuditEvent.of(AuditedType.RATING, id, label(r), AuditAction.STATUS, before,
                AuditEvent.snapshot("followUp", r.getFollowUp(), "note", text)));
        broadcaster.publishAfterCommit(TOPIC, id);
    }

    /**
     * The ratings of an import, in the import's transaction: one per dossier code, created or corrected (a file
     * imported again updates, never duplicates). Returns how many were created or changed.
     */
    @Requires(Permission.DOSSIER_IMPORT)
    public int importRatings(List<ImportedRating> batch) {
        int changed = figures.upsert(batch);
        if (changed > 0) {
            broadcaster.publishAfterCommit(TOPIC, null);
        }
        return changed;
    }

    /** Ratings of served tickets in one transaction (demo data); the officers are looked up once per batch. */
    @Requires(Permission.BULK_DATA)
    public int recordDemo(List<DemoRating> batch) {
        Map<String, java.util.Optional<Officer>> officers = new java.util.HashMap<>();
        for (DemoRating d : batch) {
            ServedTicket t = d.ticket();
            Officer officer = t.servedBy() == null ? null
                    : officers.computeIfAbsent(t.servedBy(), staff::officerOf).orElse(null);
            ratings.save(SatisfactionRating.ofTicket(t, officer, t.servedUntil(), d.level(), d.reason(),
                    d.comment()));
        }
        broadcaster.publishAfterCommit(TOPIC, null);
        return batch.size();
    }

    @Requires(Permission.BULK_DATA)
    @Transactional(readOnly = true)
    public long count() {
        return ratings.count();
    }

    private String officerName(String username) {
        return username == null ? "" : staff.officerOf(username).map(Officer::name).orElse(username);
    }

    private static String label(SatisfactionRating r) {
        return r.getTicketNumber() != null ? r.getTicketNumber() : r.getDossierCode();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
