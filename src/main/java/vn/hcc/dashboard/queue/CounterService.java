package vn.hcc.dashboard.queue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.audit.AuditEvent;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.NamesById;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The counters of the hall and the fields each serves. Signed-in users read them; the administrator changes them.
 * Kept apart from {@link QueueService} so that each stays small; the queue reads the same table.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CounterService {

    private final ServiceCounterRepository counters;
    private final TicketRepository tickets;
    private final FieldService fields;
    private final Broadcaster broadcaster;
    private final AuditService audit;
    private final CounterPauseRepository pauses;

    CounterService(ServiceCounterRepository counters, TicketRepository tickets, FieldService fields,
            Broadcaster broadcaster, AuditService audit, CounterPauseRepository pauses) {
        this.pauses = pauses;
        this.counters = counters;
        this.tickets = tickets;
        this.fields = fields;
        this.broadcaster = broadcaster;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ServiceCounter> listAll() {
        return counters.findAllByOrderByCode();
    }

    @Transactional(readOnly = true)
    public List<ServiceCounter> listActive() {
        return counters.findByActiveTrueOrderByCode();
    }

    @Transactional(readOnly = true)
    public Page<ServiceCounter> search(String filter, Pageable pageable) {
        return counters.search(filter == null ? "" : filter.trim().toLowerCase(), pageable);
    }

    /** {@link #search} with the names of the fields each counter serves. */
    @Transactional(readOnly = true)
    public Page<CounterRow> searchRows(String filter, Pageable pageable) {
        Page<ServiceCounter> page = search(filter, pageable);
        Map<Long, String> names = fieldNames(page.getContent());
        return page.map(c -> row(c, names));
    }

    /** {@link #listActive} with the names of the fields each counter serves. */
    @Transactional(readOnly = true)
    public List<CounterRow> activeRows() {
        List<ServiceCounter> active = listActive();
        Map<Long, String> names = fieldNames(active);
        return active.stream().map(c -> row(c, names)).toList();
    }

    /** The name of one counter, for a label or a dialog; empty for an unknown id or null. */
    @Transactional(readOnly = true)
    public Optional<String> nameOf(Long id) {
        return id == null ? Optional.empty() : counters.findById(id).map(ServiceCounter::getName);
    }

    /** Id → name of the counters among {@code ids} that exist, in one query, for the rows of other features. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return NamesById.of(ids, counters::names);
    }

    private Map<Long, String> fieldNames(List<ServiceCounter> list) {
        return fields.namesOf(list.stream().flatMap(c -> c.getFieldIds().stream()).collect(Collectors.toSet()));
    }

    private static CounterRow row(ServiceCounter c, Map<Long, String> fieldNames) {
        return new CounterRow(c, c.getFieldIds().stream().map(id -> fieldNames.getOrDefault(id, "")).sorted().toList());
    }

    /** Creates ({@code id == null}) or changes a counter; refused when someone saved it since {@code version}. */
    @Requires(Permission.CATALOG_EDIT)
    public ServiceCounter save(CounterDraft draft) {
        long key = draft.id() == null ? -1 : draft.id();
        String code = Validate.text("code", draft.code(), 32);
        String name = Validate.text("name", draft.name(), 200);
        if (counters.existsByCodeIgnoreCaseAndIdNot(code, key)) {
            throw new FieldValidationException("code", "validation.duplicate-code", code);
        }
        if (counters.existsByNameIgnoreCaseAndIdNot(name, key)) {
            throw new FieldValidationException("name", "validation.duplicate-name", name);
        }
        if (draft.fieldIds().isEmpty()) {
            throw new FieldValidationException("fields", "queue.counter.error.no-field");
        }
        Set<Long> known = fields.listAll().stream().map(WorkField::getId).collect(Collectors.toSet());
        if (!known.containsAll(draft.fieldIds())) {
            throw new FieldValidationException("fields", "queue.counter.error.unknown-field");
        }
        CounterDraft clean = new CounterDraft(draft.id(), draft.version(), code, name, draft.fieldIds(),
                draft.active());
        ServiceCounter saved;
        if (draft.id() == null) {
            saved = counters.save(new ServiceCounter(clean));
            audit.record(AuditEvent.created(AuditedType.COUNTER, saved.getId(), saved.getName(), audited(saved)));
        } else {
            ServiceCounter counter = counters.findById(key).orElseThrow(() -> new ConcurrentEditException("counter", key));
            ConcurrentEditException.check("counter", key, draft.version(), counter.getVersion());
            Map<String, Object> before = audited(counter);
            counter.apply(clean);
            saved = counters.saveAndFlush(counter);
            audit.record(AuditEvent.updated(AuditedType.COUNTER, key, saved.getName(), before, audited(saved)));
        }
        broadcaster.publishAfterCommit(QueueService.TOPIC, null);
        return saved;
    }

    /** A counter that has called tickets stays for the figures: it can only be deactivated. */
    @Requires(Permission.CATALOG_EDIT)
    public void delete(long id) {
        if (tickets.existsByCounterId(id) || tickets.existsByTargetCounterId(id) || pauses.existsByCounterId(id)) {
            throw new FieldValidationException("delete", "queue.counter.error.in-use");
        }
        try {
            counters.findById(id).ifPresent(c -> {
                audit.record(AuditEvent.deleted(AuditedType.COUNTER, id, c.getName(), audited(c)));
                counters.delete(c);
            });
            counters.flush();
        } catch (org.springframework.dao.DataIntegrityViolationException referenced) {
            // the staff roster and the duty schedule refer to counters too; their foreign keys have the last word
            throw new FieldValidationException("delete", "queue.counter.error.in-use-staff");
        }
        broadcaster.publishAfterCommit(QueueService.TOPIC, null);
    }

    /** The fields shown in the trail; the served fields by id, sorted, so that a reordered set is no change. */
    private static Map<String, Object> audited(ServiceCounter c) {
        return AuditEvent.snapshot("code", c.getCode(), "name", c.getName(), "fieldIds",
                c.getFieldIds().stream().sorted().toList(), "active", c.isActive());
    }
}
