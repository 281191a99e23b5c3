package vn.hcc.dashboard.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.ConfirmAction;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.UserService;
import vn.hcc.dashboard.staff.EmploymentType;
import vn.hcc.dashboard.staff.StaffFilter;
import vn.hcc.dashboard.staff.StaffMember;
import vn.hcc.dashboard.staff.StaffRow;
import vn.hcc.dashboard.staff.StaffService;
import vn.hcc.dashboard.staff.StaffSummary;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/** The roster with the staff counts of the centers' reports; the director and the administrator edit it, leadership reads it. */
@Route("staff")
@Menu(title = "nav.resources.staff", order = 300, icon = "GROUP")
@PermitAll
@Requires(Permission.STAFF_VIEW)
class StaffView extends VerticalLayout implements MenuTitled {

    private final StaffService staff;
    private final Clock clock;
    private final boolean editor;
    private final StaffForm form;
    private final Grid<StaffRow> grid = new Grid<>();
    private final Span summary002 = new Span();
    private final Span summary003 = new Span();
    private String text = "";
    private EmploymentType type;
    private boolean activeOnly = true;

    StaffView(StaffService staff, UnitService units, FieldService fields, CounterService counters,
            UserService users, CurrentUser currentUser, Clock clock) {
        this.staff = staff;
        this.clock = clock;
        this.editor = currentUser.may(Permission.STAFF_EDIT);
        var unitList = units.listAll();
        var fieldList = fields.listAll();
        var counterList = counters.listAll();
        var accounts = users.accounts();
        this.form = new StaffForm(this, staff, unitList, fieldList, counterList, accounts, clock, this::refresh);
        setSizeFull();

        Select<EmploymentType> typeFilter = new Select<>();
        typeFilter.setLabel(getTranslation("staff.type"));
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(getTranslation("common.all"));
        typeFilter.setItems(EmploymentType.values());
        typeFilter.setItemLabelGenerator(t -> t == null ? getTranslation("common.all") : typeName(t));
        typeFilter.setId("type-filter");
        typeFilter.addValueChangeListener(e -> {
            type = e.getValue();
            refresh();
        });
        Checkbox active = new Checkbox(getTranslation("staff.active-only"), true);
        active.setId("active-only");
        active.addValueChangeListener(e -> {
            activeOnly = e.getValue();
            refresh();
        });
        ViewHeader header = new ViewHeader(ViewHeader.searchField(getTranslation("staff.search"), f -> {
            text = f;
            refresh();
        }), typeFilter, active);
        if (editor) {
            header.addPrimary(getTranslation("staff.new"), () -> form.open(null));
        }
        if (currentUser.may(Permission.REPORT_EXPORT)) {
            // a plain URL: the reports feature depends on this one, never the other way round
            Anchor export = new Anchor("reports?report=STAFF", getTranslation("reports.export-excel"));
            export.getElement().setAttribute("router-link", true);
            export.setId("export-excel");
            header.add(export);
        }
        summary002.setId("summary-002");
        summary003.setId("summary-003");
        Div summary = new Div(summary002, new Div(), summary003);
        summary.setId("summary");

        grid.addColumn(r -> r.member().getFullName()).setHeader(getTranslation("staff.full-name")).setKey("name")
                .setSortProperty("fullName").setAutoWidth(true);
        grid.addColumn(r -> r.member().getPosition()).setHeader(getTranslation("staff.position")).setKey("position")
                .setSortProperty("position");
        grid.addColumn(r -> typeName(r.member().getType())).setHeader(getTranslation("staff.type")).setKey("type")
                .setSortProperty("type").setAutoWidth(true);
        grid.addColumn(StaffRow::homeUnitName).setHeader(getTranslation("staff.home-unit")).setKey("homeUnit");
        grid.addColumn(r -> Objects.toString(r.member().getConcurrentDuty(), ""))
                .setHeader(getTranslation("staff.concurrent")).setKey("concurrent");
        grid.addColumn(r -> String.join(", ", r.counterNames())).setHeader(getTranslation("staff.counters"))
                .setKey("counters");
        grid.addColumn(r -> String.join(", ", r.fieldNames())).setHeader(getTranslation("staff.fields"))
                .setKey("fields");
        grid.addColumn(r -> r.member().isSignatureHolder() ? getTranslation("common.yes") : "")
                .setHeader(getTranslation("staff.signature")).setKey("signature").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> period(r.member())).setHeader(getTranslation("staff.period")).setKey("period")
                .setSortProperty("activeFrom").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StaffRow::username).setHeader(getTranslation("staff.user")).setKey("user").setAutoWidth(true)
                .setFlexGrow(0);
        if (editor) {
            grid.addComponentColumn(r -> actions(r.member())).setHeader(getTranslation("common.actions"))
                    .setKey("actions").setAutoWidth(true).setFlexGrow(0);
            grid.addItemDoubleClickListener(e -> form.open(e.getItem().member()));
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(p -> staff.searchRows(filter(), p).getContent(), p -> (int) staff.count(filter()));
        grid.setId("staff");
        add(header, summary, grid);
        showSummary();
    }

    private StaffFilter filter() {
        return new StaffFilter(text, type, activeOnly);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showSummary();
    }

    /** Today's counts in the words of the Kim Thành Q3/2025 report and of the Ba Vì 2024 report's appendix. */
    private void showSummary() {
        StaffSummary s = staff.summary(LocalDate.now(clock));
        summary002.setText(getTranslation("staff.summary", VnFormat.date(s.asOf()), VnFormat.number(s.total()),
                VnFormat.number(s.civilServants()), VnFormat.number(s.supportWorkers())));
        summary003.setText(getTranslation("staff.summary.appendix", VnFormat.number(s.civilServants()),
                VnFormat.number(s.ownStaff()), VnFormat.number(s.sentByDepartments()),
                VnFormat.number(s.concurrentOwn())));
    }

    String typeName(EmploymentType t) {
        return getTranslation("staff.type." + t.name());
    }

    static String period(StaffMember m) {
        return VnFormat.date(m.getActiveFrom()) + " – " + (m.getActiveTo() == null ? "" : VnFormat.date(m.getActiveTo()));
    }

    private HorizontalLayout actions(StaffMember m) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> form.open(m));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit"));
        edit.setId("edit-" + m.getId());
        Button deactivate = new Button(VaadinIcon.BAN.create(), e -> ConfirmAction.destructive(
                getTranslation("confirm.staff.title"), getTranslation("confirm.staff", m.getFullName()),
                getTranslation("staff.deactivate"), () -> {
                    int[] removed = {0};
                    if (FormErrors.attempt(this, Map.of(),
                            () -> removed[0] = staff.deactivate(m.getId(), m.getVersion()))) {
                        FormErrors.success(getTranslation("staff.deactivated", m.getFullName(), removed[0]));
                        refresh();
                    }
                }));
        deactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        deactivate.setAriaLabel(getTranslation("staff.deactivate"));
        deactivate.setTooltipText(getTranslation("staff.deactivate"));
        deactivate.setId("deactivate-" + m.getId());
        LocalDate today = LocalDate.now(clock);
        deactivate.setVisible(m.activeOn(today) && (m.getActiveTo() == null || m.getActiveTo().isAfter(today)));
        return new HorizontalLayout(edit, deactivate);
    }
}
