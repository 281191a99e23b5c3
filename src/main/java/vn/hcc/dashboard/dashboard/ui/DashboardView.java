package vn.hcc.dashboard.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.ChartOptions;
import com.vaadin.flow.component.charts.model.Lang;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.LiveUpdates;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.dashboard.DashboardData;
import vn.hcc.dashboard.dashboard.DashboardService;
import vn.hcc.dashboard.dashboard.DueDossier;
import vn.hcc.dashboard.dashboard.EquipmentOverview;
import vn.hcc.dashboard.dashboard.RankedUnit;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.kpi.KpiDefinitions;
import vn.hcc.dashboard.kpi.KpiExplanation;
import vn.hcc.dashboard.kpi.KpiValue;
import vn.hcc.dashboard.targets.Kpi;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;
import vn.hcc.dashboard.base.ui.PeriodFilter;
import vn.hcc.dashboard.base.ui.RefreshThrottle;

/**
 * The director's live dashboard: KPI cards, six charts and two lists for a period and unit. A change to any dossier or
 * a served ticket refreshes it at once (bursts coalesce into one refresh a second; the figures are shared between
 * dashboards), and a refresh sends the browser only the cards, charts and lists that changed.
 */
@Route("dashboard")
@Menu(title = "nav.overview.dashboard", order = 10, icon = "DASHBOARD")
@PermitAll
@Requires(Permission.DASHBOARD_VIEW)
class DashboardView extends VerticalLayout implements MenuTitled {

    private final DashboardService service;
    private final PeriodFilter period;
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final Select<Kpi> chartKpi = new Select<>();
    private final Div cards = new Div();
    private final Div charts = new Div();
    private final Grid<DueDossier> overdue = dossierGrid("overdue");
    private final Grid<DueDossier> dueSoon = dossierGrid("due-soon");
    private final Grid<DueDossier> lettersDue = dossierGrid("letters-due");
    private final DashboardCharts chartBuilder = new DashboardCharts(this);
    private final QueueChart queueChart = new QueueChart(this);
    private final EquipmentPanel equipment;
    /**
     * A burst of changes refreshes once, after 50 ms, and at most once a second: a single save shows at once, an
     * import or a busy counter hall costs one recomputation a second.
     */
    private final RefreshThrottle throttle = new RefreshThrottle(this, 50, 1000, this::liveRefresh);
    /** Each card with what it shows: a refresh sends a card again only when that changed. */
    private final Map<Kpi, Div> cardShown = new EnumMap<>(Kpi.class);
    private final Map<Kpi, List<Object>> cardFigures = new EnumMap<>(Kpi.class);
    private final List<ChartSlot> chartSlots = new ArrayList<>();
    private List<DueDossier> overdueShown;
    private List<DueDossier> dueSoonShown;
    private List<DueDossier> lettersDueShown;
    /** Computes the lists of live refreshes, one after another: after a change the first computes, the rest share. */
    private static final ExecutorService LISTS = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dashboard-lists");
        t.setDaemon(true);
        return t;
    });

    DashboardView(DashboardService service, UnitService units, Broadcaster broadcaster, EquipmentPanel equipment) {
        this.service = service;
        this.equipment = equipment;
        List<Unit> all = units.listAll();
        addClassName("dashboard-view");
        period = new PeriodFilter(this, service::today, this::refresh);
        unit.setLabel(getTranslation("dashboard.unit"));
        unit.setItems(all);
        unit.setItemLabelGenerator(Unit::getName);
        unit.setPlaceholder(getTranslation("target.all-units"));
        unit.setClearButtonVisible(true);
        unit.setId("unit");
        chartKpi.setLabel(getTranslation("dashboard.chart-kpi"));
        chartKpi.setItems(Kpi.ON_TIME, Kpi.ONLINE_SUBMISSION, Kpi.ONLINE_PAYMENT, Kpi.DIGITIZED_COMPONENTS,
                Kpi.DIGITIZED_RESULTS, Kpi.UPDATED_IN_SYSTEM);
        chartKpi.setItemLabelGenerator(k -> getTranslation("kpi." + k.name()));
        chartKpi.setValue(Kpi.ON_TIME);
        chartKpi.setId("chart-kpi");
        unit.addValueChangeListener(e -> refresh());
        chartKpi.addValueChangeListener(e -> refresh());
        cards.setId("cards");
        cards.addClassName("kpi-cards");
        cards.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        charts.addClassName("dashboard-charts");
        charts.getStyle().set("display", "grid").set("width", "100%")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(32rem, 100%), 1fr))")
                .set("gap", "var(--lumo-space-m)");
        add(header(period.fields(), unit, chartKpi), cards, charts,
                new H3(getTranslation("dashboard.list.overdue")), overdue,
                new H3(getTranslation("dashboard.list.letters-due")), lettersDue,
                new H3(getTranslation("dashboard.list.due-soon")), dueSoon, equipment);
        refresh();
        LiveUpdates.subscribe(this, broadcaster, DossierService.TOPIC, e -> throttle.request());
        LiveUpdates.subscribe(this, broadcaster, QueueService.TOPIC, e -> throttle.request());
        LiveUpdates.subscribe(this, broadcaster, vn.hcc.dashboard.pakn.PaknService.TOPIC, e -> throttle.request());
    }

    private static ViewHeader header(com.vaadin.flow.component.Component[] period,
            com.vaadin.flow.component.Component... more) {
        ViewHeader header = new ViewHeader(period);
        header.add(more);
        return header;
    }

    private Grid<DueDossier> dossierGrid(String id) {
        Grid<DueDossier> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(d -> d.dossier().code()).setHeader(getTranslation("dossier.code")).setKey("code")
                .setAutoWidth(true);
        grid.addColumn(DueDossier::unitName).setHeader(getTranslation("dossier.unit")).setKey("unit");
        grid.addColumn(d -> VnFormat.date(d.dossier().receivedOn())).setHeader(getTranslation("dossier.received-at"))
                .setKey("receivedOn").setAutoWidth(true);
        grid.addColumn(d -> VnFormat.date(d.dossier().dueOn())).setHeader(getTranslation("dossier.due-on"))
                .setKey("dueOn").setAutoWidth(true);
        // the dossier's timeline (ticket, history, letter, rating) is its own route, linked by address
        grid.addComponentColumn(d -> {
            var link = new com.vaadin.flow.component.html.Anchor("visit?dossier="
                    + java.net.URLEncoder.encode(d.dossier().code(), java.nio.charset.StandardCharsets.UTF_8),
                    getTranslation("visit.open"));
            link.getElement().setAttribute("onclick", "event.stopPropagation()"); // not also the row's click-through
            return link;
        }).setHeader(getTranslation("visit.open")).setKey("timeline").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("dashboard.list.empty"));
        // the intake view shows the dossier by its code, whatever day it arrived
        grid.addItemClickListener(e -> UI.getCurrent().navigate("intake",
                QueryParameters.of("code", e.getItem().dossier().code())));
        return grid;
    }

    /**
     * Recomputes (or takes the shared result) and repaints; an incomplete or reversed custom range, or one ending
     * after today, changes nothing but the message at the field.
     */
    void refresh() {
        Optional<Period> chosen = period.period();
        if (chosen.isEmpty()) {
            return;
        }
        Long unitId = unit.getValue() == null ? null : unit.getValue().getId();
        showFigures(chosen.get(), unitId, false);
        showLists(chosen.get(), unitId, lists(chosen.get(), unitId));
    }

    /**
     * After a change elsewhere: the figures at once, the lists when their queries are done, computed off the session's
     * lock on a thread of their own (at province scale the overdue list's query takes longer than all the figures: it
     * must not hold back the cards of hundreds of dashboards refreshing one after another).
     */
    private void liveRefresh() {
        Optional<Period> chosen = period.period();
        UI ui = getUI().orElse(null);
        if (chosen.isEmpty() || ui == null) {
            return;
        }
        Long unitId = unit.getValue() == null ? null : unit.getValue().getId();
        Period shown = chosen.get();
        showFigures(shown, unitId, true);
        SecurityContext user = SecurityContextHolder.getContext();
        LISTS.execute(() -> {
            SecurityContextHolder.setContext(user);
            try {
                Lists lists = lists(shown, unitId);
                ui.access(() -> showLists(shown, unitId, lists));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void showFigures(Period shown, Long unitId, boolean live) {
        throttle.refreshed();
        DashboardData data = service.data(shown, period.preset().compared(shown), unitId);
        for (Kpi k : Kpi.values()) {
            showCard(k, data.current().get(k), data.previous().get(k), data.compared(),
                    KpiDefinitions.explain(data.current(), k));
        }
        Kpi kpi = chartKpi.getValue();
        // each chart is built again only when what it draws from changed
        slot(0).show(data.current(), () -> chartBuilder.targetsAgainstActuals(data));
        slot(1).show(List.of(data.months(), kpi, data.current().get(kpi)), () -> chartBuilder.monthlyTrend(data, kpi));
        slot(2).show(List.of(data.units(), kpi, data.current().get(kpi)),
                () -> chartBuilder.unitRanking(data, kpi, ranking(data, kpi, live)));
        slot(3).show(data.receivedByChannel(), () -> chartBuilder.byChannel(data));
        slot(4).show(data.months(), () -> chartBuilder.resolvedPerMonth(data));
        slot(5).show(List.of(data.period(), data.queueDays()), () -> queueChart.build(data));
    }

    /** The last ranking a live refresh read, shared by the dashboards refreshing after the same change. */
    private record Ranking(DashboardData data, Kpi kpi, List<RankedUnit> units, long at) {
    }

    private static volatile Ranking lastRanking;

    /**
     * The units ranked with their names. The service reads the names on every call (a renamed unit shows its new
     * name); the dashboards refreshing live after one change share one read of them for a few seconds instead of
     * one query each.
     */
    private List<RankedUnit> ranking(DashboardData data, Kpi kpi, boolean live) {
        Ranking last = lastRanking;
        if (live && last != null && last.data() == data && last.kpi() == kpi
                && System.nanoTime() - last.at() < 5_000_000_000L) {
            return last.units();
        }
        List<RankedUnit> units = service.unitRanking(data, kpi);
        lastRanking = new Ranking(data, kpi, units, System.nanoTime());
        return units;
    }

    private ChartSlot slot(int index) {
        while (chartSlots.size() <= index) {
            chartSlots.add(new ChartSlot(this, charts));
        }
        return chartSlots.get(index);
    }

    /** What the lists and the equipment part show for a period and unit. */
    private record Lists(List<DueDossier> overdue, List<DueDossier> lettersDue, List<DueDossier> dueSoon,
            EquipmentOverview equipment) {
    }

    private Lists lists(Period shown, Long unitId) {
        return new Lists(service.overdueWithoutApology(unitId), service.lettersDue(unitId), service.dueSoon(unitId),
                equipment.overview(shown, unitId));
    }

    /** Shows the lists, unless the user chose another period or unit meanwhile; a list sent again only if changed. */
    private void showLists(Period shown, Long unitId, Lists lists) {
        Long unitNow = unit.getValue() == null ? null : unit.getValue().getId();
        if (!Objects.equals(unitNow, unitId) || !period.period().equals(Optional.of(shown))) {
            return;
        }
        if (!lists.overdue().equals(overdueShown)) {
            overdue.setItems(lists.overdue());
            overdueShown = lists.overdue();
        }
        if (!lists.lettersDue().equals(lettersDueShown)) {
            lettersDue.setItems(lists.lettersDue());
            lettersDueShown = lists.lettersDue();
        }
        if (!lists.dueSoon().equals(dueSoonShown)) {
            dueSoon.setItems(lists.dueSoon());
            dueSoonShown = lists.dueSoon();
        }
        equipment.show(shown, unitId, lists.equipment());
    }

    /** A new card where its figures, the compared period or the explanation changed; the shown one otherwise. */
    private void showCard(Kpi k, KpiValue now, KpiValue before, Period compared, KpiExplanation explanation) {
        List<Object> figures = Arrays.asList(now, before, compared, explanation);
        if (figures.equals(cardFigures.get(k))) {
            return;
        }
        Div card = KpiCard.of(this, now, before, compared, explanation);
        Div old = cardShown.put(k, card);
        if (old == null) {
            cards.add(card);
        } else {
            cards.replace(old, card);
        }
        cardFigures.put(k, figures);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Highcharts formats numbers in tooltips and labels with these: 4.466 and 55,59 as everywhere else
        Lang lang = new Lang();
        lang.setDecimalPoint(",");
        lang.setThousandsSep(".");
        lang.setNoData(getTranslation("dashboard.no-data"));
        ChartOptions.get(attachEvent.getUI()).setLang(lang);
    }
}
