package vn.hcc.dashboard.queue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.ConfirmAction;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.queue.DeviceDraft;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceRow;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.PublicDevice;
import vn.hcc.dashboard.queue.RegisteredDevice;
import vn.hcc.dashboard.queue.ServiceCounter;

/**
 * "Thiết bị công cộng" in the counters admin: the kiosks, displays and rating tablets allowed to open the public
 * pages. Adding one shows its registration link once (only its hash is stored); revoking shuts it out at once.
 */
class DevicePanel extends VerticalLayout {

    private final DeviceService devices;
    private final List<ServiceCounter> counters;
    private final Grid<DeviceRow> grid = new Grid<>();

    DevicePanel(DeviceService devices, List<ServiceCounter> counters) {
        this.devices = devices;
        this.counters = counters;
        setPadding(false);
        setId("devices-panel");
        H2 title = new H2(getTranslation("queue.device.section"));
        Button add = new Button(getTranslation("queue.device.new"), e -> add());
        add.setId("device-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(r -> r.device().getName()).setHeader(getTranslation("common.name")).setKey("name")
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("queue.device.kind." + r.device().getKind().name()))
                .setHeader(getTranslation("queue.device.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(DeviceRow::counterName).setHeader(getTranslation("queue.device.counter")).setKey("counter");
        grid.addColumn(r -> getTranslation("queue.device.created-by", r.device().getCreatedBy(),
                VnFormat.dateTime(r.device().getCreatedAt()))).setHeader(getTranslation("queue.device.created"))
                .setKey("created").setAutoWidth(true);
        grid.addColumn(r -> r.device().getLastSeenAt() == null ? getTranslation("queue.device.never-seen")
                : VnFormat.dateTime(r.device().getLastSeenAt())).setHeader(getTranslation("queue.device.last-seen"))
                .setKey("lastSeen").setAutoWidth(true);
        grid.addColumn(r -> r.device().isRevoked()
                ? getTranslation("queue.device.revoked", VnFormat.dateTime(r.device().getRevokedAt()))
                : getTranslation("common.active")).setHeader(getTranslation("common.status")).setKey("status")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItemsPageable(p -> devices.rows(p).getContent(), p -> (int) devices.count());
        grid.setAllRowsVisible(true);
        grid.setId("devices");
        add(new HorizontalLayout(title, add), grid);
    }

    private Button actions(DeviceRow row) {
        PublicDevice d = row.device();
        Button revoke = new Button(getTranslation("queue.device.revoke"), e -> ConfirmAction.destructive(
                getTranslation("confirm.device.title"), getTranslation("confirm.device", d.getName()),
                getTranslation("queue.device.revoke"), () -> {
                    if (FormErrors.attempt(this, Map.of(), () -> devices.revoke(d.getId()))) {
                        FormErrors.success(getTranslation("queue.device.revoked-done"));
                        grid.getDataProvider().refreshAll();
                    }
                }));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        revoke.setId("revoke-" + d.getId());
        revoke.setVisible(!d.isRevoked());
        return revoke;
    }

    void add() {
        TextField name = new TextField(getTranslation("common.name"));
        name.setId("device-name");
        ComboBox<DeviceKind> kind = new ComboBox<>(getTranslation("queue.device.kind"), DeviceKind.values());
        kind.setId("device-kind");
        kind.setItemLabelGenerator(k -> getTranslation("queue.device.kind." + k.name()));
        ComboBox<ServiceCounter> counter = new ComboBox<>(getTranslation("queue.device.counter-optional"), counters);
        counter.setId("device-counter");
        counter.setItemLabelGenerator(ServiceCounter::getName);
        counter.setClearButtonVisible(true);
        EditDialog dialog = new EditDialog(getTranslation("queue.device.new"),
                () -> FormErrors.attempt(this, Map.of("name", name, "kind", kind, "counter", counter), () -> {
                        RegisteredDevice created = devices.register(new DeviceDraft(name.getValue(), kind.getValue(),
                                counter.getValue() == null ? null : counter.getValue().getId()));
                        grid.getDataProvider().refreshAll();
                        showLink(created);
                }));
        dialog.fields(name, kind, counter).open();
    }

    /** The only time anyone sees the token: the administrator copies the link to the device. */
    private void showLink(RegisteredDevice created) {
        TextField link = new TextField();
        link.setId("registration-link");
        link.setValue(baseUrl() + created.registrationPath());
        link.setReadOnly(true);
        link.setWidthFull();
        Dialog dialog = new Dialog(new Paragraph(getTranslation("queue.device.link-help")), link);
        dialog.setHeaderTitle(getTranslation("queue.device.link-title", created.device().getName()));
        dialog.setWidth("min(90vw, 48rem)");
        Button close = new Button(getTranslation("queue.device.link-close"), e -> dialog.close());
        close.setId("registration-link-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    /** Scheme, host and port as the administrator's browser reached the app, so the link works on the hall's network. */
    private static String baseUrl() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "";
        }
        HttpServletRequest request = current.getHttpServletRequest();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath();
    }
}
