package vn.hcc.dashboard.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.ConfirmAction;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/** Fields (lĩnh vực), the rows of the official forms. */
@Route("admin/fields")
@Menu(title = "nav.admin.fields", order = 530, icon = "TAGS")
@PermitAll
@Requires(Permission.CATALOG_EDIT)
class FieldView extends VerticalLayout implements MenuTitled {

    private final FieldService fields;
    private final Grid<WorkField> grid = new Grid<>();
    private String filter = "";

    FieldView(FieldService fields) {
        this.fields = fields;
        setSizeFull();
        ViewHeader header = new ViewHeader(ViewHeader.searchField(getTranslation("action.search"), f -> {
            filter = f;
            grid.getDataProvider().refreshAll();
        }));
        header.addPrimary(getTranslation("field.new"), () -> edit(null));
        grid.addColumn(WorkField::getCode).setHeader(getTranslation("common.code")).setKey("code")
                .setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkField::getName).setHeader(getTranslation("common.name")).setKey("name")
                .setSortProperty("name");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(p -> fields.search(filter, p).getContent(),
                p -> (int) fields.search(filter, p).getTotalElements());
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setId("fields");
        add(header, grid);
    }

    private HorizontalLayout actions(WorkField field) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(field));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> ConfirmAction.destructive(
                getTranslation("confirm.field.title"), getTranslation("confirm.field", field.getName()),
                getTranslation("action.delete"), () -> {
                    if (FormErrors.attempt(this, Map.of(), () -> fields.delete(field.getId()))) {
                        FormErrors.success(getTranslation("action.deleted"));
                        grid.getDataProvider().refreshAll();
                    }
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        return new HorizontalLayout(edit, delete);
    }

    void edit(WorkField field) {
        TextField code = new TextField(getTranslation("common.code"));
        code.setId("code");
        TextField name = new TextField(getTranslation("common.name"));
        name.setId("name");
        if (field != null) {
            code.setValue(field.getCode());
            name.setValue(field.getName());
        }
        Long id = field == null ? null : field.getId();
        long version = field == null ? 0 : field.getVersion();
        EditDialog dialog = new EditDialog(getTranslation(field == null ? "field.new" : "field.edit"),
                () -> FormErrors.attempt(this, Map.of("code", code, "name", name), () -> {
                        fields.save(id, version, code.getValue(), name.getValue());
                        FormErrors.success(getTranslation("action.saved"));
                        grid.getDataProvider().refreshAll();
                }));
        dialog.fields(code, name).open();
    }
}
