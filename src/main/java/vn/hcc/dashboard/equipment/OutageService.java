package vn.hcc.dashboard.equipment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.audit.AuditEvent;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.intake.Dossier;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.Period;

/**
 * The outage log: what was down, from when to when, at which counters. The same thing cannot be logged down twice at
 * the same time and place. For the dashboard, each outage of a period with the dossiers that fell late while it lasted.
 */
@Service
@Transactional
@Requires(Permission.EQUIPMENT_VIEW)
public class OutageService {

    /** An ongoing outage has no end; comparisons use this instead. */
    private static final LocalDateTime OPEN_END = LocalDateTime.of(9999, 12, 31, 0, 0);

    private final OutageRepository outages;
    private final CounterService counters;
    private final DossierService dossiers;
    private final Broadcaster broadcaster;
    private final Clock clock;
    private final AuditService audit;

    OutageService(OutageRepository outages, CounterService counters, DossierService dossiers, Broadcaster broadcaster,
            Clock clock, AuditService audit) {
        this.audit = audit;
        this.outages = outages;
        this.counters = counters;
        this.dossiers = dossiers;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Outage> search(Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() || pageable.isUnpaged() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "startedAt").and(Sort.by(Sort.Direction.DESC, "id")));
        return outages.findAll(sorted);
    }

    /** {@link #search} with the names of each outage's counters. */
    @Transactional(readOnly = true)
    public Page<OutageRow> searchRows(Pageable pageable) {
        Page<Outage> page = search(pageable);
        Map<Long, String> names = counters.namesOf(page.getContent().stream()
                .flatMap(o -> o.getCounterIds().stream()).collect(Collectors.toSet()));
        return page.map(o -> new OutageRow(o, where(o, names)));
    }

    @Transactional(readOnly = true)
    public long count() {
        return outages.count();
    }

    /** The outages going on at some moment of the period's days, the earliest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Outage> during(Period period, int limit) {
        return outages.overlapping(period.from().atStartOfDay(), period.to().plusDays(1).atStartOfDay(),
                PageRequest.of(0, limit));
    }

    /**
     * The outages of a period (at most {@code limit}) and, for each, the dossiers of {@code unitId} (null: all)
     * due on a day it covered that fell late; one count and the first {@code sample} codes per outage.
     */
    @Transactional(readOnly = true)
    public List<OutageImpact> impacts(Period period, Long unitId, int limit, int sample) {
        List<Outage> during = during(period, limit);
        Map<Long, String> names = counters.namesOf(during.stream().flatMap(o -> o.getCounterIds().stream())
                .collect(Collectors.toSet()));
        LocalDateTime now = LocalDateTime.now(clock);
        return during.stream().map(o -> {
            LocalDate lastDay = (o.isOngoing() ? now : o.getEndedAt()).toLocalDate();
            LocalDate firstDay = o.getStartedAt().toLocalDate();
            DossierService.LateDossiers late = dossiers.lateDueBetween(
                    Period.of(firstDay, lastDay.isBefore(firstDay) ? firstDay : lastDay),
                    unitId, sample);
            return new OutageImpact(o.getId(), o.getKind(), o.getStartedAt(), o.getEndedAt(), where(o, names),
                    o.getNotes(),
                    late.count(), late.first().stream().map(Dossier::getCode).toList());
        }).toList();
    }

    @Requires(Permission.EQUIPMENT_EDIT)
    public Outage save(OutageDraft d) {
        OutageDraft clean = validated(d);
        Outage saved;
        if (d.id() == null) {
            saved = outages.save(new Outage(clean));
            audit.record(AuditEvent.created(AuditedType.OUTAGE, saved.getId(), label(saved), saved.draft()));
        } else {
            Outage outage = load(d.id(), d.version());
            OutageDraft before = outage.draft();
            outage.apply(clean);
            saved = outages.saveAndFlush(outage);
            audit.record(AuditEvent.updated(AuditedType.OUTAGE, saved.getId(), label(saved), before, saved.draft()));
        }
        broadcaster.publishAfterCommit(EquipmentService.TOPIC, null);
        return saved;
    }

    /** Ends an ongoing outage at {@code endedAt}. */
    @Requires(Permission.EQUIPMENT_EDIT)
    public Outage close(long id, long version, LocalDateTime endedAt) {
        Outage outage = load(id, version);
        if (!outage.isOngoing()) {
            throw new FieldValidationException("endedAt", "equipment.error.outage-closed");
        }
        OutageDraft d = outage.draft();
        return save(new OutageDraft(id, version, d.kind(), d.startedAt(),
                Validate.present("endedAt", endedAt), d.counterIds(), d.notes()));
    }

    @Requires(Permission.EQUIPMENT_EDIT)
    public void delete(long id, long version) {
        Outage outage = load(id, version);
        audit.record(AuditEvent.deleted(AuditedType.OUTAGE, id, label(outage), outage.draft()));
        outages.delete(outage);
        outages.flush();
        broadcaster.publishAfterCommit(EquipmentService.TOPIC, null);
    }

    /** An outage as the trail names it: its kind and when it started. */
    private static String label(Outage o) {
        return o.getKind().name() + " · " + VnFormat.date(o.getStartedAt().toLocalDate());
    }

    /** Now in the Center's time zone, to the minute: the default start or end of an outage being logged. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    private OutageDraft validated(OutageDraft d) {
        OutageKind kind = Validate.present("kind", d.kind());
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime start = Validate.present("startedAt", d.startedAt());
        if (start.isAfter(now)) {
            throw new FieldValidationException("startedAt", "equipment.error.future");
        }
        LocalDateTime end = d.endedAt();
        if (end != null && !end.isAfter(start)) {
            throw new FieldValidationException("endedAt", "equipment.error.end-before-start");
        }
        if (end != null && end.isAfter(now)) {
            throw new FieldValidationException("endedAt", "equipment.error.future");
        }
        Set<Long> where = d.counterIds() == null ? Set.of() : Set.copyOf(d.counterIds());
        Set<Long> known = counters.listAll().stream().map(ServiceCounter::getId).collect(Collectors.toSet());
        if (!known.containsAll(where)) {
            throw new FieldValidationException("counters", "validation.required");
        }
        long key = d.id() == null ? -1 : d.id();
        boolean clash = outages.overlappingOfKind(kind, start, end == null ? OPEN_END : end, key).stream()
                .anyMatch(o -> o.wholeCenter() || where.isEmpty()
                        || !Collections.disjoint(o.getCounterIds(), where));
        if (clash) {
            throw new FieldValidationException("startedAt", "equipment.error.outage-overlap");
        }
        String notes = d.notes() == null || d.notes().isBlank() ? null : d.notes().trim();
        if (notes != null && notes.length() > 1000) {
            throw new FieldValidationException("notes", "validation.too-long", 1000);
        }
        return new OutageDraft(d.id(), d.version(), kind, start, end, where, notes);
    }

    private Outage load(long id, long expectedVersion) {
        Outage outage = outages.findById(id).orElseThrow(() -> new ConcurrentEditException("outage", id));
        ConcurrentEditException.check("outage", id, expectedVersion, outage.getVersion());
        return outage;
    }

    /** The sorted names of the outage's counters; "#id" for one no longer known. */
    private static List<String> where(Outage o, Map<Long, String> names) {
        return o.getCounterIds().stream().map(id -> names.getOrDefault(id, "#" + id)).sorted().toList();
    }
}
