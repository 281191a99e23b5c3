package vn.hcc.dashboard.queue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.hcc.dashboard.queue.WeekdayHours;

/** The week's opening hours as the closed kiosk and the citizen's queue page show them: "Thứ Hai 07:30–11:30, 13:30–17:00". */
class OpeningHoursTable extends Div {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    OpeningHoursTable(List<WeekdayHours> week) {
        setId("opening-hours");
        addClassName("opening-hours-table");
        for (WeekdayHours day : week) {
            Span name = new Span(getTranslation("calendar.weekday." + day.day().name()));
            Span times = new Span(day.closedAllDay() ? getTranslation("queue.hours.closed") : text(day));
            Div row = new Div(name, times);
            row.addClassName("opening-hours-row");
            add(row);
        }
    }

    private static String text(WeekdayHours day) {
        StringBuilder s = new StringBuilder();
        for (WeekdayHours.Session session : new WeekdayHours.Session[] {day.morning(), day.afternoon()}) {
            if (session != null) {
                s.append(s.isEmpty() ? "" : ", ").append(HH_MM.format(session.opens())).append('–')
                        .append(HH_MM.format(session.closes()));
            }
        }
        return s.toString();
    }
}
