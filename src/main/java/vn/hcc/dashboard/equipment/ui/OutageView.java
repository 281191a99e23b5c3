package vn.hcc.dashboard.equipment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.ConfirmAction;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.equipment.Outage;
import vn.hcc.dashboard.equipment.OutageDraft;
import vn.hcc.dashboard.equipment.OutageRow;
import vn.hcc.dashboard.equipment.OutageKind;
import vn.hcc.dashboard.equipment.OutageService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/** The outage log, newest first: what was down, from when to when, where; an ongoing outage is ended here. */
@Route("equipment/outages")
@Menu(title = "nav.resources.outages", order = 360, icon = "PLUG")
@PermitAll
@Requires(Permission.EQUIPMENT_VIEW)
class OutageView extends VerticalLayout implements MenuTitled {

    private final OutageService outages;
    private final List<ServiceCounter> counters;
    private final boolean editable;
    private final Grid<OutageRow> grid = new Grid<>();

    OutageView(OutageService outages, CounterService counters, CurrentUser user) {
        this.outages = outages;
        this.counters = counters.listAll();
        this.editable = EquipmentLabels.canEdit(user);
        setSizeFull();
        ViewHeader header = new ViewHeader();
        if (editable) {
            header.addPrimary(getTranslation("outage.new"), () -> edit(null));
        }
        grid.addColumn(r -> EquipmentLabels.kind(this, r.outage().getKind())).setHeader(getTranslation("outage.kind"))
                .setKey("kind").setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(r -> VnFormat.dateTime(r.outage().getStartedAt()))
                .setHeader(getTranslation("outage.started-at")).setKey("startedAt").setSortProperty("startedAt")
                .setAutoWidth(true);
        grid.addColumn(r -> r.outage().isOngoing() ? getTranslation("outage.ongoing")
                : VnFormat.dateTime(r.outage().getEndedAt()))
                .setHeader(getTranslation("outage.ended-at")).setKey("endedAt").setSortProperty("endedAt")
                .setAutoWidth(true);
        grid.addColumn(this::where).setHeader(getTranslation("outage.counters")).setKey("counters");
        grid.addColumn(r -> r.outage().getNotes() == null ? "" : r.outage().getNotes())
                .setHeader(getTranslation("outage.notes")).setKey("notes").setFlexGrow(2);
        if (editable) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setKey("actions")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("outage.empty"));
        grid.setItemsPageable(p -> outages.searchRows(p).getContent(), p -> (int) outages.count());
        grid.setId("outages");
        add(header, grid);
    }

    String where(OutageRow row) {
        return row.outage().wholeCenter() ? getTranslation("outage.whole-center")
                : String.join(", ", row.counterNames());
    }

    private HorizontalLayout actions(OutageRow row) {
        Outage outage = row.outage();
        HorizontalLayout actions = new HorizontalLayout();
        if (outage.isOngoing()) {
            Button end = new Button(VaadinIcon.STOP.create(), e -> close(outage));
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            end.setAriaLabel(getTranslation("outage.close"));
            end.setTooltipText(getTranslation("outage.close"));
            end.setId("close-" + outage.getId());
            actions.add(end);
        }
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(outage));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> ConfirmAction.destructive(
                getTranslation("confirm.outage.title"), getTranslation("confirm.outage"),
                getTranslation("action.delete"), () -> {
                    if (FormErrors.attempt(this, Map.of(), () -> outages.delete(outage.getId(), outage.getVersion()))) {
                        FormErrors.success(getTranslation("action.deleted"));
                        grid.getDataProvider().refreshAll();
                    }
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        actions.add(edit, delete);
        return actions;
    }

    void edit(Outage outage) {
        Select<OutageKind> kind = new Select<>();
        kind.setLabel(getTranslation("outage.kind"));
        kind.setItems(OutageKind.values());
        kind.setItemLabelGenerator(k -> EquipmentLabels.kind(this, k));
        kind.setId("kind");
        DateTimePicker start = EquipmentLabels.dateTime(getTranslation("outage.started-at"), "startedAt");
        DateTimePicker end = EquipmentLabels.dateTime(getTranslation("outage.ended-at"), "endedAt");
        end.setHelperText(getTranslation("outage.ongoing"));
        MultiSelectComboBox<ServiceCounter> where = new MultiSelectComboBox<>(getTranslation("outage.counters"));
        where.setItems(counters);
        where.setItemLabelGenerator(ServiceCounter::getName);
        where.setPlaceholder(getTranslation("outage.whole-center"));
        where.setId("counters");
        TextArea notes = new TextArea(getTranslation("outage.notes"));
        notes.setId("notes");
        if (outage == null) {
            kind.setValue(OutageKind.NETWORK);
            start.setValue(outages.now());
        } else {
            OutageDraft d = outage.draft();
            kind.setValue(d.kind());
            start.setValue(d.startedAt());
            end.setValue(d.endedAt());
            where.setValue(counters.stream().filter(c -> d.counterIds().contains(c.getId()))
                    .collect(Collectors.toSet()));
            notes.setValue(d.notes() == null ? "" : d.notes());
        }
        Long id = outage == null ? null : outage.getId();
        long version = outage == null ? 0 : outage.getVersion();
        EditDialog dialog = new EditDialog(getTranslation(outage == null ? "outage.new" : "outage.edit"),
                () -> FormErrors.attempt(this, Map.of("kind", kind, "startedAt", start, "endedAt", end,
                        "counters", where, "notes", notes), () -> {
                        outages.save(new OutageDraft(id, version, kind.getValue(), start.getValue(), end.getValue(),
                                where.getValue().stream().map(ServiceCounter::getId).collect(Collectors.toSet()),
                                notes.getValue()));
                        FormErrors.success(getTranslation("action.saved"));
                        grid.getDataProvider().refreshAll();
                }));
        dialog.fields(kind, where, start, end, notes);
        dialog.form().setColspan(notes, 2);
        dialog.open();
    }

    void close(Outage outage) {
        DateTimePicker end = EquipmentLabels.dateTime(getTranslation("outage.ended-at"), "endedAt");
        end.setValue(outages.now());
        EditDialog dialog = new EditDialog(getTranslation("outage.close"),
                () -> FormErrors.attempt(this, Map.of("endedAt", end), () -> {
                        outages.close(outage.getId(), outage.getVersion(), end.getValue());
                        FormErrors.success(getTranslation("action.saved"));
                        grid.getDataProvider().refreshAll();
                }));
        dialog.fields(end).open();
    }
}
