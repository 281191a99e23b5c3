package vn.hcc.dashboard.queue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import vn.hcc.dashboard.base.PeriodPreset;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.LiveUpdates;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.queue.NamedQueueFigures;
import vn.hcc.dashboard.queue.QueueFigures;
import vn.hcc.dashboard.queue.QueueFiguresService;
import vn.hcc.dashboard.queue.QueueFiguresService.GroupBy;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;
import vn.hcc.dashboard.base.Period;

/**
 * The queue over a period for the director: visits, no-shows, waits and service times in total, per counter, per
 * field and per day, in Vietnamese number formats (4.520 visits, 12,50 minutes). Default period: this quarter.
 */
@Route("queue/figures")
// the staffing section's heat map is a Chart the view reaches only through QueueFiguresSection: without this the
// production bundle leaves vaadin-chart out of this route's chunk and the browser shows an empty element
@com.vaadin.flow.component.dependency.Uses(com.vaadin.flow.component.charts.Chart.class)
@Menu(title = "nav.overview.queue", order = 20, icon = "CHART")
@PermitAll
@Requires(Permission.DASHBOARD_VIEW)
class QueueFiguresView extends VerticalLayout implements MenuTitled {

    /** One row of a table: what it is about and its figures. */
    record Row(String label, QueueFigures figures) {
    }

    private final QueueFiguresService figures;
    final VnDatePicker from = new VnDatePicker(null);
    final VnDatePicker to = new VnDatePicker(null);
    final Div cards = new Div();
    final Grid<Row> byCounter = grid("by-counter", "queue.figures.counter");
    final Grid<Row> byField = grid("by-field", "queue.figures.field");
    final Grid<Row> byDay = grid("by-day", "queue.figures.day");

    QueueFiguresView(QueueFiguresService figures, Broadcaster broadcaster, List<QueueFiguresSection> sections) {
        this.figures = figures;
        LocalDate today = figures.today();
        from.setId("from");
        from.setLabel(getTranslation("queue.figures.from"));
        from.setValue(PeriodPreset.THIS_QUARTER.period(today).from());
        to.setId("to");
        to.setLabel(getTranslation("queue.figures.to"));
        to.setValue(today);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        cards.addClassName("queue-cards");
        add(new ViewHeader(from, to), cards);
        // other features' sections (the staffing heat map) below the period's cards, before the long tables
        sections.stream().map(QueueFiguresSection::create).filter(java.util.Objects::nonNull).forEach(this::add);
        add(new H3(getTranslation("queue.figures.per-counter")), byCounter,
                new H3(getTranslation("queue.figures.per-field")), byField,
                new H3(getTranslation("queue.figures.per-day")), byDay);
        refresh();
        LiveUpdates.subscribe(this, broadcaster, vn.hcc.dashboard.queue.QueueService.TOPIC, e -> refresh());
    }

    private Grid<Row> grid(String id, String labelKey) {
        Grid<Row> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(Row::label).setHeader(getTranslation(labelKey)).setKey("label").setAutoWidth(true);
        column(grid, "visits", "queue.figures.visits", f -> VnFormat.number(f.visits()));
        column(grid, "served", "queue.figures.served", f -> VnFormat.number(f.served()));
        column(grid, "noShows", "queue.figures.no-shows", f -> VnFormat.number(f.noShows()));
        column(grid, "avgWait", "queue.figures.avg-wait", f -> minutes(f.avgWaitMinutes()));
        column(grid, "p90Wait", "queue.figures.p90-wait", f -> minutes(f.p90WaitMinutes()));
        column(grid, "avgService", "queue.figures.avg-service", f -> minutes(f.avgServiceMinutes()));
        column(grid, "p90Service", "queue.figures.p90-service", f -> minutes(f.p90ServiceMinutes()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("queue.figures.empty"));
        return grid;
    }

    private static void column(Grid<Row> grid, String key, String header, Function<QueueFigures, String> value) {
        grid.addColumn(r -> value.apply(r.figures())).setHeader(grid.getTranslation(header)).setKey(key)
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
    }

    private static String minutes(Double value) {
        return value == null ? "–" : VnFormat.decimal(value, 2);
    }

    void refresh() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        to.setInvalid(false);
        if (f == null || t == null || t.isBefore(f)) {
            to.setErrorMessage(getTranslation("queue.figures.error.period"));
            to.setInvalid(f != null && t != null);
            return;
        }
        Period period = Period.of(f, t);
        QueueFigures total = figures.total(period);
        cards.removeAll();
        cards.add(card("visits", "queue.figures.visits", VnFormat.number(total.visits())),
                card("tickets", "queue.figures.tickets", VnFormat.number(total.tickets())),
                card("no-shows", "queue.figures.no-shows", VnFormat.number(total.noShows())),
                card("waiting-now", "queue.figures.waiting-now", VnFormat.number(figures.waitingNow())),
                card("avg-wait", "queue.figures.avg-wait", minutes(total.avgWaitMinutes())),
                card("p90-wait", "queue.figures.p90-wait", minutes(total.p90WaitMinutes())),
                card("avg-service", "queue.figures.avg-service", minutes(total.avgServiceMinutes())),
                card("p90-service", "queue.figures.p90-service", minutes(total.p90ServiceMinutes())));
        byCounter.setItems(named(figures.perCounter(period)));
        byField.setItems(named(figures.perField(period)));
        byDay.setItems(figures.grouped(period, GroupBy.DAY).entrySet().stream()
                .map(e -> new Row(VnFormat.date((LocalDate) e.getKey()), e.getValue())).toList());
    }

    private static List<Row> named(List<NamedQueueFigures> rows) {
        return rows.stream().map(r -> new Row(r.name(), r.figures())).toList();
    }

    private Div card(String id, String labelKey, String value) {
        Span v = new Span(value);
        v.addClassName("card-value");
        Span l = new Span(getTranslation(labelKey));
        l.addClassName("card-label");
        Div card = new Div(v, l);
        card.addClassName("figure-card");
        card.setId(id);
        return card;
    }
}
