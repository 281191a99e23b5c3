package vn.hcc.dashboard.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.security.UserService;
import vn.hcc.dashboard.staff.EmploymentType;
import vn.hcc.dashboard.staff.StaffDraft;
import vn.hcc.dashboard.staff.StaffMember;
import vn.hcc.dashboard.staff.StaffService;

/** The add/edit dialog of a staff record; the service's refusals appear at the fields. */
final class StaffForm {

    private final Component owner;
    private final StaffService staff;
    private final List<Unit> units;
    private final List<WorkField> fields;
    private final List<ServiceCounter> counters;
    private final List<UserService.Account> accounts;
    private final Clock clock;
    private final Runnable saved;

    StaffForm(Component owner, StaffService staff, List<Unit> units, List<WorkField> fields,
            List<ServiceCounter> counters, List<UserService.Account> accounts, Clock clock, Runnable saved) {
        this.owner = owner;
        this.staff = staff;
        this.units = units;
        this.fields = fields;
        this.counters = counters;
        this.accounts = accounts;
        this.clock = clock;
        this.saved = saved;
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    void open(StaffMember m) {
        TextField name = new TextField(t("staff.full-name"));
        name.setId("fullName");
        TextField position = new TextField(t("staff.position"));
        position.setId("position");
        Select<EmploymentType> type = new Select<>();
        type.setLabel(t("staff.type"));
        type.setItems(EmploymentType.values());
        type.setItemLabelGenerator(v -> v == null ? "" : t("staff.type." + v.name()));
        type.setId("type");
        ComboBox<Unit> home = new ComboBox<>(t("staff.home-unit"), units);
        home.setItemLabelGenerator(Unit::getName);
        home.setClearButtonVisible(true);
        home.setHelperText(t("staff.home-unit.help"));
        home.setId("homeUnit");
        TextField concurrent = new TextField(t("staff.concurrent"));
        concurrent.setHelperText(t("staff.concurrent.help"));
        concurrent.setId("concurrentDuty");
        Checkbox signature = new Checkbox(t("staff.signature-holder"));
        signature.setId("signature");
        VnDatePicker from = new VnDatePicker(t("staff.active-from"));
        from.setId("activeFrom");
        VnDatePicker to = new VnDatePicker(t("staff.active-to"));
        to.setHelperText(t("staff.active-to.help"));
        to.setId("activeTo");
        ComboBox<UserService.Account> user = new ComboBox<>(t("staff.user"), accounts);
        user.setItemLabelGenerator(a -> a.username() + " – " + a.fullName());
        user.setClearButtonVisible(true);
        user.setId("user");
        MultiSelectComboBox<WorkField> served = new MultiSelectComboBox<>(t("staff.fields"));
        served.setItems(fields);
        served.setItemLabelGenerator(WorkField::getName);
        served.setId("fields");
        MultiSelectComboBox<ServiceCounter> desks = new MultiSelectComboBox<>(t("staff.counters"));
        desks.setItems(counters);
        desks.setItemLabelGenerator(ServiceCounter::getName);
        desks.setId("counters");
        if (m == null) {
            type.setValue(EmploymentType.PERMANENT);
            from.setValue(LocalDate.now(clock));
        } else {
            name.setValue(m.getFullName());
            position.setValue(m.getPosition());
            type.setValue(m.getType());
            home.setValue(units.stream().filter(u -> u.getId().equals(m.getHomeUnitId())).findFirst().orElse(null));
            concurrent.setValue(Objects.toString(m.getConcurrentDuty(), ""));
            signature.setValue(m.isSignatureHolder());
            from.setValue(m.getActiveFrom());
            to.setValue(m.getActiveTo());
            user.setValue(accounts.stream().filter(a -> Objects.equals(a.id(), m.getUserId())).findFirst()
                    .orElse(null));
            served.setValue(fields.stream().filter(f -> m.getFieldIds().contains(f.getId())).collect(Collectors.toSet()));
            desks.setValue(counters.stream().filter(c -> m.getCounterIds().contains(c.getId()))
                    .collect(Collectors.toSet()));
        }
        Long id = m == null ? null : m.getId();
        long version = m == null ? 0 : m.getVersion();
        EditDialog dialog = new EditDialog(t(m == null ? "staff.new" : "staff.edit"),
                () -> FormErrors.attempt(owner, Map.of("fullName", name, "position", position, "type", type,
                        "homeUnit", home, "concurrentDuty", concurrent, "activeFrom", from, "activeTo", to,
                        "user", user, "fields", served, "counters", desks), () -> {
                    staff.save(new StaffDraft(id, version, name.getValue(), position.getValue(), type.getValue(),
                            home.getValue() == null ? null : home.getValue().getId(), concurrent.getValue(),
                            signature.getValue(), from.getValue(), to.getValue(),
                            user.getValue() == null ? null : user.getValue().id(),
                            ids(served.getValue().stream().map(WorkField::getId)),
                            ids(desks.getValue().stream().map(ServiceCounter::getId))));
                    FormErrors.success(t("action.saved"));
                    saved.run();
                }));
        dialog.fields(name, position, type, home, concurrent, signature, from, to, user, served, desks).open();
    }

    private static Set<Long> ids(java.util.stream.Stream<Long> ids) {
        return ids.collect(Collectors.toSet());
    }
}
