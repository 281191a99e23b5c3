package vn.hcc.dashboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.security.AppUser;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SignInLog;
import vn.hcc.dashboard.security.UserService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/** User accounts: the administrator creates them, grants roles, locks them and resets forgotten passwords. */
@Route("admin/users")
@Menu(title = "nav.admin.users", order = 510, icon = "USERS")
@PermitAll
@Requires(Permission.USER_ADMIN)
class UserView extends VerticalLayout implements MenuTitled {

    private final UserService users;
    private final SignInLog signIns;
    private final Grid<AppUser> grid = new Grid<>();
    private String filter = "";
    /** The accounts locked after failed sign-ins, read again with every page of the grid. */
    private Map<String, LocalDateTime> locked = Map.of();

    UserView(UserService users, SignInLog signIns) {
        this.users = users;
        this.signIns = signIns;
        setSizeFull();
        ViewHeader header = new ViewHeader(ViewHeader.searchField(getTranslation("user.search"), f -> {
            filter = f;
            grid.getDataProvider().refreshAll();
        }));
        header.addPrimary(getTranslation("user.new"), this::create);
        Button log = new Button(getTranslation("signin.log"), VaadinIcon.LIST.create(),
                e -> new SignInLogDialog(signIns).open());
        log.setId("open-sign-in-log");
        header.add(log);
        grid.addColumn(AppUser::getUsername).setKey("username").setHeader(getTranslation("user.username"))
                .setSortProperty("username").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AppUser::getFullName).setKey("fullName").setHeader(getTranslation("user.full-name"))
                .setSortProperty("fullName");
        grid.addColumn(this::roleNames).setKey("roles").setHeader(getTranslation("user.roles"));
        grid.addColumn(this::status)
                .setKey("status").setHeader(getTranslation("common.status")).setSortProperty("enabled")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("common.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(p -> {
            locked = signIns.lockedAccounts();
            return users.search(filter, p).getContent();
        },
                p -> (int) users.search(filter, p).getTotalElements());
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        add(header, grid);
    }

    private String roleNames(AppUser user) {
        return user.getRoles().stream().map(r -> getTranslation("role." + r.name())).collect(Collectors.joining(", "));
    }

    private String status(AppUser user) {
        LocalDateTime until = locked.get(user.getUsername().toLowerCase(Locale.ROOT));
        if (until != null) {
            return getTranslation("user.status.locked", until.format(DateTimeFormatter.ofPattern("HH:mm dd/MM")));
        }
        return getTranslation(user.isEnabled() ? "user.status.enabled" : "user.status.disabled");
    }

    private HorizontalLayout actions(AppUser user) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(user));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit"));
        edit.setTooltipText(getTranslation("action.edit"));
        edit.setId("edit-" + user.getUsername());
        Button reset = new Button(VaadinIcon.KEY.create(), e -> resetPassword(user));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        reset.setAriaLabel(getTranslation("user.reset-password"));
        reset.setTooltipText(getTranslation("user.reset-password"));
        reset.setId("reset-" + user.getUsername());
        HorizontalLayout actions = new HorizontalLayout(edit, reset);
        if (locked.containsKey(user.getUsername().toLowerCase(Locale.ROOT))) {
            Button unlock = new Button(VaadinIcon.UNLOCK.create(), e -> unlock(user));
            unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            unlock.setAriaLabel(getTranslation("user.unlock"));
            unlock.setTooltipText(getTranslation("user.unlock"));
            unlock.setId("unlock-" + user.getUsername());
            actions.add(unlock);
        }
        return actions;
    }

    /** Lifts the temporary lock after failed sign-ins; the account's own enabled flag is not touched. */
    void unlock(AppUser user) {
        signIns.unlock(user.getUsername());
        FormErrors.success(getTranslation("user.unlocked", user.getUsername()));
        grid.getDataProvider().refreshAll();
    }

    private void create() {
        TextField username = new TextField(getTranslation("user.username"));
        username.setId("username");
        TextField fullName = new TextField(getTranslation("user.full-name"));
        fullName.setId("fullName");
        PasswordField password = passwordField("user.password", "password");
        PasswordField confirm = passwordField("user.password-confirm", "passwordConfirm");
        CheckboxGroup<Role> roles = roleChoice(EnumSet.noneOf(Role.class));
        EditDialog dialog = new EditDialog(getTranslation("user.new"),
                () -> FormErrors.attempt(this, Map.of("username", username, "fullName", fullName,
                        "password", password, "passwordConfirm", confirm, "roles", roles), () -> {
                            requireSamePassword(password, confirm);
                            AppUser created = users.create(new UserService.NewUser(username.getValue(),
                                    fullName.getValue(), password.getValue(), roles.getValue()));
                            FormErrors.success(getTranslation("user.created", created.getUsername()));
                        }));
        open(dialog.fields(username, fullName, password, confirm, roles), roles);
    }

    void edit(AppUser user) {
        TextField username = new TextField(getTranslation("user.username"));
        username.setId("username");
        username.setValue(user.getUsername());
        username.setReadOnly(true);
        TextField fullName = new TextField(getTranslation("user.full-name"));
        fullName.setId("fullName");
        fullName.setValue(user.getFullName());
        CheckboxGroup<Role> roles = roleChoice(user.getRoles());
        Checkbox enabled = new Checkbox(getTranslation("user.enabled"), user.isEnabled());
        enabled.setId("enabled");
        // The version the administrator saw: a save after someone else's change is refused, not merged.
        long version = user.getVersion();
        EditDialog dialog = new EditDialog(getTranslation("user.edit"),
                () -> FormErrors.attempt(this, Map.of("fullName", fullName, "roles", roles, "enabled", enabled),
                        () -> {
                            users.update(user.getId(), version, fullName.getValue(), roles.getValue(),
                                    enabled.getValue());
                            FormErrors.success(getTranslation("action.saved"));
                        }));
        open(dialog.fields(username, fullName, roles, enabled), roles);
    }

    void resetPassword(AppUser user) {
        PasswordField password = passwordField("user.new-password", "newPassword");
        PasswordField confirm = passwordField("user.password-confirm", "newPasswordConfirm");
        EditDialog dialog = new EditDialog(getTranslation("user.reset-password.title", user.getUsername()),
                () -> FormErrors.attempt(this, Map.of("password", password, "passwordConfirm", confirm), () -> {
                    requireSamePassword(password, confirm);
                    users.resetPassword(user.getId(), password.getValue());
                    FormErrors.success(getTranslation("user.password-reset", user.getUsername()));
                }));
        dialog.setId("reset-password-dialog");
        open(dialog.fields(password, confirm), null);
    }

    /** Every dialog reloads the grid when it closes, so a record reopened after a refused save shows fresh data. */
    private void open(EditDialog dialog, CheckboxGroup<Role> wide) {
        if (wide != null) {
            dialog.form().setColspan(wide, 2);
        }
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                grid.getDataProvider().refreshAll();
            }
        });
        dialog.open();
    }

    private PasswordField passwordField(String labelKey, String id) {
        PasswordField field = new PasswordField(getTranslation(labelKey));
        field.setId(id);
        field.setHelperText(id.endsWith("Confirm") ? null
                : getTranslation("user.password-hint", UserService.MIN_PASSWORD_LENGTH));
        return field;
    }

    private CheckboxGroup<Role> roleChoice(Set<Role> selected) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("user.roles"));
        roles.setId("roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(selected);
        return roles;
    }

    /** A typing mistake in a password nobody can see is only caught by asking twice. */
    private static void requireSamePassword(PasswordField password, PasswordField confirm) {
        if (!password.getValue().equals(confirm.getValue())) {
            throw new FieldValidationException("passwordConfirm", "user.error.password-mismatch");
        }
    }
}
