package vn.hcc.dashboard.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.ConfirmAction;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.Holiday;
import vn.hcc.dashboard.catalog.HolidayKind;
import vn.hcc.dashboard.catalog.HolidayService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/**
 * The holiday calendar behind every due date, one year at a time. Lunar holidays and the government's swaps change
 * every year, so the administrator enters them here when the yearly notice is published.
 */
@Route("admin/holidays")
@Menu(title = "nav.admin.holidays", order = 550, icon = "CALENDAR")
@PermitAll
@Requires(Permission.CATALOG_EDIT)
class HolidayView extends VerticalLayout implements MenuTitled {

    private final HolidayService holidays;
    private final Grid<Holiday> grid = new Grid<>();
    private final Select<Integer> year = new Select<>();
    private final TreeSet<Integer> years;

    HolidayView(HolidayService holidays, Clock clock) {
        this.holidays = holidays;
        setSizeFull();
        int current = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("holiday.year"));
        year.setId("year");
        years = yearChoices(current);
        year.setItems(years);
        year.addValueChangeListener(e -> refresh());
        ViewHeader header = new ViewHeader(year);
        header.addPrimary(getTranslation("holiday.new"), () -> edit(null));

        grid.addColumn(h -> VnFormat.date(h.getDay())).setHeader(getTranslation("holiday.day")).setKey("day")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> VnDatePicker.weekday(this, h.getDay().getDayOfWeek()))
                .setHeader(getTranslation("holiday.weekday")).setKey("weekday").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Holiday::getName).setHeader(getTranslation("common.name")).setKey("name");
        grid.addColumn(h -> kindLabel(h.getKind())).setHeader(getTranslation("holiday.kind")).setKey("kind")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setId("holidays");
        Paragraph hint = new Paragraph(getTranslation("holiday.hint"));
        hint.addClassName("hint");
        add(header, hint, grid);
        year.setValue(current);
    }

    /** The years with entries and the years around today, so next year's calendar can be entered early. */
    private TreeSet<Integer> yearChoices(int current) {
        TreeSet<Integer> years = new TreeSet<>(holidays.years());
        for (int y = current - 1; y <= current + 1; y++) {
            years.add(y);
        }
        return years;
    }

    private void refresh() {
        grid.setItems(year.getValue() == null ? List.of() : holidays.ofYear(year.getValue()));
    }

    /** Shows the year an entry was saved in, which may be one the selector did not offer yet. */
    private void show(int savedYear) {
        if (Objects.equals(year.getValue(), savedYear)) {
            refresh();
            return;
        }
        if (years.add(savedYear)) {
            year.setItems(years);
        }
        year.setValue(savedYear);
    }

    private String kindLabel(HolidayKind kind) {
        return kind == null ? "" : getTranslation("holiday.kind." + kind.name());
    }

    private HorizontalLayout actions(Holiday holiday) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(holiday));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> ConfirmAction.destructive(
                getTranslation("confirm.holiday.title"), getTranslation("confirm.holiday", holiday.getName()),
                getTranslation("action.delete"), () -> {
                    if (FormErrors.attempt(this, Map.of(), () -> holidays.delete(holiday.getId()))) {
                        FormErrors.success(getTranslation("action.deleted"));
                        refresh();
                    }
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        return new HorizontalLayout(edit, delete);
    }

    void edit(Holiday holiday) {
        VnDatePicker day = new VnDatePicker(getTranslation("holiday.day"));
        day.setId("day");
        TextField name = new TextField(getTranslation("common.name"));
        name.setId("name");
        Select<HolidayKind> kind = new Select<>();
        kind.setLabel(getTranslation("holiday.kind"));
        kind.setItems(HolidayKind.values());
        kind.setItemLabelGenerator(this::kindLabel);
        kind.setId("kind");
        kind.setValue(HolidayKind.DAY_OFF);
        if (holiday != null) {
            day.setValue(holiday.getDay());
            name.setValue(holiday.getName());
            kind.setValue(holiday.getKind());
        } else if (year.getValue() != null) {
            day.setInitialPosition(LocalDate.of(year.getValue(), 1, 1));
        }
        Long id = holiday == null ? null : holiday.getId();
        long version = holiday == null ? 0 : holiday.getVersion();
        EditDialog dialog = new EditDialog(getTranslation(holiday == null ? "holiday.new" : "holiday.edit"),
                () -> FormErrors.attempt(this, Map.of("day", day, "name", name, "kind", kind), () -> {
                        Holiday saved = holidays.save(id, version, day.getValue(), name.getValue(), kind.getValue());
                        FormErrors.success(getTranslation("action.saved"));
                        show(saved.getDay().getYear());
                }));
        dialog.fields(day, kind, name);
        dialog.form().setColspan(name, 2);
        dialog.open();
    }
}
