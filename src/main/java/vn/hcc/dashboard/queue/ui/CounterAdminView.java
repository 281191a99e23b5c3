package vn.hcc.dashboard.queue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.ConfirmAction;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.queue.CounterDraft;
import vn.hcc.dashboard.queue.CounterRow;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/**
 * The counters of the hall and the fields each serves; a counter that has served tickets is deactivated, not deleted.
 * Below them, for whoever may, the public devices ({@link DevicePanel}).
 */
@Route("admin/counters")
@Menu(title = "nav.admin.counters", order = 560, icon = "DESKTOP")
@PermitAll
@Requires(Permission.CATALOG_EDIT)
class CounterAdminView extends VerticalLayout implements MenuTitled {

    private final CounterService counters;
    private final List<WorkField> fields;
    private final Grid<CounterRow> grid = new Grid<>();
    private String filter = "";

    CounterAdminView(CounterService counters, FieldService fieldService, DeviceService devices,
            CurrentUser currentUser) {
        this.counters = counters;
        this.fields = fieldService.listAll();
        setSizeFull();
        ViewHeader header = new ViewHeader(ViewHeader.searchField(getTranslation("action.search"), f -> {
            filter = f;
            grid.getDataProvider().refreshAll();
        }));
        header.addPrimary(getTranslation("queue.counter.new"), () -> edit(null));
        grid.addColumn(r -> r.counter().getCode()).setHeader(getTranslation("common.code")).setKey("code")
                .setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.counter().getName()).setHeader(getTranslation("common.name")).setKey("name")
                .setSortProperty("name").setAutoWidth(true);
        grid.addColumn(r -> String.join(", ", r.fieldNames())).setHeader(getTranslation("queue.counter.fields"))
                .setKey("fields");
        grid.addColumn(r -> getTranslation(r.counter().isActive() ? "common.active" : "common.inactive"))
                .setHeader(getTranslation("common.status")).setKey("active").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(p -> counters.searchRows(filter, p).getContent(),
                p -> (int) counters.search(filter, p).getTotalElements());
        grid.addItemDoubleClickListener(e -> edit(e.getItem().counter()));
        grid.setId("counters");
        add(header, grid);
        if (currentUser.may(Permission.DEVICE_ADMIN)) {
            add(new DevicePanel(devices, counters.listAll()));
        }
    }

    private HorizontalLayout actions(CounterRow row) {
        ServiceCounter c = row.counter();
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(c));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit"));
        edit.setId("edit-" + c.getCode());
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> ConfirmAction.destructive(
                getTranslation("confirm.counter.title"), getTranslation("confirm.counter", c.getCode()),
                getTranslation("action.delete"), () -> {
                    if (FormErrors.attempt(this, Map.of(), () -> counters.delete(c.getId()))) {
                        FormErrors.success(getTranslation("action.deleted"));
                        grid.getDataProvider().refreshAll();
                    }
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        delete.setId("delete-" + c.getCode());
        return new HorizontalLayout(edit, delete);
    }

    void edit(ServiceCounter c) {
        TextField code = new TextField(getTranslation("common.code"));
        code.setId("code");
        TextField name = new TextField(getTranslation("common.name"));
        name.setId("name");
        MultiSelectComboBox<WorkField> served = new MultiSelectComboBox<>(getTranslation("queue.counter.fields"));
        served.setId("fields");
        served.setItems(fields);
        served.setItemLabelGenerator(WorkField::getName);
        Checkbox active = new Checkbox(getTranslation("common.active"), true);
        active.setId("active");
        if (c != null) {
            code.setValue(c.getCode());
            name.setValue(c.getName());
            served.setValue(fields.stream().filter(f -> c.serves(f.getId())).collect(Collectors.toSet()));
            active.setValue(c.isActive());
        }
        Long id = c == null ? null : c.getId();
        long version = c == null ? 0 : c.getVersion();
        EditDialog dialog = new EditDialog(getTranslation(c == null ? "queue.counter.new" : "queue.counter.edit"),
                () -> FormErrors.attempt(this, Map.of("code", code, "name", name, "fields", served), () -> {
                        counters.save(new CounterDraft(id, version, code.getValue(), name.getValue(),
                                served.getValue().stream().map(WorkField::getId).collect(Collectors.toSet()),
                                active.getValue()));
                        FormErrors.success(getTranslation("action.saved"));
                        grid.getDataProvider().refreshAll();
                }));
        dialog.fields(code, name, served, active).open();
    }
}
