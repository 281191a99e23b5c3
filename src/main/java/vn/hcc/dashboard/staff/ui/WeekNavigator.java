package vn.hcc.dashboard.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.staff.DutyService;

/** Previous week, the week shown (Monday to Saturday), next week, back to this week. */
final class WeekNavigator extends HorizontalLayout {

    private final Span label = new Span();
    private final LocalDate thisMonday;
    private final Consumer<LocalDate> onChange;
    private LocalDate monday;

    WeekNavigator(LocalDate thisMonday, Consumer<LocalDate> onChange) {
        this.thisMonday = thisMonday;
        this.monday = thisMonday;
        this.onChange = onChange;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        Button prev = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(monday.minusWeeks(1)));
        prev.setAriaLabel(getTranslation("duty.prev-week"));
        prev.setId("prev-week");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(monday.plusWeeks(1)));
        next.setAriaLabel(getTranslation("duty.next-week"));
        next.setId("next-week");
        Button current = new Button(getTranslation("duty.this-week"), e -> show(this.thisMonday));
        current.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        current.setId("this-week");
        label.setId("week-label");
        add(prev, label, next, current);
    }

    LocalDate monday() {
        return monday;
    }

    void show(LocalDate anyDay) {
        monday = DutyService.mondayOf(anyDay);
        label.setText(getTranslation("duty.week", VnFormat.date(monday), VnFormat.date(monday.plusDays(5))));
        onChange.accept(monday);
    }

    /** {@code ?week=2025-09-01} opens that week; anything else, this week. */
    static Optional<LocalDate> parse(Optional<String> week) {
        try {
            return week.map(LocalDate::parse);
        } catch (java.time.format.DateTimeParseException bad) {
            return Optional.empty();
        }
    }
}
