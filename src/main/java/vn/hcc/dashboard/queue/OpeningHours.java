package vn.hcc.dashboard.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The kiosk's hours on one weekday: a morning and an afternoon session, each open or closed (no times). */
@Entity
@Table(name = "queue_opening_hours")
class OpeningHours {

    @Id
    private int weekday;

    @Column(name = "morning_opens")
    @Convert(converter = MinuteOfDay.class)
    private LocalTime morningOpens;

    @Column(name = "morning_closes")
    @Convert(converter = MinuteOfDay.class)
    private LocalTime morningCloses;

    @Column(name = "afternoon_opens")
    @Convert(converter = MinuteOfDay.class)
    private LocalTime afternoonOpens;

    @Column(name = "afternoon_closes")
    @Convert(converter = MinuteOfDay.class)
    private LocalTime afternoonCloses;

    @Version
    private long version;

    protected OpeningHours() {
    }

    OpeningHours(DayOfWeek day) {
        this.weekday = day.getValue();
    }

    DayOfWeek day() {
        return DayOfWeek.of(weekday);
    }

    long version() {
        return version;
    }

    void apply(WeekdayHours hours) {
        morningOpens = hours.morning() == null ? null : hours.morning().opens();
        morningCloses = hours.morning() == null ? null : hours.morning().closes();
        afternoonOpens = hours.afternoon() == null ? null : hours.afternoon().opens();
        afternoonCloses = hours.afternoon() == null ? null : hours.afternoon().closes();
    }

    WeekdayHours toRecord() {
        return new WeekdayHours(day(), session(morningOpens, morningCloses), session(afternoonOpens, afternoonCloses),
                version);
    }

    /** The open sessions, in the order of the day. */
    List<WeekdayHours.Session> sessions() {
        List<WeekdayHours.Session> list = new ArrayList<>(2);
        WeekdayHours h = toRecord();
        if (h.morning() != null) {
            list.add(h.morning());
        }
        if (h.afternoon() != null) {
            list.add(h.afternoon());
        }
        return list;
    }

    private static WeekdayHours.Session session(LocalTime opens, LocalTime closes) {
        return opens == null || closes == null ? null : new WeekdayHours.Session(opens, closes);
    }
}
