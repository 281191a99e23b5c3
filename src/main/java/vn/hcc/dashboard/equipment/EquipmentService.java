package vn.hcc.dashboard.equipment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.audit.AuditAction;
import vn.hcc.dashboard.audit.AuditEvent;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The inventory and each item's fault log. Opening a fault makes the item broken (or under repair, when it already went
 * for repair); closing it returns the item to use, or retires it when it was beyond repair. Both in one transaction.
 * The director and the administrator write; leadership reads.
 */
@Service
@Transactional
@Requires(Permission.EQUIPMENT_VIEW)
public class EquipmentService {

    /** Published after every committed change, for open views that show equipment. */
    public static final String TOPIC = "equipment";

    private final EquipmentItemRepository items;
    private final EquipmentFaultRepository faults;
    private final CounterService counters;
    private final Broadcaster broadcaster;
    private final Clock clock;
    private final AuditService audit;

    EquipmentService(EquipmentItemRepository items, EquipmentFaultRepository faults, CounterService counters,
            Broadcaster broadcaster, Clock clock, AuditService audit) {
        this.audit = audit;
        this.items = items;
        this.faults = faults;
        this.counters = counters;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<EquipmentItem> search(EquipmentFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() || pageable.isUnpaged() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("type", "name", "id"));
        return items.findAll(EquipmentItemRepository.matching(filter), sorted);
    }

    /** {@link #search} with each item's place named. */
    @Transactional(readOnly = true)
    public Page<ItemRow> searchRows(EquipmentFilter filter, Pageable pageable) {
        Page<EquipmentItem> page = search(filter, pageable);
        Map<Long, String> names = counterNames(page.getContent());
        return page.map(i -> new ItemRow(i, place(names, i)));
    }

    /** One item with its place named, for its details. */
    @Transactional(readOnly = true)
    public Optional<ItemRow> row(long id) {
        return find(id).map(i -> new ItemRow(i, place(counterNames(List.of(i)), i)));
    }

    @Transactional(readOnly = true)
    public long count(EquipmentFilter filter) {
        return items.count(EquipmentItemRepository.matching(filter));
    }

    @Transactional(readOnly = true)
    public Optional<EquipmentItem> find(long id) {
        return items.findById(id);
    }

    /** The inventory for the Excel export, by type (checklist order) then name; hundreds of lines, not millions. */
    @Transactional(readOnly = true)
    public List<InventoryRow> inventoryRows(EquipmentFilter filter) {
        List<EquipmentItem> all = items.findAll(EquipmentItemRepository.matching(filter), Sort.by("name", "id"));
        Map<Long, String> names = counterNames(all);
        // in the checklist's order of types (the column holds the names, which sort alphabetically)
        return all.stream()
                .sorted(java.util.Comparator.comparing(EquipmentItem::getType))
                .map(i -> new InventoryRow(i.getType(), i.getName(), i.getQuantity(), place(names, i), i.getStatus(),
                        i.getAcquiredOn(), i.getWarrantyUntil(), i.getNotes()))
                .toList();
    }

    /** Broken and under-repair items, the oldest fault first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<OutOfOrderItem> outOfOrder(int limit) {
        List<Object[]> rows = items.withStatusAndOpenFault(EquipmentStatus.OUT_OF_ORDER, PageRequest.of(0, limit));
        Map<Long, String> names = counterNames(rows.stream().map(row -> (EquipmentItem) row[0]).toList());
        return rows.stream()
                .map(row -> {
                    EquipmentItem i = (EquipmentItem) row[0];
                    return new OutOfOrderItem(i.getId(), i.getType(), i.getName(), i.getQuantity(), place(names, i),
                            i.getStatus(), (LocalDate) row[1]);
                }).toList();
    }

    @Transactional(readOnly = true)
    public long countOutOfOrder() {
        return items.countByStatusIn(EquipmentStatus.OUT_OF_ORDER);
    }

    @Requires(Permission.EQUIPMENT_EDIT)
    public EquipmentItem save(ItemDraft d) {
        ItemDraft clean = validated(d);
        EquipmentItem saved;
        if (d.id() == null) {
            saved = items.save(new EquipmentItem(clean));
            audit.record(AuditEvent.created(AuditedType.EQUIPMENT, saved.getId(), saved.getName(), saved.draft()));
        } else {
            EquipmentItem item = load(d.id(), d.version());
            if (clean.status() == EquipmentStatus.IN_USE && openFault(item.getId()).isPresent()) {
                throw new FieldValidationException("status", "equipment.error.open-fault");
            }
            ItemDraft before = item.draft();
            item.apply(clean);
            saved = items.saveAndFlush(item);
            audit.record(AuditEvent.updated(AuditedType.EQUIPMENT, saved.getId(), saved.getName(), before,
                    saved.draft()));
        }
        broadcaster.publishAfterCommit(TOPIC, saved.getId());
        return saved;
    }

    /** Only a line entered by mistake is deleted: an item with a fault history is retired instead. */
    @Requires(Permission.EQUIPMENT_EDIT)
    public void delete(long id, long version) {
        EquipmentItem item = load(id, version);
        if (faults.existsByItemId(id)) {
            throw new FieldValidationException("delete", "equipment.error.has-faults");
        }
        audit.record(AuditEvent.deleted(AuditedType.EQUIPMENT, id, item.getName(), item.draft()));
        items.delete(item);
        items.flush();
        broadcaster.publishAfterCommit(TOPIC, id);
    }

    @Transactional(readOnly = true)
    public List<EquipmentFault> faults(long itemId) {
        return faults.findByItemIdOrderByOpenedOnDescIdDesc(itemId);
    }

    /** Logs a fault and takes the item out of use; refused while another fault of the item is open. */
    @Requires(Permission.EQUIPMENT_EDIT)
    public EquipmentFault openFault(long itemId, long itemVersion, FaultDraft d) {
        EquipmentItem item = load(itemId, itemVersion);
        if (item.getStatus() == EquipmentStatus.RETIRED) {
            throw new FieldValidationException("description", "equipment.error.retired");
        }
        if (openFault(itemId).isPresent()) {
            throw new FieldValidationException("description", "equipment.error.fault-already-open");
        }
        LocalDate opened = notFuture("openedOn", Validate.present("openedOn", d.openedOn()));
        String description = Validate.text("description", d.description(), 1000);
        EquipmentFault fault = faults.save(new EquipmentFault(itemId, opened, description));
        EquipmentStatus was = item.getStatus();
        item.changeStatus(d.underRepair() ? EquipmentStatus.UNDER_REPAIR : EquipmentStatus.BROKEN);
        items.saveAndFlush(item);
        audit.record(AuditEvent.created(AuditedType.FAULT, fault.getId(), item.getName(),
                AuditEvent.snapshot("itemId", itemId, "openedOn", opened, "description", description)));
        audit.record(AuditEvent.of(AuditedType.EQUIPMENT, itemId, item.getName(), AuditAction.STATUS,
                AuditEvent.snapshot("status", was), AuditEvent.snapshot("status", item.getStatus())));
        broadcaster.publishAfterCommit(TOPIC, itemId);
        return fault;
    }

    /** A broken item went for repair: its open fault stays open, the item shows "under repair". */
    @Requires(Permission.EQUIPMENT_EDIT)
    public EquipmentItem sendForRepair(long itemId, long itemVersion) {
        EquipmentItem item = load(itemId, itemVersion);
        if (openFault(itemId).isEmpty()) {
            throw new FieldValidationException("status", "equipment.error.no-open-fault");
        }
        EquipmentStatus was = item.getStatus();
        item.changeStatus(EquipmentStatus.UNDER_REPAIR);
        audit.record(AuditEvent.of(AuditedType.EQUIPMENT, itemId, item.getName(), AuditAction.STATUS,
                AuditEvent.snapshot("status", was), AuditEvent.snapshot("status", item.getStatus())));
        broadcaster.publishAfterCommit(TOPIC, itemId);
        return items.saveAndFlush(item);
    }

    /**
     * Closes a fault with what was done; the item is in use again, or retired when {@code beyondRepair}. The item's
     * status changes in the same transaction, so the checklist never counts a half-closed fault.
     */
    @Requires(Permission.EQUIPMENT_EDIT)
    public EquipmentFault closeFault(long faultId, long faultVersion, LocalDate closedOn, String repair,
            boolean beyondRepair) {
        EquipmentFault fault = faults.findById(faultId)
                .orElseThrow(() -> new ConcurrentEditException("fault", faultId));
        ConcurrentEditException.check("fault", faultId, faultVersion, fault.getVersion());
        if (!fault.isOpen()) {
            throw new FieldValidationException("closedOn", "equipment.error.fault-closed");
        }
        LocalDate closed = notFuture("closedOn", Validate.present("closedOn", closedOn));
        if (closed.isBefore(fault.getOpenedOn())) {
            throw new FieldValidationException("closedOn", "equipment.error.closed-before-opened");
        }
        String done = Validate.text("repair", repair, 1000);
        fault.close(closed, done);
        EquipmentItem item = items.findById(fault.getItemId()).orElseThrow();
        EquipmentStatus was = item.getStatus();
        item.changeStatus(beyondRepair ? EquipmentStatus.RETIRED : EquipmentStatus.IN_USE);
        items.save(item);
        audit.record(AuditEvent.of(AuditedType.FAULT, faultId, item.getName(), AuditAction.STATUS,
                AuditEvent.snapshot("closedOn", null, "repair", null, "itemStatus", was),
                AuditEvent.snapshot("closedOn", closed, "repair", done, "itemStatus", item.getStatus())));
        EquipmentFault saved = faults.saveAndFlush(fault);
        broadcaster.publishAfterCommit(TOPIC, item.getId());
        return saved;
    }

    /** Today in the Center's time zone: the default day of a new fault or repair. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Optional<EquipmentFault> openFault(long itemId) {
        return faults.findFirstByItemIdAndClosedOnIsNull(itemId);
    }

    private ItemDraft validated(ItemDraft d) {
        EquipmentType type = Validate.present("type", d.type());
        String name = Validate.text("name", d.name(), 200);
        int quantity = (int) Validate.range("quantity", Validate.present("quantity", d.quantity()), 1, 100_000);
        String location = d.location() == null || d.location().isBlank() ? null : d.location().trim();
        if (location != null && location.length() > 200) {
            throw new FieldValidationException("location", "validation.too-long", 200);
        }
        if (d.counterId() == null && location == null) {
            throw new FieldValidationException("location", "equipment.error.place-required");
        }
        if (d.counterId() != null && counters.listAll().stream().map(ServiceCounter::getId)
                .noneMatch(d.counterId()::equals)) {
            throw new FieldValidationException("counter", "validation.required");
        }
        EquipmentStatus status = Validate.present("status", d.status());
        LocalDate acquired = d.acquiredOn() == null ? null : notFuture("acquiredOn", d.acquiredOn());
        if (acquired != null && d.warrantyUntil() != null && d.warrantyUntil().isBefore(acquired)) {
            throw new FieldValidationException("warrantyUntil", "equipment.error.warranty-before-acquired");
        }
        String notes = d.notes() == null || d.notes().isBlank() ? null : d.notes().trim();
        if (notes != null && notes.length() > 1000) {
            throw new FieldValidationException("notes", "validation.too-long", 1000);
        }
        return new ItemDraft(d.id(), d.version(), type, name, quantity, d.counterId(), location, status, acquired,
                d.warrantyUntil(), notes);
    }

    private LocalDate notFuture(String field, LocalDate day) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw new FieldValidationException(field, "equipment.error.future");
        }
        return day;
    }

    private EquipmentItem load(long id, long expectedVersion) {
        EquipmentItem item = items.findById(id).orElseThrow(() -> new ConcurrentEditException("equipment", id));
        ConcurrentEditException.check("equipment", id, expectedVersion, item.getVersion());
        return item;
    }

    private Map<Long, String> counterNames(List<EquipmentItem> list) {
        return counters.namesOf(list.stream().map(EquipmentItem::getCounterId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    /** The counter's name, the location text, or both. */
    static String place(Map<Long, String> counterNames, EquipmentItem i) {
        String counter = i.getCounterId() == null ? null : counterNames.get(i.getCounterId());
        if (counter == null) {
            return i.getLocation() == null ? "" : i.getLocation();
        }
        return i.getLocation() == null ? counter : counter + " – " + i.getLocation();
    }
}
