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

/**
 * The public page of published answers ({@code /gop-y}, "góp ý"): no login, no layout, no way into the app, paged
 * lazily and searchable. It reads only {@link PublishedAnswer}, which has no citizen name or contact at all.
 */
@Route(value = "gop-y", autoLayout = false)
@AnonymousAllowed
class PaknPublicView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PublishedAnswer> grid = new Grid<>();
    final TextField search;

    PaknPublicView(PaknService service, Broadcaster broadcaster) {
        addClassName("pakn-public-view");
        setSizeFull();
        Span center = new Span(getTranslation("app.name"));
        center.addClassName("pakn-public-center");
        H1 title = new H1(getTranslation("pakn.public.title"));
        title.addClassName("pakn-public-title");
        Paragraph intro = new Paragraph(getTranslation("pakn.public.intro"));
        search = ViewHeader.searchField(getTranslation("pakn.public.search"), v -> grid.getDataProvider().refreshAll());
        search.setWidth("min(30rem, 100%)");
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
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(p -> service.published(search.getValue(), p),
                p -> (int) service.countPublished(search.getValue()));
        grid.setEmptyStateText(getTranslation("pakn.public.empty"));
        add(center, title, intro, search, grid);
        LiveUpdates.subscribe(this, broadcaster, PaknService.TOPIC, e -> grid.getDataProvider().refreshAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pakn.public.page-title");
    }
}
