package vn.hcc.dashboard.pakn.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.LiveUpdates;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.pakn.Pakn;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/**
 * The PAKN handler's inbox: the petitions assigned to them, nearest deadline first, overdue and due-soon ones
 * marked; a click opens the item to write, edit and submit the answer. Handlers may also receive a new petition,
 * which then waits in the director's unassigned queue.
 */
@Route("pakn")
@Menu(title = "nav.pakn.inbox", order = 200, icon = "INBOX")
@PermitAll
@Requires(Permission.PAKN_INBOX)
class PaknInboxView extends VerticalLayout implements MenuTitled {

    final Grid<Pakn> grid = new Grid<>();
    final Checkbox openOnly = new Checkbox();
    private final PaknService service;
    private final List<Unit> units;

    PaknInboxView(PaknService service, UnitService unitService, Broadcaster broadcaster) {
        this.service = service;
        this.units = unitService.listAll();
        setSizeFull();
        openOnly.setLabel(getTranslation("pakn.open-only"));
        openOnly.setId("open-only");
        openOnly.setValue(true);
        openOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        ViewHeader header = new ViewHeader(openOnly);
        header.addPrimary(getTranslation("pakn.new"), () -> new NewPaknDialog(service, units,
                saved -> grid.getDataProvider().refreshAll()).open());
        grid.addColumn(Pakn::getId).setHeader(getTranslation("pakn.field.id")).setKey("id").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> VnFormat.date(p.getReceivedOn())).setHeader(getTranslation("pakn.field.receivedOn"))
                .setKey("receivedOn").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> PaknLabels.category(this, p.getCategory())).setHeader(getTranslation("pakn.field.category"))
                .setKey("category").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(p -> p.getLocality() == null ? "" : p.getLocality())
                .setHeader(getTranslation("pakn.field.locality")).setKey("locality").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(p -> PaknLabels.abbreviate(p.getContent(), PaknLabels.SHORT_TEXT))
                .setHeader(getTranslation("pakn.field.content")).setKey("content")
                .setTooltipGenerator(Pakn::getContent);
        grid.addColumn(p -> PaknLabels.deadline(this, service, p)).setHeader(getTranslation("pakn.field.deadline"))
                .setKey("deadline").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> PaknLabels.status(this, p.getStatus())).setHeader(getTranslation("pakn.field.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        PaknLabels.markDeadlines(grid, service, Function.identity());
        grid.setItemsPageable(p -> service.inbox(openOnly.getValue(), p).getContent(),
                p -> (int) service.countInbox(openOnly.getValue()));
        grid.setEmptyStateText(getTranslation("pakn.inbox.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(header, grid);
        LiveUpdates.subscribe(this, broadcaster, PaknService.TOPIC, e -> grid.getDataProvider().refreshAll());
    }

    static void open(Pakn item) {
        UI.getCurrent().navigate("pakn/item", QueryParameters.simple(Map.of("id", String.valueOf(item.getId()))));
    }
}
