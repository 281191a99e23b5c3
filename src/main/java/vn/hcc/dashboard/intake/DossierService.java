package vn.hcc.dashboard.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.queue.TicketTrailService;

/**
 * Dossiers as reception records them and moves them on, and the one door through which every dossier is written
 * (the form, the import, the demo data): every change obeys {@link DossierRules}, is refused when someone else saved
 * the dossier first, is told to the figures' tally ({@link DossierChanges}) in the same transaction, and tells open
 * dashboards ("dossiers" topic) once committed.
 */
@Service
@Transactional
@Requires(Permission.DOSSIER_EDIT)
public class DossierService {

    public static final String TOPIC = "dossiers";
    /** Rows per page of {@link #forEach}. */
    static final int PAGE = 5000;

    private final DossierRepository dossiers;
    private final ProcedureService procedures;
    private final WorkingDayCalendar calendar;
    private final Broadcaster broadcaster;
    private final Clock clock;
    private final EntityManager entities;
    private final DossierChanges tally;
    private final AuditService audit;
    private final DossierInserts inserts;
    private final DossierJournal journal;
    private final TicketTrailService tickets;

    DossierService(DossierRepository dossiers, ProcedureService procedures, WorkingDayCalendar calendar,
            Broadcaster broadcaster, Clock clock, EntityManager entities, DossierChanges tally, AuditService audit,
            DossierInserts inserts, DossierJournal journal, TicketTrailService tickets) {
        this.inserts = inserts;
        this.journal = journal;
        this.tickets = tickets;
        this.entities = entities;
        this.audit = audit;
        this.tally = tally;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.calendar = calendar;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    /** Leadership reads dossiers too: the dashboard lists overdue and soon-due ones. */
    @Transactional(readOnly = true)
    @Requires(Permission.DOSSIER_VIEW)
    public Page<Dossier> search(DossierQuery query, Pageable pageable) {
        return dossiers.findAll(DossierRepository.matching(query), pageable);
    }

    @Transactional(readOnly = true)
    @Requires(Permission.DOSSIER_VIEW)
    public long count(DossierQuery query) {
        return dossiers.count(DossierRepository.matching(query));
    }

    /**
     * Every dossier the query selects, in id order, handed to {@code sink} one at a time: pages of {@link #PAGE} by
     * keyset on the id (no OFFSET that slows down deep in the table), each page read as plain columns
     * ({@link Dossier#COLUMNS}, no entity loaded or managed), so an export of a million rows holds one page at a time
     * and costs the database's rows, not Hibernate's entity bookkeeping.
     */
    @Transactional(readOnly = true)
    @Requires(Permission.DOSSIER_VIEW)
    public void forEach(DossierQuery query, Consumer<DossierData> sink) {
        long after = 0;
        while (true) {
            CriteriaBuilder cb = entities.getCriteriaBuilder();
            CriteriaQuery<Object[]> page = cb.createQuery(Object[].class);
            Root<Dossier> root = page.from(Dossier.class);
            List<Selection<?>> columns = new ArrayList<>();
            columns.add(root.get("id"));
            Dossier.COLUMNS.forEach(c -> columns.add(root.get(c)));
            Predicate matching = DossierRepository.matching(query).toPredicate(root, page, cb);
            Predicate next = cb.greaterThan(root.get("id"), after);
            page.multiselect(columns).where(matching == null ? next : cb.and(matching, next))
                    .orderBy(cb.asc(root.get("id")));
            List<Object[]> rows = entities.createQuery(page).setMaxResults(PAGE).getResultList();
            for (Object[] row : rows) {
                sink.accept(Dossier.data(row, 1));
            }
            if (rows.size() < PAGE) {
                return;
            }
            after = (Long) rows.getLast()[0];
        }
    }

    @Transactional(readOnly = true)
    @Requires(Permission.DOSSIER_VIEW)
    public Optional<Dossier> findByCode(String code) {
        return dossiers.findByCode(code == null ? "" : code.trim());
    }

    /** Whether a dossier with this code exists; PAKN handlers link petitions to dossiers by code. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean exists(String code) {
        return code != null && !code.isBlank() && dossiers.findByCode(code.trim()).isPresent();
    }

    /**
     * Dossiers due in the period {@code due} (of one unit, or all) that fell late: resolved after their due day, or
     * still in progress past it today. One count and the first {@code limit} by due day, for the outage log.
     */
    @Transactional(readOnly = true)
    @Requires(Permission.DOSSIER_VIEW)
    public LateDossiers lateDueBetween(Period due, Long unitId, int limit) {
        var late = DossierRepository.lateDueBetween(due.from(), due.to(), unitId, today());
        long count = dossiers.count(late);
        List<Dossier> first = count == 0 || limit <= 0 ? List.of()
                : dossiers.findAll(late, PageRequest.of(0, limit, Sort.by("dueOn", "code"))).getContent();
        return new LateDossiers(count, first);
    }

    /** How many dossiers fell late, and the first of them. */
    public record LateDossiers(long count, List<Dossier> first) {
    }

    /** A new dossier for a procedure: its field, unit, online level and fee, and the due date over working days. */
    @Transactional(readOnly = true)
    public DossierData propose(long procedureId, LocalDateTime receivedAt, String code, Channel channel) {
        Procedure p = procedures.findById(procedureId)
                .orElseThrow(() -> new FieldValidationException("procedure", "validation.required"));
        WorkingDayCalendar.Snapshot cal = calendar.snapshot();
        LocalDate receivedOn = cal.effectiveIntakeDay(receivedAt, p.isAfternoonCutoff());
        return DossierData.builder().code(code).procedureId(p.getId()).fieldId(p.getField().getId())
                .unitId(p.getUnit().getId()).channel(channel).onlineLevel(p.getOnlineLevel()).receivedAt(receivedAt)
                .receivedOn(receivedOn).dueOn(cal.addWorkingDays(receivedOn, p.getProcessingDays()))
                .status(DossierStatus.IN_PROGRESS).fee(p.getFee()).build();
    }

    public Dossier record(DossierData data) {
        return record(data, null);
    }

    /**
     * Records a dossier at the counter with the number of the queue ticket the citizen held ({@code HT-012}, of the
     * day received; blank: none), refused at the field "ticket" when no such ticket was issued that day.
     */
    public Dossier record(DossierData data, String ticketNumber) {
        DossierData d = normalized(data);
        DossierRules.check(d, LocalDateTime.now(clock));
        if (dossiers.findByCode(d.code().trim()).isPresent()) {
            throw new FieldValidationException("code", "dossier.error.code-taken", d.code().trim());
        }
        Long ticketId = null;
        if (ticketNumber != null && !ticketNumber.isBlank()) {
            String number = ticketNumber.trim().toUpperCase(Locale.ROOT);
            ticketId = tickets.idOf(number, d.receivedAt().toLocalDate()).orElseThrow(() -> new FieldValidationException(
                    "ticket", "dossier.error.ticket-unknown", number, VnFormat.date(d.receivedAt().toLocalDate())));
        }
        Dossier fresh = new Dossier(d);
        fresh.heldTicket(ticketId);
        Dossier saved = dossiers.save(fresh);
        journal.recorded(saved.getId(), saved.data(), ticketId);
        tally.changed(null, saved.data());
        audit.record(AuditEvent.created(AuditedType.DOSSIER, saved.getId(), saved.getCode(), saved.data()));
        broadcaster.publishAfterCommit(TOPIC, saved.getId());
        return saved;
    }

    /**
     * Records many new dossiers at once in one transaction (demo data, bulk tools); each obeys the same rules as
     * the form. Codes are not checked against each other here: the database's unique key refuses duplicates.
     */
    @Requires(Permission.BULK_DATA)
    public int recordAll(List<DossierData> batch) {
        List<Dossier> entities = new ArrayList<>(batch.size());
        LocalDateTime now = LocalDateTime.now(clock);
        for (DossierData d : batch) {
            DossierRules.check(d, now);
            entities.add(new Dossier(d));
        }
        dossiers.saveAll(entities);
        entities.forEach(d -> tally.changed(null, d.data()));
        journal.write(entities.stream().map(d -> new DossierJournal.Row(d.getId(), "IMPORTED", "status", null,
                d.data().status().name())).toList());
        audit.record(imported(entities.size(), 0, 0));
        broadcaster.publishAfterCommit(TOPIC, null);
        return entities.size();
    }

    /** What an upsert did to its batch. */
    public record Upserted(int created, int updated, int unchanged) {
    }

    /**
     * Creates or updates a batch of dossiers by code (an import): a code not yet known is created, a known one (also
     * in upper case) becomes {@code merge(incoming, current)} unless that equals what is stored. The persistence
     * context is flushed and cleared afterwards, so that a long import holds one batch at a time. The caller has
     * checked the new dossiers' time received; every dossier written obeys the other rules.
     */
    @Requires(Permission.DOSSIER_IMPORT)
    public Upserted upsert(List<DossierData> batch, BinaryOperator<DossierData> merge) {
        Map<String, Dossier> existing = new HashMap<>();
        for (Dossier d : dossiers.findByCodeIn(batch.stream().map(DossierData::code).toList())) {
            existing.put(d.getCode(), d);
            existing.putIfAbsent(d.getCode().toUpperCase(Locale.ROOT), d);
        }
        List<DossierData> fresh = new ArrayList<>();
        List<DossierJournal.Row> changes = new ArrayList<>();
        int updated = 0;
        for (DossierData d : batch) {
            Dossier current = existing.get(d.code());
            if (current == null) {
                current = existing.get(d.code().toUpperCase(Locale.ROOT));
            }
            if (current == null) {
                DossierRules.check(d);
                fresh.add(d);
                tally.changed(null, d);
                continue;
            }
            DossierData before = current.data();
            DossierData merged = merge.apply(d, before);
            if (!merged.equals(before)) {
                DossierRules.check(merged);
                current.apply(merged);
                tally.changed(before, current.data());
                changes.addAll(DossierJournal.rows(current.getId(), "IMPORT_UPDATED", before, current.data()));
                audit.record(AuditEvent.updated(AuditedType.DOSSIER, current.getId(), current.getCode(), before,
                        current.data()));
                updated++;
            }
        }
        int created = fresh.size();
        audit.record(imported(created, updated, batch.size() - created - updated));
        entities.flush();
        inserts.insert(fresh); // one JDBC batch: Hibernate sends a generated-id entity's insert alone
        journal.write(changes);
        journal.imported(fresh.stream().map(DossierData::code).toList());
        entities.clear();
        return new Upserted(created, updated, batch.size() - created - updated);
    }

    /**
     * The trail of a bulk write: one entry with its counts, not one per new dossier (an import of 100.000 dossiers
     * stays one insert per batch, not 100.000); an existing dossier the import changed has its own UPDATE entry.
     */
    private static AuditEvent imported(int created, int updated, int unchanged) {
        return new AuditEvent(AuditedType.DOSSIER, null, "", AuditAction.IMPORT,
                AuditEvent.diff(null, new ImportCounts(created, updated, unchanged)));
    }

    private record ImportCounts(int created, int updated, int unchanged) {
    }

    /** Saves the form; a withdrawn or refused dossier is final and a changed code is refused. */
    public Dossier update(long id, long expectedVersion, DossierData data) {
        Dossier dossier = load(id, expectedVersion);
        if (dossier.data().status().isFinal()) {
            throw new FieldValidationException("status", "dossier.error.final");
        }
        if (!dossier.getCode().equals(data.code())) {
            throw new FieldValidationException("code", "dossier.error.code-fixed");
        }
        DossierData d = normalized(data);
        DossierRules.check(d, LocalDateTime.now(clock));
        return saved(dossier, d, AuditAction.UPDATE, "UPDATED");
    }

    /** Moves the status on; {@code day} is the result day, or the day of withdrawal or refusal. */
    public Dossier changeStatus(long id, long expectedVersion, DossierStatus status, LocalDate day) {
        Dossier dossier = load(id, expectedVersion);
        DossierData d = dossier.data();
        if (d.status().isFinal()) {
            throw new FieldValidationException("status", "dossier.error.final");
        }
        LocalDate result = status.hasResult() ? require(day, "resultOn") : null;
        // returning a result already recorded keeps its day: the day given is the return's (the figures count the
        // result day against the due day, and the visit's timeline shows both)
        if (status == DossierStatus.RETURNED && d.resultOn() != null) {
            result = d.resultOn();
        }
        LocalDate ended = status.isFinal() ? require(day, "endedOn") : null;
        LocalDate returned = status == DossierStatus.RETURNED ? (d.returnedOn() != null ? d.returnedOn() : day) : null;
        DossierData next = d.withStatus(status, result, returned, ended);
        DossierRules.check(next);
        return saved(dossier, next, AuditAction.STATUS, "STATUS");
    }

    /** The apology letter of a late dossier with its reason and new return date; the date may move only once. */
    public Dossier recordApology(long id, long expectedVersion, String reason, LocalDate newDueOn) {
        Dossier dossier = load(id, expectedVersion);
        DossierData d = dossier.data();
        if (d.apologySent()) {
            throw new FieldValidationException("newDueOn", "dossier.error.apology-once");
        }
        if (reason == null || reason.isBlank()) {
            throw new FieldValidationException("apologyReason", "validation.required");
        }
        if (newDueOn == null) {
            throw new FieldValidationException("newDueOn", "validation.required");
        }
        DossierData next = d.withApology(reason.trim(), newDueOn);
        DossierRules.check(next);
        return saved(dossier, next, AuditAction.APOLOGY, "APOLOGY");
    }

    /** The intake day follows from the time received and the procedure's 15:00 cut-off, never from the user. */
    private DossierData normalized(DossierData d) {
        if (d.receivedAt() == null) {
            return d;
        }
        boolean cutoff = d.procedureId() != null
                && procedures.findById(d.procedureId()).map(Procedure::isAfternoonCutoff).orElse(false);
        return d.withReceivedOn(d.code() == null ? null : d.code().trim(),
                calendar.effectiveIntakeDay(d.receivedAt(), cutoff));
    }

    private Dossier load(long id, long expectedVersion) {
        Dossier dossier = dossiers.findById(id).orElseThrow(() -> new ConcurrentEditException("dossier", id));
        ConcurrentEditException.check("dossier", id, expectedVersion, dossier.getVersion());
        return dossier;
    }

    /** Writes {@code next} over the dossier and moves its share of the tally from its old values to the new. */
    private Dossier saved(Dossier dossier, DossierData next, AuditAction action, String historyAction) {
        DossierData before = dossier.data();
        dossier.apply(next);
        Dossier saved = dossiers.saveAndFlush(dossier);
        tally.changed(before, saved.data());
        journal.changed(saved.getId(), historyAction, before, saved.data());
        audit.record(
                AuditEvent.of(AuditedType.DOSSIER, saved.getId(), saved.getCode(), action, before, saved.data()));
        broadcaster.publishAfterCommit(TOPIC, saved.getId());
        return saved;
    }

    private static LocalDate require(LocalDate day, String field) {
        if (day == null) {
            throw new FieldValidationException(field, "validation.required");
        }
        return day;
    }

    /**
     * Now in the Center's time zone, to the minute: the form's proposed and latest time received. Never the server's
     * zone, which may be UTC, seven hours behind.
     */
    @Requires(Permission.DOSSIER_VIEW)
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    /** Today in the Center's time zone: the default day of the intake grid and of "overdue". */
    @Requires(Permission.DOSSIER_VIEW)
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
