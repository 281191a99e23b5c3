package vn.hcc.dashboard.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.ProcedureDraft;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/**
 * The procedure catalogue (TTHC): processing time in working days, fee and online level per procedure. There is
 * no delete: dossiers keep referring to a procedure after it is repealed, so it is marked "no longer applied".
 */
@Route("admin/procedures")
@Menu(title = "nav.admin.procedures", order = 540, icon = "FILE_TEXT")
@PermitAll
@Requires(Permission.CATALOG_EDIT)
class ProcedureView extends VerticalLayout implements MenuTitled {

    private final ProcedureService procedures;
    private final FieldService fields;
    private final UnitService units;
    private final Grid<Procedure> grid = new Grid<>();
    private String filter = "";
    private WorkField fieldFilter;
    private Unit unitFilter;

    ProcedureView(ProcedureService procedures, FieldService fields, UnitService units) {
        this.procedures = procedures;
        this.fields = fields;
        this.units = units;
        setSizeFull();
        ComboBox<WorkField> field = fieldBox(getTranslation("procedure.field"));
        field.setId("field-filter");
        field.addValueChangeListener(e -> {
            fieldFilter = e.getValue();
            grid.getDataProvider().refreshAll();
        });
        ComboBox<Unit> unit = unitBox(getTranslation("procedure.unit"));
        unit.setId("unit-filter");
        unit.addValueChangeListener(e -> {
            unitFilter = e.getValue();
            grid.getDataProvider().refreshAll();
        });
        for (ComboBox<?> box : List.of(field, unit)) {
            box.setPlaceholder(box.getLabel());
            box.setAriaLabel(box.getLabel());
            box.setLabel(null);
        }
        ViewHeader header = new ViewHeader(ViewHeader.searchField(getTranslation("action.search"), f -> {
            filter = f;
            grid.getDataProvider().refreshAll();
        }), field, unit);
        header.addPrimary(getTranslation("procedure.new"), () -> edit(null));

        Grid.Column<Procedure> code = grid.addColumn(Procedure::getCode).setHeader(getTranslation("common.code"))
                .setKey("code").setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Procedure::getName).setHeader(getTranslation("common.name")).setKey("name")
                .setSortProperty("name").setWidth("22rem").setFlexGrow(3).setTooltipGenerator(Procedure::getName);
        grid.addColumn(p -> p.getField().getName()).setHeader(getTranslation("procedure.field")).setKey("field")
                .setSortProperty("field.name").setWidth("9rem").setFlexGrow(1)
                .setTooltipGenerator(p -> p.getField().getName());
        grid.addColumn(p -> p.getUnit().getName()).setHeader(getTranslation("procedure.unit")).setKey("unit")
                .setSortProperty("unit.name").setWidth("10rem").setFlexGrow(1)
                .setTooltipGenerator(p -> p.getUnit().getName());
        grid.addColumn(p -> levelLabel(p.getOnlineLevel())).setHeader(getTranslation("procedure.online-level"))
                .setKey("onlineLevel").setSortProperty("onlineLevel").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> VnFormat.number(p.getProcessingDays()))
                .setHeader(getTranslation("procedure.processing-days")).setKey("processingDays")
                .setSortProperty("processingDays").setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> VnFormat.money(p.getFee())).setHeader(getTranslation("procedure.fee")).setKey("fee")
                .setSortProperty("fee").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.isActive() ? "procedure.in-force" : "procedure.not-in-force"))
                .setHeader(getTranslation("common.status")).setKey("active").setSortProperty("active")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(p -> procedures.search(filter, idOf(fieldFilter), idOf(unitFilter), p).getContent(),
                p -> (int) procedures.search(filter, idOf(fieldFilter), idOf(unitFilter), p).getTotalElements());
        grid.sort(List.of(new GridSortOrder<>(code, SortDirection.ASCENDING)));
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setId("procedures");
        add(header, grid);
    }

    private static Long idOf(WorkField field) {
        return field == null ? null : field.getId();
    }

    private static Long idOf(Unit unit) {
        return unit == null ? null : unit.getId();
    }

    private ComboBox<WorkField> fieldBox(String label) {
        ComboBox<WorkField> box = new ComboBox<>(label);
        box.setItems(fields.listAll());
        box.setItemLabelGenerator(WorkField::getName);
        box.setClearButtonVisible(true);
        return box;
    }

    private ComboBox<Unit> unitBox(String label) {
        ComboBox<Unit> box = new ComboBox<>(label);
        box.setItems(units.listAll());
        box.setItemLabelGenerator(Unit::getName);
        box.setClearButtonVisible(true);
        return box;
    }

    private String levelLabel(OnlineLevel level) {
        return level == null ? "" : getTranslation("procedure.level." + level.name());
    }

    private HorizontalLayout actions(Procedure procedure) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(procedure));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit"));
        return new HorizontalLayout(edit);
    }

    void edit(Procedure procedure) {
        TextField code = new TextField(getTranslation("common.code"));
        code.setId("code");
        TextArea name = new TextArea(getTranslation("common.name"));
        name.setId("name");
        ComboBox<WorkField> field = fieldBox(getTranslation("procedure.field"));
        field.setId("field");
        ComboBox<Unit> unit = unitBox(getTranslation("procedure.unit"));
        unit.setId("unit");
        Select<OnlineLevel> level = new Select<>();
        level.setLabel(getTranslation("procedure.online-level"));
        level.setItems(OnlineLevel.values());
        level.setItemLabelGenerator(this::levelLabel);
        level.setId("onlineLevel");
        TextField days = new TextField(getTranslation("procedure.processing-days"));
        days.setId("processingDays");
        days.setHelperText(getTranslation("procedure.processing-days.help"));
        TextField fee = new TextField(getTranslation("procedure.fee"));
        fee.setId("fee");
        fee.setSuffixComponent(new Span("đ"));
        fee.setValue("0");
        Checkbox cutoff = new Checkbox(getTranslation("procedure.afternoon-cutoff"));
        cutoff.setId("afternoonCutoff");
        Checkbox active = new Checkbox(getTranslation("procedure.in-force"), true);
        active.setId("active");
        if (procedure != null) {
            code.setValue(procedure.getCode());
            name.setValue(procedure.getName());
            select(field, procedure.getField().getId(), WorkField::getId);
            select(unit, procedure.getUnit().getId(), Unit::getId);
            level.setValue(procedure.getOnlineLevel());
            days.setValue(VnFormat.number(procedure.getProcessingDays()));
            fee.setValue(VnFormat.number(procedure.getFee()));
            cutoff.setValue(procedure.isAfternoonCutoff());
            active.setValue(procedure.isActive());
        }
        Long id = procedure == null ? null : procedure.getId();
        long version = procedure == null ? 0 : procedure.getVersion();
        EditDialog dialog = new EditDialog(getTranslation(procedure == null ? "procedure.new" : "procedure.edit"),
                () -> FormErrors.attempt(this, Map.of("code", code, "name", name, "field", field, "unit", unit,
                        "onlineLevel", level, "processingDays", days, "fee", fee), () -> {
                            procedures.save(new ProcedureDraft(id, version, code.getValue(), name.getValue(),
                                    idOf(field.getValue()), idOf(unit.getValue()), level.getValue(),
                                    clampToInt(Validate.wholeNumber("processingDays", days.getValue())),
                                    Validate.wholeNumber("fee", fee.getValue()), cutoff.getValue(),
                                    active.getValue()));
                            FormErrors.success(getTranslation("action.saved"));
                            grid.getDataProvider().refreshAll();
                        }));
        dialog.fields(code, level, name, field, unit, days, fee, cutoff, active);
        dialog.form().setColspan(name, 2);
        dialog.form().setColspan(cutoff, 2);
        dialog.open();
    }

    /** The service refuses anything out of range; clamping only keeps a huge typed number from wrapping round. */
    private static int clampToInt(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    /** Picks the box's own instance, so that the box shows it as selected. */
    private static <T> void select(ComboBox<T> box, Long id, Function<T, Long> idOf) {
        box.getListDataView().getItems().filter(t -> idOf.apply(t).equals(id)).findFirst().ifPresent(box::setValue);
    }
}
