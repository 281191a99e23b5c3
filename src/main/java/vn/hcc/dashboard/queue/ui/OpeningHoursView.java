package vn.hcc.dashboard.queue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.MenuTitled;
import vn.hcc.dashboard.queue.OpeningHoursService;
import vn.hcc.dashboard.queue.WeekdayHours;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The kiosk's hours per weekday, a morning and an afternoon session each (both times empty: closed). Days off of the
 * holiday calendar are closed whatever the weekday; saved as one week, all or nothing.
 */
@Route("admin/opening-hours")
@Menu(title = "nav.admin.opening-hours", order = 561, icon = "CLOCK")
@PermitAll
@Requires(Permission.CATALOG_EDIT)
class OpeningHoursView extends VerticalLayout implements MenuTitled {

    private final OpeningHoursService hours;
    final Map<String, TimePicker> pickers = new HashMap<>();
    private final Div table = new Div();
    private List<WeekdayHours> week;

    OpeningHoursView(OpeningHoursService hours) {
        this.hours = hours;
        table.addClassName("opening-hours-edit");
        table.setId("hours");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("queue.hours.help")), table, save);
        load(hours.week());
    }

    private void load(List<WeekdayHours> loaded) {
        week = loaded;
        table.removeAll();
        pickers.clear();
        Div head = new Div(new Span(), new Span(getTranslation("queue.hours.morning")),
                new Span(getTranslation("queue.hours.afternoon")));
        head.addClassName("opening-hours-edit-row");
        table.add(head);
        for (WeekdayHours day : loaded) {
            Div row = new Div(new Span(getTranslation("calendar.weekday." + day.day().name())),
                    session("morning", day, day.morning()), session("afternoon", day, day.afternoon()));
            row.addClassName("opening-hours-edit-row");
            table.add(row);
        }
    }

    private Div session(String part, WeekdayHours day, WeekdayHours.Session s) {
        TimePicker opens = picker(part + "-" + day.day().name(), "queue.hours.opens", s == null ? null : s.opens());
        TimePicker closes = picker(part + "-closes-" + day.day().name(), "queue.hours.closes",
                s == null ? null : s.closes());
        pickers.put(part + "-" + day.day().name(), opens);
        pickers.put(part + "-closes-" + day.day().name(), closes);
        Div box = new Div(opens, closes);
        box.addClassName("opening-hours-session");
        return box;
    }

    private TimePicker picker(String id, String labelKey, LocalTime value) {
        TimePicker p = new TimePicker(getTranslation(labelKey));
        p.setId(id);
        p.setStep(Duration.ofMinutes(15));
        p.setLocale(getLocale());
        p.setValue(value);
        p.setWidth("7.5rem");
        return p;
    }

    void save() {
        List<WeekdayHours> edited = new ArrayList<>();
        List<TimePicker> missing = new ArrayList<>();
        for (WeekdayHours day : week) {
            String d = day.day().name();
            edited.add(new WeekdayHours(day.day(), session("morning", d, missing), session("afternoon", d, missing),
                    day.version()));
        }
        pickers.values().forEach(p -> p.setInvalid(false));
        if (!missing.isEmpty()) {
            missing.forEach(p -> {
                p.setErrorMessage(getTranslation("queue.hours.error.both"));
                p.setInvalid(true);
            });
            return;
        }
        List<WeekdayHours>[] saved = new List[1];
        if (FormErrors.attempt(this, pickers, () -> saved[0] = hours.save(edited))) {
            FormErrors.success(getTranslation("queue.hours.saved"));
            load(saved[0]);
        }
    }

    /** Both times or none; one time alone adds the empty one to {@code missing}. */
    private WeekdayHours.Session session(String part, String day, List<TimePicker> missing) {
        TimePicker opens = pickers.get(part + "-" + day);
        TimePicker closes = pickers.get(part + "-closes-" + day);
        if (opens.getValue() == null && closes.getValue() == null) {
            return null;
        }
        if (opens.getValue() == null || closes.getValue() == null) {
            missing.add(opens.getValue() == null ? opens : closes);
            return null;
        }
        return new WeekdayHours.Session(opens.getValue(), closes.getValue());
    }
}
