package vn.hcc.dashboard.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.ConfirmAction;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitDraft;
import vn.hcc.dashboard.catalog.UnitKind;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/** Units: the Center, the departments that resolve dossiers and the communes' one-stop shops. */
@Route("admin/units")
@Menu(title = "nav.admin.units", order = 520, icon = "BUILDING")
@PermitAll
@Requires(Permission.CATALOG_EDIT)
class UnitView extends VerticalLayout implements MenuTitled {

    private final UnitService units;
    private final Grid<Unit> grid = new Grid<>();
    private String filter = "";
    private UnitKind kindFilter;

    UnitView(UnitService units) {
        this.units = units;
        setSizeFull();
        Select<UnitKind> kind = kindSelect();
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("common.all"));
        kind.setPlaceholder(getTranslation("unit.kind"));
        kind.setAriaLabel(getTranslation("unit.kind"));
        kind.setId("kind-filter");
        kind.addValueChangeListener(e -> {
            kindFilter = e.getValue();
            grid.getDataProvider().refreshAll();
        });
        ViewHeader header = new ViewHeader(ViewHeader.searchField(getTranslation("action.search"), f -> {
            filter = f;
            grid.getDataProvider().refreshAll();
        }), kind);
        header.addPrimary(getTranslation("unit.new"), () -> edit(null));

        grid.addColumn(Unit::getCode).setHeader(getTranslation("common.code")).setKey("code").setSortProperty("code")
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Unit> name = grid.addColumn(Unit::getName).setHeader(getTranslation("common.name"))
                .setKey("name").setSortProperty("name").setFlexGrow(2);
        grid.addColumn(u -> kindLabel(u.getKind())).setHeader(getTranslation("unit.kind")).setKey("kind")
                .setSortProperty("kind").setAutoWidth(true).setFlexGrow(0);
        // not sortable: ordering by parent.name would drop the units without a parent (an inner join)
        grid.addColumn(u -> u.getParent() == null ? "" : u.getParent().getName())
                .setHeader(getTranslation("unit.parent")).setKey("parent").setFlexGrow(1);
        grid.addColumn(u -> getTranslation(u.isActive() ? "common.active" : "common.inactive"))
                .setHeader(getTranslation("common.status")).setKey("active").setSortProperty("active")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(p -> units.search(filter, kindFilter, p).getContent(),
                p -> (int) units.search(filter, kindFilter, p).getTotalElements());
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setId("units");
        add(header, grid);
    }

    private Select<UnitKind> kindSelect() {
        Select<UnitKind> select = new Select<>();
        select.setItems(UnitKind.values());
        select.setItemLabelGenerator(this::kindLabel);
        return select;
    }

    private String kindLabel(UnitKind kind) {
        return kind == null ? getTranslation("common.all") : getTranslation("unit.kind." + kind.name());
    }

    private HorizontalLayout actions(Unit unit) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(unit));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> ConfirmAction.destructive(
                getTranslation("confirm.unit.title"), getTranslation("confirm.unit", unit.getName()),
                getTranslation("action.delete"), () -> {
                    if (FormErrors.attempt(this, Map.of(), () -> units.delete(unit.getId()))) {
                        FormErrors.success(getTranslation("action.deleted"));
                        grid.getDataProvider().refreshAll();
                    }
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        return new HorizontalLayout(edit, delete);
    }

    void edit(Unit unit) {
        TextField code = new TextField(getTranslation("common.code"));
        code.setId("code");
        TextField name = new TextField(getTranslation("common.name"));
        name.setId("name");
        Select<UnitKind> kind = kindSelect();
        kind.setLabel(getTranslation("unit.kind"));
        kind.setId("kind");
        ComboBox<Unit> parent = new ComboBox<>(getTranslation("unit.parent"));
        parent.setId("parent");
        parent.setClearButtonVisible(true);
        parent.setItemLabelGenerator(Unit::getName);
        Long id = unit == null ? null : unit.getId();
        // the unit itself is left out; its sub-units stay so that the service can explain why they cannot be parents
        List<Unit> candidates = units.listAll().stream().filter(u -> !Objects.equals(u.getId(), id)).toList();
        parent.setItems(candidates);
        Checkbox active = new Checkbox(getTranslation("common.active"), true);
        active.setId("active");
        if (unit != null) {
            code.setValue(unit.getCode());
            name.setValue(unit.getName());
            kind.setValue(unit.getKind());
            Long parentId = unit.getParent() == null ? null : unit.getParent().getId();
            candidates.stream().filter(u -> u.getId().equals(parentId)).findFirst().ifPresent(parent::setValue);
            active.setValue(unit.isActive());
        }
        long version = unit == null ? 0 : unit.getVersion();
        EditDialog dialog = new EditDialog(getTranslation(unit == null ? "unit.new" : "unit.edit"),
                () -> FormErrors.attempt(this, Map.of("code", code, "name", name, "kind", kind, "parent", parent),
                        () -> {
                            units.save(new UnitDraft(id, version, code.getValue(), name.getValue(), kind.getValue(),
                                    parent.getValue() == null ? null : parent.getValue().getId(),
                                    active.getValue()));
                            FormErrors.success(getTranslation("action.saved"));
                            grid.getDataProvider().refreshAll();
                        }));
        dialog.fields(code, kind, name, parent, active);
        dialog.form().setColspan(name, 2);
        dialog.form().setColspan(parent, 2);
        dialog.open();
    }
}
