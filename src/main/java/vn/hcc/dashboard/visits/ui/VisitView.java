package vn.hcc.dashboard.visits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.visits.TimelineEvent;
import vn.hcc.dashboard.visits.VisitText;
import vn.hcc.dashboard.visits.VisitTimeline;
import vn.hcc.dashboard.visits.VisitTimelineService;

/**
 * One visit's timeline, {@code visit?ticket=ID}, {@code visit?dossier=CODE} or {@code visit?pakn=ID}: the steps top to
 * bottom, oldest first, with their time (dd/MM/yyyy HH:mm, the day alone when only the day is known), who did them,
 * late steps in red, and links to the related timelines. Any view links here by address. What the user may not see,
 * or an unknown id, is said in a sentence; the search box opens a dossier's timeline by its code.
 */
@Route("visit")
@PermitAll
@Requires(Permission.VISIT_VIEW)
@StyleSheet("styles/visit.css")
class VisitView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph message = new Paragraph();
    final Div related = new Div();
    final UnorderedList steps = new UnorderedList();
    final TextField code = new TextField();
    private final VisitTimelineService timelines;
    private String pageTitle;

    VisitView(VisitTimelineService timelines) {
        this.timelines = timelines;
        this.pageTitle = getTranslation("visit.page");
        addClassName("visit-view");
        title.setId("visit-title");
        message.setId("message");
        related.setId("related");
        related.addClassName("visit-related");
        steps.setId("steps");
        steps.addClassName("visit-timeline");
        code.setId("code");
        code.setPlaceholder(getTranslation("visit.search.code"));
        code.setClearButtonVisible(true);
        Button open = new Button(getTranslation("visit.search.open"), e -> {
            if (!code.getValue().isBlank()) {
                UI.getCurrent().navigate("visit", QueryParameters.of("dossier", code.getValue().trim()));
            }
        });
        open.setId("open");
        code.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> open.click());
        add(new ViewHeader(code, open), title, message, related, steps);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> parameters = new HashMap<>();
        event.getLocation().getQueryParameters().getParameters()
                .forEach((k, v) -> parameters.put(k, v.isEmpty() ? "" : v.getFirst()));
        show(timelines.of(parameters));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    void show(VisitTimeline timeline) {
        steps.removeAll();
        related.removeAll();
        message.setVisible(!timeline.shown());
        title.setVisible(timeline.shown());
        if (!timeline.shown()) {
            message.setText(text(timeline.problem()));
            pageTitle = getTranslation("visit.page");
            return;
        }
        title.setText(text(timeline.title()));
        pageTitle = title.getText();
        if (!timeline.related().isEmpty()) {
            related.add(new Span(getTranslation("visit.related")));
            timeline.related().forEach(r -> related.add(r.link() == null ? new Span(text(r.label()))
                    : new Anchor(r.link(), text(r.label()))));
        }
        timeline.events().forEach(e -> steps.add(step(e)));
    }

    private ListItem step(TimelineEvent e) {
        Span when = new Span(e.timed() ? VnFormat.dateTime(e.at()) : VnFormat.date(e.at().toLocalDate()));
        when.addClassName("visit-when");
        Div dot = new Div();
        dot.addClassName("visit-dot");
        Div rail = new Div(dot);
        rail.addClassName("visit-rail");
        Component heading = e.link() == null ? new Span(text(e.title())) : new Anchor(e.link(), text(e.title()));
        Div titleLine = new Div(heading);
        titleLine.addClassName("visit-title");
        if (e.mark() != TimelineEvent.Mark.NONE) {
            Span badge = new Span(getTranslation("visit.mark." + e.mark().name()));
            badge.getElement().getThemeList().add("badge small pill");
            badge.getElement().getThemeList().add(switch (e.mark()) {
                case LATE -> "error";
                case ON_TIME -> "success";
                case WARNING -> "contrast";
                default -> "normal";
            });
            badge.addClassName("visit-badge");
            titleLine.add(badge);
        }
        Div body = new Div(titleLine);
        body.addClassName("visit-body");
        if (e.detail() != null) {
            Span detail = new Span(text(e.detail()));
            detail.addClassName("visit-detail");
            body.add(detail);
        }
        if (e.by() != null && !e.by().isBlank()) {
            Span by = new Span(getTranslation("visit.by", e.by()));
            by.addClassName("visit-by");
            body.add(by);
        }
        ListItem item = new ListItem(when, rail, body);
        item.addClassNames("visit-step", "mark-" + e.mark().name(), "kind-" + e.kind().name());
        return item;
    }

    /** The text in the user's language; arguments that are keys themselves are translated first. */
    private String text(VisitText t) {
        Object[] args = t.args().stream().map(a -> a.startsWith(VisitText.KEY)
                ? getTranslation(a.substring(VisitText.KEY.length())) : a).toArray();
        return getTranslation(t.key(), args);
    }
}
