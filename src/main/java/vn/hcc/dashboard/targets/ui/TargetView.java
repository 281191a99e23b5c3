package vn.hcc.dashboard.targets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.ConfirmAction;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.targets.Kpi;
import vn.hcc.dashboard.targets.Target;
import vn.hcc.dashboard.targets.TargetDraft;
import vn.hcc.dashboard.targets.TargetPeriod;
import vn.hcc.dashboard.targets.TargetRow;
import vn.hcc.dashboard.targets.TargetService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/** Targets per KPI, unit and period; the most specific one applies on the dashboard (see TargetRule). */
@Route("targets")
@Menu(title = "nav.admin.targets", order = 570, icon = "CROSSHAIRS")
@PermitAll
@Requires(Permission.TARGET_EDIT)
class TargetView extends VerticalLayout implements MenuTitled {

    private final TargetService targets;
    private final List<Unit> units;
    private final Clock clock;
    private final Grid<TargetRow> grid = new Grid<>();

    TargetView(TargetService targets, UnitService units, Clock clock) {
        this.targets = targets;
        this.units = units.listAll();
        this.clock = clock;
        setSizeFull();
        ViewHeader header = new ViewHeader();
        header.addPrimary(getTranslation("target.new"), () -> edit(null));
        grid.addColumn(r -> kpiName(r.target().getKpi())).setHeader(getTranslation("target.kpi")).setKey("kpi")
                .setSortProperty("kpi");
        grid.addColumn(r -> r.target().getUnitId() == null ? getTranslation("target.all-units") : r.unitName())
                .setHeader(getTranslation("target.unit")).setKey("unit");
        grid.addColumn(r -> period(r.target())).setHeader(getTranslation("target.period")).setKey("period")
                .setSortProperty("validFrom").setAutoWidth(true);
        grid.addColumn(r -> "≥ " + VnFormat.percent(r.target().getValue().movePointRight(2).longValue(), 10_000))
                .setHeader(getTranslation("target.value")).setKey("value").setSortProperty("value")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> actions(r.target())).setHeader(getTranslation("common.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(p -> targets.searchRows(p).getContent(), p -> (int) targets.count());
        grid.addItemDoubleClickListener(e -> edit(e.getItem().target()));
        grid.setId("targets");
        add(header, grid);
    }

    private String kpiName(Kpi kpi) {
        return getTranslation("kpi." + kpi.name());
    }

    String period(Target t) {
        LocalDate from = t.getValidFrom();
        return switch (TargetPeriod.of(t.period())) {
            case YEAR -> getTranslation("target.period.year-of", String.valueOf(from.getYear()));
            case QUARTER -> getTranslation("target.period.quarter-of", (from.getMonthValue() + 2) / 3,
                    String.valueOf(from.getYear()));
            case MONTH -> getTranslation("target.period.month-of", from.getMonthValue(), String.valueOf(from.getYear()));
            case RANGE -> VnFormat.date(from) + " – " + VnFormat.date(t.getValidTo());
        };
    }

    private HorizontalLayout actions(Target target) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(target));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> ConfirmAction.destructive(
                getTranslation("confirm.target.title"), getTranslation("confirm.target", kpiName(target.getKpi())),
                getTranslation("action.delete"), () -> {
                    if (FormErrors.attempt(this, Map.of(), () -> targets.delete(target.getId()))) {
                        FormErrors.success(getTranslation("action.deleted"));
                        grid.getDataProvider().refreshAll();
                    }
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        return new HorizontalLayout(edit, delete);
    }

    void edit(Target target) {
        Select<Kpi> kpi = new Select<>();
        kpi.setLabel(getTranslation("target.kpi"));
        kpi.setItems(Kpi.values());
        kpi.setItemLabelGenerator(this::kpiName);
        kpi.setId("kpi");
        ComboBox<Unit> unit = new ComboBox<>(getTranslation("target.unit"), units);
        unit.setItemLabelGenerator(Unit::getName);
        unit.setPlaceholder(getTranslation("target.all-units"));
        unit.setClearButtonVisible(true);
        unit.setId("unit");
        Select<TargetPeriod> kind = new Select<>();
        kind.setLabel(getTranslation("target.period"));
        kind.setItems(TargetPeriod.values());
        kind.setItemLabelGenerator(k -> getTranslation("target.period." + k.name()));
        kind.setId("period-kind");
        IntegerField year = new IntegerField(getTranslation("target.year"));
        year.setId("year");
        Select<Integer> number = new Select<>();
        number.setId("number");
        VnDatePicker from = new VnDatePicker(getTranslation("target.from"));
        from.setId("from");
        VnDatePicker to = new VnDatePicker(getTranslation("target.to"));
        to.setId("to");
        TextField value = new TextField(getTranslation("target.value-percent"));
        value.setId("value");
        value.setHelperText(getTranslation("target.value-help"));
        kind.addValueChangeListener(e -> {
            TargetPeriod k = e.getValue();
            boolean range = k == TargetPeriod.RANGE;
            year.setVisible(!range);
            from.setVisible(range);
            to.setVisible(range);
            number.setVisible(k == TargetPeriod.QUARTER || k == TargetPeriod.MONTH);
            number.setLabel(getTranslation(k == TargetPeriod.QUARTER ? "target.quarter" : "target.month"));
            number.setItems(IntStream.rangeClosed(1, k == TargetPeriod.QUARTER ? 4 : 12).boxed().toList());
        });
        if (target == null) {
            kpi.setValue(Kpi.ONLINE_SUBMISSION);
            kind.setValue(TargetPeriod.YEAR);
            year.setValue(LocalDate.now(clock).getYear());
        } else {
            kpi.setValue(target.getKpi());
            unit.setValue(units.stream().filter(u -> u.getId().equals(target.getUnitId())).findFirst().orElse(null));
            TargetPeriod k = TargetPeriod.of(target.period());
            kind.setValue(k);
            year.setValue(target.getValidFrom().getYear());
            int month = target.getValidFrom().getMonthValue();
            if (k == TargetPeriod.QUARTER || k == TargetPeriod.MONTH) {
                number.setValue(k == TargetPeriod.QUARTER ? (month + 2) / 3 : month);
            }
            from.setValue(target.getValidFrom());
            to.setValue(target.getValidTo());
            value.setValue(target.getValue().stripTrailingZeros().toPlainString().replace('.', ','));
        }
        Long id = target == null ? null : target.getId();
        long version = target == null ? 0 : target.getVersion();
        EditDialog dialog = new EditDialog(getTranslation(target == null ? "target.new" : "target.edit"),
                () -> FormErrors.attempt(this, Map.of("kpi", kpi, "unit", unit, "year", year, "number", number,
                        "from", from, "to", to, "value", value), () -> {
                        TargetPeriod k = kind.getValue();
                        LocalDate start = from.getValue();
                        LocalDate end = to.getValue();
                        if (k != TargetPeriod.RANGE) {
                            int y = yearOf(year.getValue());
                            int n = k == TargetPeriod.YEAR ? 1 : numberOf(number.getValue());
                            start = k.period(y, n).from();
                            end = k.period(y, n).to();
                        }
                        targets.save(new TargetDraft(id, version, kpi.getValue(),
                                unit.getValue() == null ? null : unit.getValue().getId(), start, end,
                                percent(value.getValue())));
                        FormErrors.success(getTranslation("action.saved"));
                        grid.getDataProvider().refreshAll();
                }));
        dialog.fields(kpi, unit, kind, year, number, from, to, value).open();
    }

    private static int yearOf(Integer year) {
        if (year == null) {
            throw new FieldValidationException("year", "validation.required");
        }
        if (year < 2000 || year > 2100) {
            throw new FieldValidationException("year", "validation.range", 2000, 2100);
        }
        return year;
    }

    private static int numberOf(Integer number) {
        if (number == null) {
            throw new FieldValidationException("number", "validation.required");
        }
        return number;
    }

    /** "60", "99,5" or "99,50 %" as Vietnamese type percentages; a dot is not a decimal separator here. */
    static BigDecimal percent(String text) {
        if (text == null || text.isBlank()) {
            throw new FieldValidationException("value", "validation.required");
        }
        String t = text.strip().replaceAll("\\s*%$", "");
        if (!t.matches("\\d{1,3}(,\\d{1,2})?")) {
            throw new FieldValidationException("value", "target.error.value-format");
        }
        return new BigDecimal(t.replace(',', '.'));
    }
}
