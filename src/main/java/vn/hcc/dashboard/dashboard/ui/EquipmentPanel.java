package vn.hcc.dashboard.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.LiveUpdates;
import vn.hcc.dashboard.equipment.EquipmentService;
import vn.hcc.dashboard.equipment.OutOfOrderItem;
import vn.hcc.dashboard.equipment.OutageImpact;
import vn.hcc.dashboard.dashboard.DashboardService;
import vn.hcc.dashboard.dashboard.EquipmentOverview;
import vn.hcc.dashboard.base.Period;

/**
 * The dashboard's equipment part: what is broken or under repair now, and the outages of the period with the dossiers
 * that fell late while each lasted (due on a day it covered; see OutageService.impacts). One instance per dashboard.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class EquipmentPanel extends VerticalLayout {

    /** Enough for a screen; the inventory and the outage log have the rest. */
    static final int MAX_ROWS = 20;
    /** Codes shown per outage; the count covers them all. */
    static final int SAMPLE = 5;

    private final DashboardService dashboard;
    private final H3 outOfOrderTitle = new H3();
    private final Grid<OutOfOrderItem> outOfOrder = new Grid<>();
    private final Grid<OutageImpact> impacts = new Grid<>();
    private Runnable repaint = () -> { };
    private EquipmentOverview shown;

    EquipmentPanel(DashboardService dashboard, Broadcaster broadcaster) {
        this.dashboard = dashboard;
        // a fault or an outage logged elsewhere shows here at once, for the period last shown
        LiveUpdates.subscribe(this, broadcaster, EquipmentService.TOPIC, e -> repaint.run());
        setPadding(false);
        setId("equipment-panel");
        outOfOrder.setId("out-of-order");
        outOfOrder.addColumn(i -> getTranslation("equipment.type." + i.type().name()))
                .setHeader(getTranslation("equipment.type")).setKey("type").setAutoWidth(true);
        outOfOrder.addColumn(OutOfOrderItem::name).setHeader(getTranslation("equipment.name")).setKey("name");
        outOfOrder.addColumn(OutOfOrderItem::place).setHeader(getTranslation("equipment.place")).setKey("place");
        outOfOrder.addColumn(i -> getTranslation("equipment.status." + i.status().name()))
                .setHeader(getTranslation("equipment.status")).setKey("status").setAutoWidth(true);
        outOfOrder.addColumn(i -> VnFormat.date(i.since())).setHeader(getTranslation("equipment.dashboard.since"))
                .setKey("since").setAutoWidth(true);
        outOfOrder.setEmptyStateText(getTranslation("equipment.dashboard.none-out"));
        impacts.setId("outages");
        impacts.addColumn(o -> getTranslation("outage.kind." + o.kind().name()))
                .setHeader(getTranslation("outage.kind")).setKey("kind").setAutoWidth(true);
        impacts.addColumn(o -> VnFormat.dateTime(o.startedAt())).setHeader(getTranslation("outage.started-at"))
                .setKey("startedAt").setAutoWidth(true);
        impacts.addColumn(o -> o.endedAt() == null ? getTranslation("outage.ongoing") : VnFormat.dateTime(o.endedAt()))
                .setHeader(getTranslation("outage.ended-at")).setKey("endedAt").setAutoWidth(true);
        impacts.addColumn(o -> o.counters().isEmpty() ? getTranslation("outage.whole-center")
                : String.join(", ", o.counters())).setHeader(getTranslation("outage.counters")).setKey("counters");
        impacts.addColumn(o -> VnFormat.number(o.lateCount())).setHeader(getTranslation("equipment.dashboard.late"))
                .setKey("lateCount").setAutoWidth(true).setFlexGrow(0);
        impacts.addColumn(this::lateCodes).setHeader("").setKey("lateCodes").setFlexGrow(2);
        impacts.setEmptyStateText(getTranslation("equipment.dashboard.no-outages"));
        for (Grid<?> g : List.of(outOfOrder, impacts)) {
            g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                    GridVariant.LUMO_WRAP_CELL_CONTENT);
            g.setAllRowsVisible(true);
        }
        add(outOfOrderTitle, outOfOrder, new H3(getTranslation("equipment.dashboard.outages")), impacts);
    }

    /** Repaints for the dashboard's period and unit ({@code null}: all units; equipment is the Center's). */
    void show(Period period, Long unitId) {
        show(period, unitId, overview(period, unitId));
    }

    /** What {@link #show} shows, read on any thread (the dashboard's live refresh reads it off the session's lock). */
    EquipmentOverview overview(Period period, Long unitId) {
        return dashboard.equipment(period, unitId, MAX_ROWS, SAMPLE);
    }

    void show(Period period, Long unitId, EquipmentOverview overview) {
        repaint = () -> show(period, unitId);
        if (overview.equals(shown)) {
            return; // a dashboard refresh after a dossier saved: nothing of the equipment to send again
        }
        shown = overview;
        outOfOrderTitle.setText(getTranslation("equipment.dashboard.out-of-order") + " ("
                + VnFormat.number(overview.outOfOrderCount()) + ")");
        outOfOrder.setItems(overview.outOfOrder());
        impacts.setItems(overview.outages());
    }

    String lateCodes(OutageImpact o) {
        String codes = String.join(", ", o.lateCodes());
        long more = o.lateCount() - o.lateCodes().size();
        return more > 0 ? codes + " " + getTranslation("equipment.dashboard.more", VnFormat.number(more)) : codes;
    }
}
