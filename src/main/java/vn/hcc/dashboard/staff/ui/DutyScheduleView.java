package vn.hcc.dashboard.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.staff.Assigned;
import vn.hcc.dashboard.staff.CopyResult;
import vn.hcc.dashboard.staff.Duty;
import vn.hcc.dashboard.staff.DutyDay;
import vn.hcc.dashboard.staff.DutyService;
import vn.hcc.dashboard.staff.DutyWeek;
import vn.hcc.dashboard.staff.StaffMember;
import vn.hcc.dashboard.staff.StaffService;
import vn.hcc.dashboard.staff.StaffingWarnings;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;
import vn.hcc.dashboard.base.Period;

/**
 * The week's duty schedule: one row per counter, one column per day (Saturday is voluntary duty, days off are
 * marked). The director and the administrator assign, unassign and copy last week forward; leadership reads.
 */
@Route("duty-schedule")
@Menu(title = "nav.resources.duty", order = 310, icon = "CALENDAR_USER")
@PermitAll
@Requires(Permission.STAFF_VIEW)
class DutyScheduleView extends VerticalLayout implements BeforeEnterObserver, MenuTitled {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private final DutyService duties;
    private final StaffService staff;
    private final boolean editor;
    private final Grid<ServiceCounter> grid = new Grid<>();
    private final WeekNavigator navigator;
    private final Select<LocalDate> day = new Select<>();
    private final ComboBox<StaffMember> person = new ComboBox<>();
    private final ComboBox<ServiceCounter> counter = new ComboBox<>();
    private final VerticalLayout report = new VerticalLayout();
    private final StaffingWarningList staffingWarnings;
    private DutyWeek week;

    DutyScheduleView(DutyService duties, StaffService staff, CounterService counters, CurrentUser currentUser,
            List<StaffingWarnings> warnings) {
        this.duties = duties;
        this.staff = staff;
        this.staffingWarnings = new StaffingWarningList(warnings);
        this.editor = currentUser.may(Permission.STAFF_EDIT);
        setSizeFull();
        navigator = new WeekNavigator(duties.thisMonday(), m -> show());
        HorizontalLayout top = new HorizontalLayout(navigator);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.getStyle().set("flex-wrap", "wrap");
        add(top);
        if (editor) {
            Button copy = new Button(getTranslation("duty.copy"), VaadinIcon.COPY.create(), e -> copy());
            copy.setId("copy-week");
            copy.getStyle().set("margin-inline-start", "auto");
            top.add(copy);
            add(assignForm());
        }
        report.setId("copy-report");
        report.setPadding(false);
        report.setSpacing(false);
        grid.setItems(counters.listActive());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setId("duty-grid");
        add(report, staffingWarnings, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        navigator.show(WeekNavigator.parse(event.getLocation().getQueryParameters().getSingleParameter("week"))
                .orElse(duties.thisMonday()));
    }

    private HorizontalLayout assignForm() {
        day.setLabel(getTranslation("duty.day"));
        day.setItemLabelGenerator(this::dayLabel);
        day.setId("day");
        person.setLabel(getTranslation("duty.staff"));
        person.setItemLabelGenerator(StaffMember::getFullName);
        person.setId("staff");
        counter.setLabel(getTranslation("duty.counter"));
        counter.setItemLabelGenerator(ServiceCounter::getName);
        counter.setId("counter");
        Button assign = new Button(getTranslation("duty.assign"), VaadinIcon.PLUS.create(), e -> assign());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("assign");
        HorizontalLayout form = new HorizontalLayout(day, person, counter, assign);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        return form;
    }

    private void show() {
        week = duties.week(navigator.monday());
        staffingWarnings.show(week.monday());
        grid.removeAllColumns();
        grid.addColumn(ServiceCounter::getName).setHeader(getTranslation("duty.counter")).setKey("counter")
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        for (DutyDay d : week.days()) {
            grid.addComponentColumn(c -> cell(d, c)).setHeader(dayLabel(d.date())).setKey(d.date().toString());
        }
        if (editor) {
            LocalDate chosen = day.getValue();
            day.setItems(week.days().stream().map(DutyDay::date).toList());
            day.setValue(chosen != null && week.days().stream().anyMatch(d -> d.date().equals(chosen)) ? chosen
                    : week.days().stream().filter(DutyDay::open).map(DutyDay::date).findFirst().orElse(null));
            person.setItems(staff.activeBetween(Period.of(week.monday(), week.monday().plusDays(6))));
            counter.setItems(grid.getListDataView().getItems().toList());
        }
    }

    /** "Thứ Hai 01/09", and why the day is special: voluntary Saturday or the holiday's name. */
    String dayLabel(LocalDate date) {
        DutyDay d = week.days().stream().filter(x -> x.date().equals(date)).findFirst().orElseThrow();
        String label = VnDatePicker.weekday(this, date.getDayOfWeek()) + " " + date.format(DAY_MONTH);
        return switch (d.kind()) {
            case VOLUNTARY_SATURDAY -> label + " " + getTranslation("duty.voluntary");
            case DAY_OFF -> label + " " + getTranslation("duty.day-off", d.holidayName());
            default -> label;
        };
    }

    private Component cell(DutyDay d, ServiceCounter c) {
        if (!d.open()) {
            return new Span(getTranslation("duty.closed"));
        }
        return week.at(d.date(), c.getId()).<Component>map(duty -> {
            Span name = new Span(duty.staffName());
            if (!editor) {
                return name;
            }
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> unassign(duty));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("duty.unassign", duty.staffName()));
            remove.setId("unassign-" + duty.id());
            return new HorizontalLayout(name, remove);
        }).orElseGet(Span::new);
    }

    private void assign() {
        Assigned[] result = {null};
        if (FormErrors.attempt(this, Map.of("day", day, "staff", person, "counter", counter),
                () -> result[0] = duties.assign(day.getValue(), person.getValue() == null ? null
                        : person.getValue().getId(), counter.getValue() == null ? null : counter.getValue().getId()))) {
            Duty d = result[0].duty();
            if (result[0].servesCounter()) {
                FormErrors.success(getTranslation("duty.assigned", d.staffName(), d.counterName(),
                        VnFormat.date(d.day())));
            } else {
                Notification n = Notification.show(getTranslation("duty.warn.not-serving", d.staffName(),
                        d.counterName()), 6000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            person.clear();
            show();
        }
    }

    private void unassign(Duty duty) {
        if (FormErrors.attempt(this, Map.of(), () -> duties.unassign(duty.id(), duty.version()))) {
            FormErrors.success(getTranslation("duty.unassigned", duty.staffName(), duty.counterName()));
        }
        show();
    }

    private void copy() {
        CopyResult[] result = {null};
        if (!FormErrors.attempt(this, Map.of(), () -> result[0] = duties.copyPreviousWeek(navigator.monday()))) {
            return;
        }
        CopyResult r = result[0];
        report.removeAll();
        report.add(new Span(getTranslation("duty.copied", r.copied(), r.unchanged(), r.skipped().size())));
        r.skipped().forEach(s -> report.add(new Span(getTranslation(s.reasonKey(), VnFormat.date(s.day()),
                s.counterName(), s.staffName()))));
        FormErrors.success(getTranslation("duty.copied", r.copied(), r.unchanged(), r.skipped().size()));
        show();
    }
}
