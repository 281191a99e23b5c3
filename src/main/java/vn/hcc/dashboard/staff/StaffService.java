package vn.hcc.dashboard.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.audit.AuditAction;
import vn.hcc.dashboard.audit.AuditEvent;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.security.UserService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.Period;

/** The roster: the director and the administrator keep it, leadership reads it and its counts. */
@Service
@Transactional
@Requires(Permission.STAFF_VIEW)
public class StaffService {

    /** Bounds for "any duty before / after" the active dates; both fit a DATE column on H2 and MariaDB. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final StaffRepository staff;
    private final DutyRepository duties;
    private final UnitService units;
    private final FieldService fields;
    private final CounterService counters;
    private final UserService users;
    private final Clock clock;
    private final AuditService audit;

    StaffService(StaffRepository staff, DutyRepository duties, UnitService units, FieldService fields,
            CounterService counters, UserService users, Clock clock, AuditService audit) {
        this.audit = audit;
        this.staff = staff;
        this.duties = duties;
        this.units = units;
        this.fields = fields;
        this.counters = counters;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<StaffMember> search(StaffFilter filter, Pageable pageable) {
        Pageable page = pageable.getSort().isSorted() || pageable.isUnpaged() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("fullName"));
        return staff.search(filter.normalizedText(), filter.type(), filter.activeOnly(), LocalDate.now(clock), page);
    }

    /** {@link #search} with the names each line shows, one query per kind of name for the whole page. */
    @Transactional(readOnly = true)
    public Page<StaffRow> searchRows(StaffFilter filter, Pageable pageable) {
        Page<StaffMember> page = search(filter, pageable);
        List<StaffMember> members = page.getContent();
        Map<Long, String> unitNames = units.namesOf(ids(members, m -> Stream.ofNullable(m.getHomeUnitId())));
        Map<Long, String> counterNames = counters.namesOf(ids(members, m -> m.getCounterIds().stream()));
        Map<Long, String> fieldNames = fields.namesOf(ids(members, m -> m.getFieldIds().stream()));
        Map<Long, String> usernames = users.usernamesOf(ids(members, m -> Stream.ofNullable(m.getUserId())));
        // a HashMap answers a null id (no home unit, no sign-in) with the default
        return page.map(m -> new StaffRow(m, unitNames.getOrDefault(m.getHomeUnitId(), ""),
                names(m.getCounterIds(), counterNames), names(m.getFieldIds(), fieldNames),
                usernames.getOrDefault(m.getUserId(), "")));
    }

    private static Set<Long> ids(List<StaffMember> members, Function<StaffMember, Stream<Long>> ids) {
        return members.stream().flatMap(ids).collect(Collectors.toSet());
    }

    private static List<String> names(Set<Long> ids, Map<Long, String> byId) {
        return ids.stream().map(id -> byId.getOrDefault(id, "")).sorted().toList();
    }

    @Transactional(readOnly = true)
    public long count(StaffFilter filter) {
        return search(filter, PageRequest.of(0, 1)).getTotalElements();
    }

    @Transactional(readOnly = true)
    public Optional<StaffMember> find(long id) {
        return staff.findById(id);
    }

    /** The people working at the Center at some time in the period, by name: whom a schedule may use. */
    @Transactional(readOnly = true)
    public List<StaffMember> activeBetween(Period period) {
        return staff.activeBetween(period.from(), period.to());
    }

    /** The counts of the Kim Thành Q3/2025 report and the Ba Vì 2024 report's appendix for the people active on {@code asOf}; see StaffSummary. */
    @Transactional(readOnly = true)
    public StaffSummary summary(LocalDate asOf) {
        return staff.counts(asOf).summary(asOf);
    }

    /**
     * Who a sign-in is in the roster, for the rating tablet that names the officer who served the citizen: the staff
     * record linked to the account, else the account's own name; empty for an unknown username.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Officer> officerOf(String username) {
        return users.accountNamed(username).map(a -> staff.findByUserId(a.id())
                .map(m -> new Officer(m.getId(), a.username(), m.getFullName(), m.getHomeUnitId()))
                .orElseGet(() -> new Officer(null, a.username(), a.fullName(), null)));
    }

    /** Id → full name of the staff records among {@code ids}, for the rows of other features. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        return vn.hcc.dashboard.base.NamesById.of(ids, staff::names);
    }

    @Requires(Permission.STAFF_EDIT)
    public StaffMember save(StaffDraft d) {
        long key = d.id() == null ? -1 : d.id();
        StaffDraft clean = validate(d, key);
        if (d.id() == null) {
            StaffMember created = staff.save(new StaffMember(clean));
            audit.record(AuditEvent.created(AuditedType.STAFF, created.getId(), created.getFullName(),
                    audited(created)));
            return created;
        }
        StaffMember member = staff.findById(key).orElseThrow(() -> new ConcurrentEditException("staff", key));
        ConcurrentEditException.check("staff", key, d.version(), member.getVersion());
        // A schedule must never show someone outside their dates: the director removes those duties first.
        long before = duties.countOutside(key, clean.activeFrom(), LATEST);
        if (before > 0) {
            throw new FieldValidationException("activeFrom", "staff.error.duties-outside", before);
        }
        long after = duties.countOutside(key, EARLIEST, clean.activeTo() == null ? LATEST : clean.activeTo());
        if (after > 0) {
            throw new FieldValidationException("activeTo", "staff.error.duties-outside", after);
        }
        Map<String, Object> old = audited(member);
        member.apply(clean);
        StaffMember saved = staff.saveAndFlush(member);
        audit.record(AuditEvent.updated(AuditedType.STAFF, saved.getId(), saved.getFullName(), old, audited(saved)));
        return saved;
    }

    /** What the trail keeps of a person: the form's fields, ids of linked records as they are stored. */
    private static Map<String, Object> audited(StaffMember m) {
        return AuditEvent.snapshot("fullName", m.getFullName(), "position", m.getPosition(), "type", m.getType(),
                "homeUnitId", m.getHomeUnitId(), "concurrentDuty", m.getConcurrentDuty(), "signatureHolder",
                m.isSignatureHolder(), "activeFrom", m.getActiveFrom(), "activeTo", m.getActiveTo(), "userId",
                m.getUserId(), "fieldIds", m.getFieldIds(), "counterIds", m.getCounterIds());
    }

    /**
     * The person leaves the Center today: the record stays for history and the counts of past dates, the duties
     * planned after today are removed in the same transaction. Returns how many duties were removed.
     */
    @Requires(Permission.STAFF_EDIT)
    public int deactivate(long id, long version) {
        StaffMember member = staff.findById(id).orElseThrow(() -> new ConcurrentEditException("staff", id));
        ConcurrentEditException.check("staff", id, version, member.getVersion());
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(member.getActiveFrom())) {
            throw new FieldValidationException("deactivate", "staff.error.not-started");
        }
        if (member.getActiveTo() != null && !member.getActiveTo().isAfter(today)) {
            return 0;
        }
        Map<String, Object> old = audited(member);
        int removed = duties.deleteAfter(id, today);
        member.endOn(today);
        staff.saveAndFlush(member);
        Map<String, Object> now = audited(member);
        now.put("dutiesRemoved", removed);
        audit.record(AuditEvent.of(AuditedType.STAFF, id, member.getFullName(), AuditAction.STATUS, old, now));
        return removed;
    }

    private StaffDraft validate(StaffDraft d, long key) {
        String name = Validate.text("fullName", d.fullName(), 200);
        String position = Validate.text("position", d.position(), 200);
        EmploymentType type = Validate.present("type", d.type());
        LocalDate from = Validate.present("activeFrom", d.activeFrom());
        if (d.activeTo() != null && d.activeTo().isBefore(from)) {
            throw new FieldValidationException("activeTo", "staff.error.ends-before-start");
        }
        if (type == EmploymentType.SECONDED && d.homeUnitId() == null) {
            throw new FieldValidationException("homeUnit", "staff.error.seconded-needs-unit");
        }
        if (d.homeUnitId() != null && units.listAll().stream().map(Unit::getId).noneMatch(d.homeUnitId()::equals)) {
            throw new FieldValidationException("homeUnit", "staff.error.unknown-unit");
        }
        String concurrent = d.concurrentDuty() == null || d.concurrentDuty().isBlank() ? null
                : Validate.text("concurrentDuty", d.concurrentDuty(), 200);
        Set<Long> knownFields = fields.listAll().stream().map(WorkField::getId).collect(Collectors.toSet());
        if (!knownFields.containsAll(d.fieldIds())) {
            throw new FieldValidationException("fields", "staff.error.unknown-field");
        }
        Set<Long> knownCounters = counters.listAll().stream().map(ServiceCounter::getId).collect(Collectors.toSet());
        if (!knownCounters.containsAll(d.counterIds())) {
            throw new FieldValidationException("counters", "staff.error.unknown-counter");
        }
        if (d.userId() != null) {
            UserService.Account account = users.accounts().stream().filter(a -> a.id() == d.userId()).findFirst()
                    .orElseThrow(() -> new FieldValidationException("user", "staff.error.unknown-user"));
            staff.findFirstByUserIdAndIdNot(d.userId(), key).ifPresent(other -> {
                throw new FieldValidationException("user", "staff.error.user-linked", account.username(),
                        other.getFullName());
            });
        }
        return new StaffDraft(d.id(), d.version(), name, position, type, d.homeUnitId(), concurrent,
                d.signatureHolder(), from, d.activeTo(), d.userId(), d.fieldIds(), d.counterIds());
    }
}
