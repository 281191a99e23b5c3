package vn.hcc.dashboard.ratings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.PeriodPreset;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.LiveUpdates;
import vn.hcc.dashboard.base.ui.MenuTitled;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.ratings.RatingCounts;
import vn.hcc.dashboard.ratings.RatingFilter;
import vn.hcc.dashboard.ratings.RatingGroup;
import vn.hcc.dashboard.ratings.RatingGroupBy;
import vn.hcc.dashboard.ratings.RatingService;
import vn.hcc.dashboard.ratings.UnsatisfiedRating;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * Citizens' satisfaction for the director and leadership: for a period, counter and field, the satisfaction rate and
 * the counts by level, per counter, officer and field, and the "Chưa hài lòng" ratings with their reason and
 * comment, paged lazily; the director and the administrator record their follow-up ("Đánh dấu đã xử lý"). Default
 * period: this month. Repaints live when a rating arrives.
 */
@Route("danh-gia-hai-long")
@Menu(title = "nav.overview.ratings", order = 30, icon = "SMILEY_O")
@PermitAll
@Requires(Permission.RATING_VIEW)
class RatingsView extends VerticalLayout implements MenuTitled {

    private final RatingService ratings;
    private final boolean mayFollowUp;
    final VnDatePicker from = new VnDatePicker(null);
    final VnDatePicker to = new VnDatePicker(null);
    final ComboBox<ServiceCounter> counter = new ComboBox<>();
    final ComboBox<WorkField> field = new ComboBox<>();
    final Checkbox openOnly = new Checkbox();
    final Div cards = new Div();
    final Grid<RatingGroup> byCounter = groupGrid("by-counter", "ratings.col.counter");
    final Grid<RatingGroup> byOfficer = groupGrid("by-officer", "ratings.col.officer");
    final Grid<RatingGroup> byField = groupGrid("by-field", "ratings.col.field");
    final Grid<UnsatisfiedRating> unsatisfied = new Grid<>();

    RatingsView(RatingService ratings, CounterService counters, FieldService fields, CurrentUser currentUser,
            Broadcaster broadcaster) {
        this.ratings = ratings;
        this.mayFollowUp = currentUser.may(Permission.RATING_FOLLOW_UP);
        from.setId("from");
        from.setLabel(getTranslation("ratings.from"));
        to.setId("to");
        to.setLabel(getTranslation("ratings.to"));
        Period month = PeriodPreset.THIS_MONTH.period(ratings.today());
        from.setValue(month.from());
        to.setValue(month.to());
        counter.setId("counter");
        counter.setLabel(getTranslation("ratings.col.counter"));
        counter.setItems(counters.listAll());
        counter.setItemLabelGenerator(ServiceCounter::getName);
        counter.setClearButtonVisible(true);
        field.setId("field");
        field.setLabel(getTranslation("ratings.col.field"));
        field.setItems(fields.listAll());
        field.setItemLabelGenerator(WorkField::getName);
        field.setClearButtonVisible(true);
        openOnly.setId("open-only");
        openOnly.setLabel(getTranslation("ratings.open-only"));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        counter.addValueChangeListener(e -> refresh());
        field.addValueChangeListener(e -> refresh());
        openOnly.addValueChangeListener(e -> unsatisfied.getDataProvider().refreshAll());
        cards.addClassName("queue-cards");
        buildUnsatisfied();
        add(new ViewHeader(from, to, counter, field), cards, new H3(getTranslation("ratings.per-counter")), byCounter,
                new H3(getTranslation("ratings.per-officer")), byOfficer, new H3(getTranslation("ratings.per-field")),
                byField, new H3(getTranslation("ratings.unsatisfied")), openOnly, unsatisfied);
        refresh();
        LiveUpdates.subscribe(this, broadcaster, RatingService.TOPIC, e -> refresh());
    }

    private Grid<RatingGroup> groupGrid(String id, String labelKey) {
        Grid<RatingGroup> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(g -> g.name() == null ? getTranslation("ratings.unknown") : g.name())
                .setHeader(getTranslation(labelKey)).setKey("name").setAutoWidth(true);
        count(grid, "total", "ratings.col.total", RatingCounts::total);
        count(grid, "very", "rating.level.VERY_SATISFIED", RatingCounts::verySatisfied);
        count(grid, "satisfied", "rating.level.SATISFIED", RatingCounts::satisfied);
        count(grid, "unsatisfied", "rating.level.UNSATISFIED", RatingCounts::unsatisfied);
        grid.addColumn(g -> g.counts().formattedRate()).setHeader(getTranslation("ratings.col.rate")).setKey("rate")
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("ratings.empty"));
        return grid;
    }

    private static void count(Grid<RatingGroup> grid, String key, String header,
            java.util.function.ToLongFunction<RatingCounts> value) {
        grid.addColumn(g -> VnFormat.number(value.applyAsLong(g.counts()))).setHeader(grid.getTranslation(header))
                .setKey(key).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
    }

    private void buildUnsatisfied() {
        unsatisfied.setId("unsatisfied");
        unsatisfied.addColumn(r -> VnFormat.dateTime(r.ratedAt())).setHeader(getTranslation("ratings.col.rated-at"))
                .setKey("ratedAt").setAutoWidth(true).setFlexGrow(0);
        unsatisfied.addColumn(UnsatisfiedRating::subject).setHeader(getTranslation("ratings.col.subject"))
                .setKey("subject").setAutoWidth(true);
        // the visit's timeline (ticket, dossier, letter) is its own route, linked by address
        unsatisfied.addComponentColumn(r -> {
            String link = r.ticketId() != null ? "visit?ticket=" + r.ticketId()
                    : r.dossierCode() != null ? "visit?dossier="
                            + java.net.URLEncoder.encode(r.dossierCode(), java.nio.charset.StandardCharsets.UTF_8)
                            : null;
            return link == null ? new com.vaadin.flow.component.html.Span()
                    : new com.vaadin.flow.component.html.Anchor(link, getTranslation("visit.open"));
        }).setHeader(getTranslation("visit.open")).setKey("timeline").setAutoWidth(true).setFlexGrow(0);
        unsatisfied.addColumn(UnsatisfiedRating::counterName).setHeader(getTranslation("ratings.col.counter"))
                .setKey("counter").setAutoWidth(true);
        unsatisfied.addColumn(UnsatisfiedRating::officerName).setHeader(getTranslation("ratings.col.officer"))
                .setKey("officer").setAutoWidth(true);
        unsatisfied.addColumn(UnsatisfiedRating::fieldName).setHeader(getTranslation("ratings.col.field"))
                .setKey("field").setAutoWidth(true);
        unsatisfied.addColumn(r -> r.reason() == null ? "" : getTranslation("rating.reason." + r.reason().name()))
                .setHeader(getTranslation("ratings.col.reason")).setKey("reason").setAutoWidth(true);
        unsatisfied.addColumn(r -> r.comment() == null ? "" : r.comment())
                .setHeader(getTranslation("ratings.col.comment")).setKey("comment").setFlexGrow(1);
        unsatisfied.addColumn(r -> getTranslation("ratings.follow-up." + r.followUp().name()))
                .setHeader(getTranslation("ratings.col.follow-up")).setKey("followUp").setAutoWidth(true);
        unsatisfied.addComponentColumn(r -> {
            Button open = new Button(getTranslation(mayFollowUp ? "ratings.action.follow-up" : "ratings.action.history"),
                    e -> new FollowUpDialog(ratings, r, mayFollowUp, this::refresh).open());
            open.setId("follow-up-" + r.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return open;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        unsatisfied.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        unsatisfied.setEmptyStateText(getTranslation("ratings.unsatisfied.empty"));
        unsatisfied.setItemsPageable(p -> period() == null ? List.of()
                : ratings.unsatisfied(period(), filter(), openOnly.getValue(), p).getContent());
    }

    private Period period() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        return f == null || t == null || t.isBefore(f) ? null : Period.of(f, t);
    }

    private RatingFilter filter() {
        return new RatingFilter(null, counter.getValue() == null ? null : counter.getValue().getId(), null,
                field.getValue() == null ? null : field.getValue().getId());
    }

    void refresh() {
        Period period = period();
        to.setInvalid(false);
        if (period == null) {
            to.setErrorMessage(getTranslation("ratings.error.period"));
            to.setInvalid(from.getValue() != null && to.getValue() != null);
            return;
        }
        RatingFilter filter = filter();
        RatingCounts total = ratings.counts(period, filter);
        cards.removeAll();
        cards.add(card("rate", "ratings.col.rate", total.formattedRate()),
                card("total", "ratings.col.total", VnFormat.number(total.total())),
                card("very", "rating.level.VERY_SATISFIED", VnFormat.number(total.verySatisfied())),
                card("satisfied", "rating.level.SATISFIED", VnFormat.number(total.satisfied())),
                card("unsatisfied-count", "rating.level.UNSATISFIED", VnFormat.number(total.unsatisfied())));
        byCounter.setItems(ratings.grouped(period, filter, RatingGroupBy.COUNTER));
        byOfficer.setItems(ratings.grouped(period, filter, RatingGroupBy.OFFICER));
        byField.setItems(ratings.grouped(period, filter, RatingGroupBy.FIELD));
        unsatisfied.getDataProvider().refreshAll();
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
