package vn.hcc.dashboard.pakn.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.LiveUpdates;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.pakn.PublishedAnswer;
import vn.hcc.dashboard.pakn.PublicAnswerQuery;
import vn.hcc.dashboard.pakn.PaknCategory;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import vn.hcc.dashboard.base.Period;
import java.util.Map;

/**
 * The public page of published answers ({@code /gop-y}, "góp ý"): no login, no layout, no way into the app, paged
 * lazily and searchable. It reads only {@link PublishedAnswer}, which has no citizen name or contact at all.
 */
@Route(value = "gop-y", autoLayout = false)
@AnonymousAllowed
class PaknPublicView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PublishedAnswer> grid = new Grid<>();
    final TextField search;
    final Select<PaknCategory> category = new Select<>();
    final ComboBox<Long> unit = new ComboBox<>();
    final DatePicker from = new VnDatePicker(getTranslation("pakn.public.from"));
    final DatePicker to = new VnDatePicker(getTranslation("pakn.public.to"));

    PaknPublicView(PaknService service, UnitService units, Broadcaster broadcaster) {
        addClassName("pakn-public-view");
        setSizeFull();
        Span center = new Span(getTranslation("app.name"));
        center.addClassName("pakn-public-center");
        H1 title = new H1(getTranslation("pakn.public.title"));
        title.addClassName("pakn-public-title");
        Paragraph intro = new Paragraph(getTranslation("pakn.public.intro"));
        search = ViewHeader.searchField(getTranslation("pakn.public.search"), v -> grid.getDataProvider().refreshAll());
        search.setWidth("min(30rem, 100%)");
        category.setLabel(getTranslation("pakn.field.category"));
        category.setId("category");
        category.setItems(PaknCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("common.all"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("common.all") : PaknLabels.category(this, c));
        Map<Long, String> names = units.publicNamesById();
        unit.setLabel(getTranslation("pakn.public.unit"));
        unit.setId("unit");
        unit.setItems(names.keySet());
        unit.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(getTranslation("common.all"));
        from.setId("from");
        to.setId("to");
        for (HasValue<?, ?> f : List.of(category, unit, from, to)) {
            f.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        HorizontalLayout filters = new HorizontalLayout(search, category, unit, from, to);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.addColumn(a -> VnFormat.date(a.publishedOn())).setHeader(getTranslation("pakn.field.publishedOn"))
                .setKey("publishedOn").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> PaknLabels.category(this, a.category())).setHeader(getTranslation("pakn.field.category"))
                .setKey("category").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(a -> a.locality() == null ? "" : a.locality()).setHeader(getTranslation("pakn.field.locality"))
                .setKey("locality").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(PublishedAnswer::content).setHeader(getTranslation("pakn.public.question")).setKey("question")
                .setFlexGrow(1);
        grid.addColumn(PublishedAnswer::answer).setHeader(getTranslation("pakn.public.answer")).setKey("answer")
                .setFlexGrow(1);
        grid.addColumn(PublishedAnswer::unitName).setHeader(getTranslation("pakn.public.unit")).setKey("unit")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(a -> getTranslation("pakn.public.days", a.responseWorkingDays()))
                .setHeader(getTranslation("pakn.public.response")).setKey("response").setWidth("8rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(p -> service.published(query(), p), p -> (int) service.countPublished(query()));
        grid.setEmptyStateText(getTranslation("pakn.public.empty"));
        Div links = new Div(new Anchor("gop-y/gui", getTranslation("petition.send-link")), new Span(" · "),
                new Anchor("gop-y/tra-cuu", getTranslation("petition.track-link")));
        add(center, title, intro, links, filters, grid);
        LiveUpdates.subscribe(this, broadcaster, PaknService.TOPIC, e -> grid.getDataProvider().refreshAll());
    }

    /** Either date alone bounds one side; a reversed pair shows nothing rather than an error. */
    PublicAnswerQuery query() {
        Period published = null;
        if (from.getValue() != null || to.getValue() != null) {
            LocalDate start = from.getValue() == null ? LocalDate.of(2000, 1, 1) : from.getValue();
            LocalDate end = to.getValue() == null ? LocalDate.of(2999, 12, 31) : to.getValue();
            // nothing was published in 1900: a reversed pair finds nothing
            published = end.isBefore(start) ? Period.day(LocalDate.of(1900, 1, 1)) : Period.of(start, end);
        }
        return new PublicAnswerQuery(search.getValue(), category.getValue(), unit.getValue(), published);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pakn.public.page-title");
    }
}
