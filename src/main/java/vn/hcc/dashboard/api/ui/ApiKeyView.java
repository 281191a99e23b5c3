package vn.hcc.dashboard.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hcc.dashboard.api.ApiKey;
import vn.hcc.dashboard.api.ApiKeyDraft;
import vn.hcc.dashboard.api.ApiKeyRow;
import vn.hcc.dashboard.api.ApiKeyService;
import vn.hcc.dashboard.api.CreatedApiKey;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.ConfirmAction;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.MenuTitled;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The API keys of the provincial one-stop software: create one (name, units, read/write), whose token is shown once
 * (only its hash is stored); the list tells when each key was last used; revoking shuts a key out at its next call.
 */
@Route("admin/api-keys")
@Menu(title = "nav.admin.api-keys", order = 590, icon = "KEY")
@PermitAll
@Requires(Permission.API_ADMIN)
class ApiKeyView extends VerticalLayout implements MenuTitled {

    private final ApiKeyService keys;
    private final UnitService units;
    final Grid<ApiKeyRow> grid = new Grid<>();

    ApiKeyView(ApiKeyService keys, UnitService units) {
        this.keys = keys;
        this.units = units;
        setSizeFull();
        ViewHeader header = new ViewHeader(new Paragraph(getTranslation("api.key.help")));
        Anchor docs = new Anchor("/api/swagger-ui.html", getTranslation("api.key.docs"));
        docs.setId("api-docs");
        docs.setRouterIgnore(true);
        header.add(docs);
        header.addPrimary(getTranslation("api.key.new"), this::create).setId("api-key-new");
        grid.setId("api-keys");
        grid.addColumn(r -> r.key().getName()).setHeader(getTranslation("common.name")).setKey("name")
                .setAutoWidth(true);
        grid.addColumn(r -> r.key().getTokenPrefix() + "…").setHeader(getTranslation("api.key.prefix"))
                .setKey("prefix").setAutoWidth(true);
        grid.addColumn(this::scope).setHeader(getTranslation("api.key.scope")).setKey("scope").setAutoWidth(true);
        grid.addColumn(r -> r.unitNames().isEmpty() ? getTranslation("api.key.all-units")
                : String.join(", ", r.unitNames())).setHeader(getTranslation("api.key.units")).setKey("units");
        grid.addColumn(r -> getTranslation("api.key.created-by", r.key().getCreatedBy(),
                VnFormat.dateTime(r.key().getCreatedAt()))).setHeader(getTranslation("api.key.created"))
                .setKey("created").setAutoWidth(true);
        grid.addColumn(r -> r.key().getLastUsedAt() == null ? getTranslation("api.key.never-used")
                : VnFormat.dateTime(r.key().getLastUsedAt())).setHeader(getTranslation("api.key.last-used"))
                .setKey("lastUsed").setAutoWidth(true);
        grid.addColumn(r -> r.key().isRevoked()
                ? getTranslation("api.key.revoked", VnFormat.dateTime(r.key().getRevokedAt()))
                : getTranslation("common.active")).setHeader(getTranslation("common.status")).setKey("status")
                .setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("common.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItemsPageable(p -> keys.rows(p).getContent(), p -> (int) keys.count());
        add(header, grid);
    }

    private String scope(ApiKeyRow row) {
        ApiKey k = row.key();
        return java.util.stream.Stream.of(k.canRead() ? getTranslation("api.key.read") : null,
                k.canWrite() ? getTranslation("api.key.write") : null).filter(s -> s != null)
                .collect(Collectors.joining(", "));
    }

    private Button revokeButton(ApiKeyRow row) {
        ApiKey k = row.key();
        Button revoke = new Button(getTranslation("api.key.revoke"), e -> ConfirmAction.destructive(
                getTranslation("confirm.api-key.title"), getTranslation("confirm.api-key", k.getName()),
                getTranslation("api.key.revoke"), () -> {
                    if (FormErrors.attempt(this, Map.of(), () -> keys.revoke(k.getId()))) {
                        FormErrors.success(getTranslation("api.key.revoked-done"));
                        grid.getDataProvider().refreshAll();
                    }
                }));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        revoke.setId("revoke-" + k.getId());
        revoke.setVisible(!k.isRevoked());
        return revoke;
    }

    void create() {
        TextField name = new TextField(getTranslation("common.name"));
        name.setId("api-key-name");
        MultiSelectComboBox<Unit> unitBox = new MultiSelectComboBox<>(getTranslation("api.key.units"));
        unitBox.setItems(units.listAll());
        unitBox.setItemLabelGenerator(Unit::getName);
        unitBox.setHelperText(getTranslation("api.key.units-help"));
        unitBox.setId("api-key-units");
        Checkbox read = new Checkbox(getTranslation("api.key.read"), true);
        read.setId("api-key-read");
        Checkbox write = new Checkbox(getTranslation("api.key.write"), false);
        write.setId("api-key-write");
        EditDialog dialog = new EditDialog(getTranslation("api.key.new"),
                () -> FormErrors.attempt(this, Map.of("name", name, "units", unitBox, "scope", read), () -> {
                        CreatedApiKey created = keys.create(new ApiKeyDraft(name.getValue(), unitBox.getValue()
                                .stream().map(Unit::getId).collect(Collectors.toSet()), read.getValue(),
                                write.getValue()));
                        grid.getDataProvider().refreshAll();
                        showToken(created);
                }));
        dialog.fields(name, unitBox, new HorizontalLayout(read, write)).open();
    }

    /** The only time anyone sees the token: the administrator copies it into the calling software. */
    private void showToken(CreatedApiKey created) {
        TextField token = new TextField();
        token.setId("api-key-token");
        token.setValue(created.token());
        token.setReadOnly(true);
        token.setWidthFull();
        Dialog dialog = new Dialog(new Paragraph(getTranslation("api.key.token-help")), token);
        dialog.setHeaderTitle(getTranslation("api.key.token-title", created.key().getName()));
        dialog.setWidth("min(90vw, 40rem)");
        Button close = new Button(getTranslation("api.key.token-close"), e -> dialog.close());
        close.setId("api-key-token-close");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
