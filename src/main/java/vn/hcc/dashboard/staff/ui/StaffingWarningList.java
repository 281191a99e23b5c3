package vn.hcc.dashboard.staff.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.staff.StaffingWarnings;

/**
 * The shown week's understaffed time ranges, one line each: "Thứ Hai 08/12 7:30–9:00 (Hộ tịch): cần 4 quầy, lịch
 * có 3". Empty and hidden when the schedule covers the expected demand, or when no staffing estimate is installed.
 */
final class StaffingWarningList extends VerticalLayout {

    private static final DateTimeFormatter H_MM = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private final List<StaffingWarnings> sources;

    StaffingWarningList(List<StaffingWarnings> sources) {
        this.sources = List.copyOf(sources);
        setId("staffing-warnings");
        setPadding(false);
        setSpacing(false);
        addClassName("staffing-warnings");
        setVisible(false);
    }

    void show(LocalDate monday) {
        removeAll();
        List<StaffingWarnings.Understaffed> ranges = sources.stream().flatMap(s -> s.understaffed(monday).stream())
                .toList();
        if (!ranges.isEmpty()) {
            Span title = new Span(getTranslation("duty.staffing.title"));
            title.getStyle().set("font-weight", "600");
            add(title);
        }
        for (StaffingWarnings.Understaffed u : ranges) {
            Span line = new Span(getTranslation("duty.staffing.warning",
                    VnDatePicker.weekday(this, u.day().getDayOfWeek()) + " " + u.day().format(DAY_MONTH),
                    H_MM.format(u.from()), H_MM.format(u.to()), u.fieldName(), u.needed(), u.onDuty()));
            line.addClassName("staffing-warning");
            line.getStyle().set("color", "var(--lumo-error-text-color, #c62828)");
            add(line);
        }
        setVisible(!ranges.isEmpty());
    }
}
