package vn.hcc.dashboard.staff;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.audit.AuditAction;
import vn.hcc.dashboard.audit.AuditEvent;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.Holiday;
import vn.hcc.dashboard.catalog.HolidayService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.queue.CounterOnDuty;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.security.UserService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.Period;

/**
 * The counters' duty schedule, one person per counter per whole day. The director and the administrator plan it,
 * leadership reads it, and every signed-in user reads their own week. Duty is possible on working days (the
 * calendar's, swapped working Saturdays included) and on voluntary Saturdays (the Kim Thành Q3/2025 report), never on a day off.
 */
@Service
@Transactional
@Requires(Permission.STAFF_VIEW)
public class DutyService implements CounterOnDuty {

    private final DutyRepository duties;
    private final StaffRepository staff;
    private final CounterService counters;
    private final WorkingDayCalendar calendar;
    private final HolidayService holidays;
    private final UserService users;
    private final Clock clock;
    private final AuditService audit;

    DutyService(DutyRepository duties, StaffRepository staff, CounterService counters, WorkingDayCalendar calendar,
            HolidayService holidays, UserService users, Clock clock, AuditService audit) {
        this.audit = audit;
        this.duties = duties;
        this.staff = staff;
        this.counters = counters;
        this.calendar = calendar;
        this.holidays = holidays;
        this.users = users;
        this.clock = clock;
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @PreAuthorize("isAuthenticated()")
    public LocalDate thisMonday() {
        return mondayOf(LocalDate.now(clock));
    }

    /** The week containing {@code day}: its days and every duty planned in them. */
    @Transactional(readOnly = true)
    public DutyWeek week(LocalDate day) {
        LocalDate monday = mondayOf(day);
        Map<Long, String> names = counterNames();
        List<Duty> planned = duties.between(monday, monday.plusDays(6)).stream().map(d -> duty(d, names)).toList();
        return new DutyWeek(monday, days(monday), planned);
    }

    /**
     * Each day of the week of {@code day} with the number of staffed counters per field, for the staffing estimate.
     * Only counts, no names: any signed-in user may read them (the views that show them ask their own permission).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DutyCover> cover(LocalDate day) {
        LocalDate monday = mondayOf(day);
        Map<Long, ServiceCounter> byId = counters.listAll().stream()
                .collect(Collectors.toMap(ServiceCounter::getId, Function.identity()));
        Map<LocalDate, List<DutyAssignment>> planned = duties.between(monday, monday.plusDays(6)).stream()
                .collect(Collectors.groupingBy(DutyAssignment::getDay));
        return days(monday).stream().map(d -> {
            Map<Long, Integer> perField = new java.util.HashMap<>();
            planned.getOrDefault(d.date(), List.of()).stream().map(a -> byId.get(a.getCounterId()))
                    .filter(java.util.Objects::nonNull)
                    .forEach(c -> c.getFieldIds().forEach(f -> perField.merge(f, 1, Integer::sum)));
            return new DutyCover(d, Map.copyOf(perField));
        }).toList();
    }

    /** The signed-in user's week, through the staff record linked to their account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MyWeek myWeek(LocalDate day) {
        LocalDate monday = mondayOf(day);
        Optional<StaffMember> me = users.currentAccount().flatMap(a -> staff.findByUserId(a.id()));
        Map<Long, String> names = counterNames();
        List<Duty> mine = me.map(m -> duties.ofStaffBetween(m.getId(), monday, monday.plusDays(6)).stream()
                .map(d -> duty(d, names)).toList()).orElse(List.of());
        return new MyWeek(me.map(StaffMember::getFullName), new DutyWeek(monday, days(monday), mine));
    }

    /**
     * The counter {@code username}'s staff record is on duty at on {@code day}, if any: the counter view preselects
     * it. Open to those who serve at a counter, who may not read the whole schedule.
     */
    @Override
    @Requires(Permission.QUEUE_SERVE)
    @Transactional(readOnly = true)
    public Optional<Long> counterOnDuty(String username, LocalDate day) {
        return users.accountNamed(username).flatMap(a -> staff.findByUserId(a.id()))
                .flatMap(m -> duties.ofStaff(day, m.getId())).map(DutyAssignment::getCounterId);
    }

    /** Puts a person at a counter for a day; every conflict is refused at the form field it concerns. */
    @Requires(Permission.STAFF_EDIT)
    public Assigned assign(LocalDate day, Long staffId, Long counterId) {
        if (day == null) {
            throw new FieldValidationException("day", "validation.required");
        }
        StaffMember member = Optional.ofNullable(staffId).flatMap(staff::findById)
                .orElseThrow(() -> new FieldValidationException("staff", "validation.required"));
        ServiceCounter counter = Optional.ofNullable(counterId).flatMap(id -> counters.listAll().stream()
                .filter(c -> c.getId().equals(id)).findFirst())
                .orElseThrow(() -> new FieldValidationException("counter", "validation.required"));
        if (!counter.isActive()) {
            throw new FieldValidationException("counter", "duty.error.counter-inactive", counter.getName());
        }
        DutyDay dutyDay = dayOf(day, holidayNames(Period.of(day, day)));
        if (!dutyDay.open()) {
            throw dutyDay.kind() == DutyDay.Kind.SUNDAY
                    ? new FieldValidationException("day", "duty.error.sunday", VnFormat.date(day))
                    : new FieldValidationException("day", "duty.error.day-off", VnFormat.date(day),
                            dutyDay.holidayName());
        }
        if (!member.activeOn(day)) {
            throw new FieldValidationException("staff", "duty.error.inactive", member.getFullName(),
                    VnFormat.date(day), period(member));
        }
        Optional<DutyAssignment> atCounter = duties.atCounter(day, counter.getId());
        if (atCounter.isPresent() && atCounter.get().getStaff().getId().equals(member.getId())) {
            return assigned(atCounter.get(), member, counter);
        }
        atCounter.ifPresent(other -> {
            throw new FieldValidationException("counter", "duty.error.counter-taken", counter.getName(),
                    VnFormat.date(day), other.getStaff().getFullName());
        });
        duties.ofStaff(day, member.getId()).ifPresent(other -> {
            throw new FieldValidationException("staff", "duty.error.staff-taken", member.getFullName(),
                    VnFormat.date(day), counterNames().get(other.getCounterId()));
        });
        try {
            DutyAssignment saved = duties.saveAndFlush(new DutyAssignment(day, counter.getId(), member));
            audit.record(AuditEvent.created(AuditedType.DUTY, saved.getId(), label(saved, counter.getName()),
                    audited(saved, counter.getName())));
            return assigned(saved, member, counter);
        } catch (DataIntegrityViolationException meanwhile) {
            // another director filled the same cell between our check and our insert
            throw new FieldValidationException("counter", "duty.error.taken-meanwhile");
        }
    }

    @Requires(Permission.STAFF_EDIT)
    public void unassign(long dutyId, long version) {
        DutyAssignment duty = duties.findById(dutyId).orElseThrow(() -> new ConcurrentEditException("duty", dutyId));
        ConcurrentEditException.check("duty", dutyId, version, duty.getVersion());
        String counter = counterNames().getOrDefault(duty.getCounterId(), "");
        audit.record(AuditEvent.deleted(AuditedType.DUTY, dutyId, label(duty, counter), audited(duty, counter)));
        duties.delete(duty);
        duties.flush();
    }

    /** A duty as the trail names it: who, where, when. */
    private static String label(DutyAssignment d, String counter) {
        return d.getStaff().getFullName() + " · " + counter + " · " + VnFormat.date(d.getDay());
    }

    private static Map<String, Object> audited(DutyAssignment d, String counter) {
        return AuditEvent.snapshot("day", d.getDay(), "counter", counter, "counterId", d.getCounterId(),
                "staff", d.getStaff().getFullName(), "staffId", d.getStaff().getId());
    }

    /**
     * Copies the previous week's duties into the week of {@code day}, day by day, in one transaction. A duty that
     * would break a rule there (day off, person no longer active, counter closed, cell or person already planned)
     * is left out and reported; a duty already there counts as unchanged. Nothing planned is ever overwritten.
     */
    @Requires(Permission.STAFF_EDIT)
    public CopyResult copyPreviousWeek(LocalDate day) {
        LocalDate monday = mondayOf(day);
        Map<Long, ServiceCounter> byId = counters.listAll().stream()
                .collect(Collectors.toMap(ServiceCounter::getId, Function.identity()));
        Map<LocalDate, DutyDay> target = days(monday).stream()
                .collect(Collectors.toMap(DutyDay::date, Function.identity()));
        Map<LocalDate, String> names = holidayNames(Period.of(monday, monday.plusDays(6)));
        int copied = 0;
        int unchanged = 0;
        List<CopyResult.Skipped> skipped = new ArrayList<>();
        for (DutyAssignment source : duties.between(monday.minusDays(7), monday.minusDays(1))) {
            LocalDate to = source.getDay().plusDays(7);
            StaffMember member = source.getStaff();
            ServiceCounter counter = byId.get(source.getCounterId());
            Optional<DutyAssignment> atCounter = duties.atCounter(to, counter.getId());
            String reason = null;
            if (!target.getOrDefault(to, dayOf(to, names)).open()) {
                reason = "duty.skip.day-off";
            } else if (!counter.isActive()) {
                reason = "duty.skip.counter-inactive";
            } else if (!member.activeOn(to)) {
                reason = "duty.skip.inactive";
            } else if (atCounter.isPresent() && atCounter.get().getStaff().getId().equals(member.getId())) {
                unchanged++;
                continue;
            } else if (atCounter.isPresent()) {
                reason = "duty.skip.counter-taken";
            } else if (duties.ofStaff(to, member.getId()).isPresent()) {
                reason = "duty.skip.staff-taken";
            }
            if (reason != null) {
                skipped.add(new CopyResult.Skipped(to, counter.getName(), member.getFullName(), reason));
            } else {
                duties.save(new DutyAssignment(to, counter.getId(), member));
                copied++;
            }
        }
        duties.flush();
        // One entry for the week, with its counts: the copied duties are the previous week's, named in its entries.
        audit.record(new AuditEvent(AuditedType.DUTY, null, VnFormat.date(monday), AuditAction.COPY,
                AuditEvent.diff(null, AuditEvent.snapshot("week", monday, "from", monday.minusDays(7), "copied",
                        copied, "unchanged", unchanged, "skipped", skipped.size()))));
        return new CopyResult(copied, unchanged, List.copyOf(skipped));
    }

    /** Monday to Saturday, and Sunday too when the government made it a working day. */
    private List<DutyDay> days(LocalDate monday) {
        Map<LocalDate, String> names = holidayNames(Period.of(monday, monday.plusDays(6)));
        List<DutyDay> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            DutyDay d = dayOf(monday.plusDays(i), names);
            if (i < 6 || d.kind() == DutyDay.Kind.WORKING) {
                days.add(d);
            }
        }
        return days;
    }

    private DutyDay dayOf(LocalDate day, Map<LocalDate, String> holidayNames) {
        if (calendar.isWorkingDay(day)) {
            return new DutyDay(day, DutyDay.Kind.WORKING, null);
        }
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> new DutyDay(day, DutyDay.Kind.VOLUNTARY_SATURDAY, null);
            case SUNDAY -> new DutyDay(day, DutyDay.Kind.SUNDAY, null);
            default -> new DutyDay(day, DutyDay.Kind.DAY_OFF, holidayNames.getOrDefault(day, ""));
        };
    }

    private Map<LocalDate, String> holidayNames(Period days) {
        return holidays.between(days).stream()
                .collect(Collectors.toMap(Holiday::getDay, Holiday::getName));
    }

    private Map<Long, String> counterNames() {
        return counters.listAll().stream().collect(Collectors.toMap(ServiceCounter::getId, ServiceCounter::getName));
    }

    private Assigned assigned(DutyAssignment d, StaffMember member, ServiceCounter counter) {
        return new Assigned(duty(d, Map.of(counter.getId(), counter.getName())),
                member.serves(counter.getId(), counter.getFieldIds()));
    }

    private static Duty duty(DutyAssignment d, Map<Long, String> counterNames) {
        return new Duty(d.getId(), d.getVersion(), d.getDay(), d.getCounterId(),
                counterNames.getOrDefault(d.getCounterId(), ""), d.getStaff().getId(), d.getStaff().getFullName());
    }

    private static String period(StaffMember m) {
        return VnFormat.date(m.getActiveFrom()) + " – "
                + (m.getActiveTo() == null ? "…" : VnFormat.date(m.getActiveTo()));
    }
}
