package vn.hcc.dashboard.queue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * When the kiosk gives numbers. A day opens with its weekday's sessions unless the holiday calendar makes it a day
 * off; a weekend day the government made a working day opens with its own weekday's hours if it has any, otherwise
 * with Monday's (it replaces a weekday). Hours are read per call: there are seven rows.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(KioskSettings.class)
public class OpeningHoursService {

    /** How far ahead "opens next" looks: past Tết's nine days off with weekends around them. */
    private static final int LOOK_AHEAD_DAYS = 21;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final OpeningHoursRepository hours;
    private final WorkingDayCalendar calendar;
    private final KioskSettings settings;
    private final Clock clock;

    OpeningHoursService(OpeningHoursRepository hours, WorkingDayCalendar calendar, KioskSettings settings,
            Clock clock) {
        this.hours = hours;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    /** The seven weekdays, Monday first. */
    @PreAuthorize("permitAll()")
    public List<WeekdayHours> week() {
        return hours.findAllByOrderByWeekday().stream().map(OpeningHours::toRecord).toList();
    }

    /** Whether the kiosk gives numbers now (always, while {@code app.queue.kiosk.always-open} is set). */
    @PreAuthorize("permitAll()")
    public KioskHours now() {
        LocalDateTime now = LocalDateTime.now(clock);
        return settings.isAlwaysOpen() ? new KioskHours(true, null, null) : at(now);
    }

    /** Whether the kiosk gives numbers at {@code moment} by the hours and the holiday calendar. */
    @PreAuthorize("permitAll()")
    public KioskHours at(LocalDateTime moment) {
        Map<DayOfWeek, OpeningHours> week = byDay();
        WorkingDayCalendar.Snapshot days = calendar.snapshot();
        for (WeekdayHours.Session s : sessionsOn(moment.toLocalDate(), week, days)) {
            if (s.contains(moment.toLocalTime())) {
                return new KioskHours(true, s.closes(), null);
            }
        }
        for (int ahead = 0; ahead <= LOOK_AHEAD_DAYS; ahead++) {
            LocalDate day = moment.toLocalDate().plusDays(ahead);
            for (WeekdayHours.Session s : sessionsOn(day, week, days)) {
                LocalDateTime opens = day.atTime(s.opens());
                if (opens.isAfter(moment)) {
                    return new KioskHours(false, null, opens);
                }
            }
        }
        return new KioskHours(false, null, null);
    }

    /** Refuses a ticket outside the hours, saying when the kiosk opens next. */
    void requireOpen() {
        KioskHours now = now();
        if (now.open()) {
            return;
        }
        if (now.nextOpening() == null) {
            throw new FieldValidationException("field", "queue.kiosk.error.closed-no-date");
        }
        throw new FieldValidationException("field", "queue.kiosk.error.closed",
                HH_MM.format(now.nextOpening()), VnFormat.date(now.nextOpening().toLocalDate()));
    }

    /** Saves the week in one transaction; a session needs both times, opening before closing, mornings first. */
    @Transactional
    @Requires(Permission.CATALOG_EDIT)
    public List<WeekdayHours> save(List<WeekdayHours> week) {
        week.forEach(OpeningHoursService::check);
        Map<DayOfWeek, OpeningHours> rows = byDay();
        for (WeekdayHours h : week) {
            OpeningHours row = rows.computeIfAbsent(h.day(), OpeningHours::new);
            ConcurrentEditException.check("opening-hours", h.day().getValue(), h.version(), row.version());
            row.apply(h);
            hours.save(row);
        }
        hours.flush();
        return week();
    }

    private static void check(WeekdayHours h) {
        String day = h.day().name();
        checkSession(h.morning(), "morning-" + day);
        checkSession(h.afternoon(), "afternoon-" + day);
        if (h.morning() != null && h.afternoon() != null && h.afternoon().opens().isBefore(h.morning().closes())) {
            throw new FieldValidationException("afternoon-" + day, "queue.hours.error.overlap");
        }
    }

    private static void checkSession(WeekdayHours.Session s, String field) {
        if (s != null && !s.opens().isBefore(s.closes())) {
            throw new FieldValidationException(field, "queue.hours.error.order");
        }
    }

    private List<WeekdayHours.Session> sessionsOn(LocalDate day, Map<DayOfWeek, OpeningHours> week,
            WorkingDayCalendar.Snapshot days) {
        if (days.isDayOff(day)) {
            return List.of();
        }
        OpeningHours own = week.get(day.getDayOfWeek());
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekend && days.isWorkingDay(day) && (own == null || own.sessions().isEmpty())) {
            own = week.get(DayOfWeek.MONDAY);
        }
        return own == null ? List.of() : own.sessions();
    }

    private Map<DayOfWeek, OpeningHours> byDay() {
        Map<DayOfWeek, OpeningHours> map = new EnumMap<>(DayOfWeek.class);
        hours.findAllByOrderByWeekday().forEach(h -> map.put(h.day(), h));
        return map;
    }

}
