package vn.hcc.dashboard.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.audit.AuditEvent;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.Period;

/**
 * The holiday table behind the working-day calendar. Lunar holidays move every year, so they are data the
 * administrator keeps, never computed.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class HolidayService {

    private final HolidayRepository holidays;
    private final AuditService audit;

    HolidayService(HolidayRepository holidays, AuditService audit) {
        this.audit = audit;
        this.holidays = holidays;
    }

    @Transactional(readOnly = true)
    public List<Holiday> between(Period period) {
        return holidays.findByDayBetweenOrderByDay(period.from(), period.to());
    }

    @Transactional(readOnly = true)
    public List<Holiday> ofYear(int year) {
        return between(Period.calendarYear(year));
    }

    /** From the first to the last year that has entries, so the administrator can browse every year kept. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return holidays.findFirstByOrderByDayAsc()
                .map(first -> IntStream.rangeClosed(first.getDay().getYear(),
                        holidays.findFirstByOrderByDayDesc().orElseThrow().getDay().getYear()).boxed().toList())
                .orElse(List.of());
    }

    @Requires(Permission.CATALOG_EDIT)
    public Holiday save(Long id, long version, LocalDate day, String name, HolidayKind kind) {
        long key = id == null ? -1 : id;
        Validate.present("day", day);
        String n = Validate.text("name", name, 200);
        Validate.present("kind", kind);
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == HolidayKind.DAY_OFF && weekend) {
            throw new FieldValidationException("day", "holiday.error.weekend-off");
        }
        if (kind == HolidayKind.WORKING_DAY && !weekend) {
            throw new FieldValidationException("day", "holiday.error.weekday-working");
        }
        if (holidays.existsByDayAndIdNot(day, key)) {
            throw new FieldValidationException("day", "holiday.error.duplicate");
        }
        if (id == null) {
            Holiday created = holidays.save(new Holiday(day, n, kind));
            audit.record(AuditEvent.created(AuditedType.HOLIDAY, created.getId(), label(created), audited(created)));
            return created;
        }
        Holiday h = holidays.findById(key).orElseThrow(() -> new ConcurrentEditException("holiday", key));
        ConcurrentEditException.check("holiday", key, version, h.getVersion());
        Map<String, Object> before = audited(h);
        h.update(day, n, kind);
        Holiday saved = holidays.saveAndFlush(h);
        audit.record(AuditEvent.updated(AuditedType.HOLIDAY, key, label(saved), before, audited(saved)));
        return saved;
    }

    /** Removes the day, its last state kept in the trail; an id already gone is no change. */
    @Requires(Permission.CATALOG_EDIT)
    public void delete(long id) {
        holidays.findById(id).ifPresent(h -> {
            audit.record(AuditEvent.deleted(AuditedType.HOLIDAY, id, label(h), audited(h)));
            holidays.delete(h);
        });
    }

    private static String label(Holiday h) {
        return h.getDay() + " " + h.getName();
    }

    private static Map<String, Object> audited(Holiday h) {
        return AuditEvent.snapshot("day", h.getDay(), "name", h.getName(), "kind", h.getKind());
    }
}
