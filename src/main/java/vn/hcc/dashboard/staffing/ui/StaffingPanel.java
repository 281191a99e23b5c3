package vn.hcc.dashboard.staffing.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.staffing.DayStaffing;
import vn.hcc.dashboard.staffing.FieldStaffing;
import vn.hcc.dashboard.staffing.SlotStaffing;
import vn.hcc.dashboard.staffing.StaffingService;
import vn.hcc.dashboard.staffing.StaffingWeek;

/**
 * Staffing against demand for this week or the coming one (the default): a field's heat map (weekday × slot), the
 * formula with this estimate's numbers, and the table of one day's slots. Clicking a cell shows its day's table.
 */
class StaffingPanel extends VerticalLayout {

    private static final DateTimeFormatter H_MM = DateTimeFormatter.ofPattern("H:mm");

    private final StaffingService staffing;
    final Select<LocalDate> week = new Select<>();
    final Select<FieldStaffing> field = new Select<>();
    final Select<DayStaffing> day = new Select<>();
    final Grid<SlotStaffing> slots = new Grid<>();
    final Paragraph formula = new Paragraph();
    final Paragraph service = new Paragraph();
    private final Div chartBox = new Div();
    private StaffingWeek shown;

    StaffingPanel(StaffingService staffing) {
        this.staffing = staffing;
        setId("staffing");
        setPadding(false);
        LocalDate thisMonday = staffing.thisMonday();
        week.setId("staffing-week");
        week.setWidth("20rem");
        week.setLabel(getTranslation("staffing.week"));
        week.setItems(thisMonday, thisMonday.plusWeeks(1));
        week.setItemLabelGenerator(m -> getTranslation(m.equals(thisMonday) ? "staffing.week.this"
                : "staffing.week.next", VnFormat.date(m), VnFormat.date(m.plusDays(6))));
        field.setId("staffing-field");
        field.setLabel(getTranslation("staffing.field"));
        field.setItemLabelGenerator(FieldStaffing::fieldName);
        field.setEmptySelectionAllowed(false);
        day.setId("staffing-day");
        day.setLabel(getTranslation("staffing.day"));
        day.setItemLabelGenerator(d -> StaffingHeatMap.label(this, d));
        HorizontalLayout choices = new HorizontalLayout(week, field);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        choices.getStyle().set("flex-wrap", "wrap");
        chartBox.setWidthFull();
        formula.setId("staffing-formula");
        service.setId("staffing-service");
        Paragraph note = new Paragraph();
        note.setId("staffing-note");
        add(new H3(getTranslation("staffing.title")), choices, chartBox, service, formula, note, day, slots);
        buildGrid();
        week.setValue(thisMonday.plusWeeks(1));
        week.addValueChangeListener(e -> showWeek());
        field.addValueChangeListener(e -> showField());
        day.addValueChangeListener(e -> slots.setItems(e.getValue() == null ? List.of() : e.getValue().slots()));
        showWeek();
        note.setText(getTranslation("staffing.note", H_MM.format(shown.dayStart()), H_MM.format(shown.dayEnd())));
    }

    private void buildGrid() {
        slots.setId("staffing-slots");
        slots.addColumn(s -> H_MM.format(s.start()) + "–" + H_MM.format(s.end()))
                .setHeader(getTranslation("staffing.slot")).setKey("slot").setAutoWidth(true).setFlexGrow(0);
        slots.addColumn(s -> VnFormat.decimal(s.arrivals(), 1)).setHeader(getTranslation("staffing.arrivals"))
                .setKey("arrivals").setTextAlign(ColumnTextAlign.END);
        slots.addColumn(s -> s.avgWaitMinutes() == null ? "–" : VnFormat.decimal(s.avgWaitMinutes(), 1))
                .setHeader(getTranslation("staffing.avg-wait")).setKey("avgWait").setTextAlign(ColumnTextAlign.END);
        slots.addColumn(s -> s.needed() == null ? getTranslation("staffing.no-data") : String.valueOf(s.needed()))
                .setHeader(getTranslation("staffing.needed")).setKey("needed").setTextAlign(ColumnTextAlign.END);
        slots.addColumn(SlotStaffing::onDuty).setHeader(getTranslation("staffing.on-duty")).setKey("onDuty")
                .setTextAlign(ColumnTextAlign.END);
        slots.addColumn(s -> s.understaffed() ? getTranslation("staffing.flag.short", s.gap()) : "")
                .setHeader(getTranslation("staffing.flag")).setKey("flag");
        slots.setPartNameGenerator(s -> s.understaffed() ? "understaffed" : null);
        slots.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        slots.setAllRowsVisible(true);
    }

    private void showWeek() {
        if (week.getValue() == null) {
            return;
        }
        Long chosen = Optional.ofNullable(field.getValue()).map(FieldStaffing::fieldId).orElse(null);
        shown = staffing.week(week.getValue());
        field.setItems(shown.fields());
        field.setValue(shown.fields().stream().filter(f -> chosen != null && f.fieldId() == chosen).findFirst()
                .orElse(shown.fields().isEmpty() ? null : shown.fields().get(0)));
        formula.setText(getTranslation("staffing.formula", VnFormat.decimal(shown.targetShare() * 100, 0) + " %",
                shown.historyWeeks(), VnFormat.date(shown.history().from()), VnFormat.date(shown.history().to()),
                shown.targetWait().toMinutes()));
        showField();
    }

    private void showField() {
        FieldStaffing f = field.getValue();
        chartBox.removeAll();
        if (f == null) {
            chartBox.add(new Paragraph(getTranslation("staffing.no-fields")));
            service.setText("");
            day.setItems(List.of());
            return;
        }
        Chart chart = StaffingHeatMap.build(this, f);
        chart.addPointClickListener(e -> {
            if (e.getItemIndex() >= 0 && field.getValue() == f) {
                selectDayOfPoint(f, e.getItemIndex());
            }
        });
        chartBox.add(chart);
        service.setText(f.meanServiceMinutes() == null ? getTranslation("staffing.service.none")
                : getTranslation("staffing.service", VnFormat.decimal(f.meanServiceMinutes(), 1)));
        LocalDate previous = day.getValue() == null ? null : day.getValue().day().date();
        day.setItems(f.days());
        day.setValue(f.days().stream().filter(d -> d.day().date().equals(previous)).findFirst()
                .or(() -> f.days().stream().filter(d -> d.day().open()).findFirst())
                .orElse(f.days().isEmpty() ? null : f.days().get(0)));
    }

    /** The n-th cell of the series lies on an open day, row by row: its day becomes the table's. */
    private void selectDayOfPoint(FieldStaffing f, int index) {
        int seen = 0;
        for (DayStaffing d : f.days()) {
            if (!d.day().open()) {
                continue;
            }
            long cells = d.slots().stream().filter(s -> s.gap() != null).count();
            if (index < seen + cells) {
                day.setValue(d);
                return;
            }
            seen += cells;
        }
    }
}
