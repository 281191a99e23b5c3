package vn.hcc.dashboard.pakn.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.pakn.PaknStatus;
import vn.hcc.dashboard.pakn.PetitionStatus;
import vn.hcc.dashboard.pakn.PublicPetitionService;

/**
 * Where a petition stands, by its tracking code ({@code /gop-y/tra-cuu?ma=…}): received, the unit handling it, the
 * deadline and, once published, the answer. Only what the code's own petition says, and never who sent it.
 */
@Route(value = "gop-y/tra-cuu", autoLayout = false)
@AnonymousAllowed
class PetitionTrackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField code = new TextField();
    final Div result = new Div();
    private final PublicPetitionService petitions;

    PetitionTrackView(PublicPetitionService petitions) {
        this.petitions = petitions;
        addClassName("petition-view");
        Span center = new Span(getTranslation("app.name"));
        center.addClassName("pakn-public-center");
        H1 title = new H1(getTranslation("petition.track.title"));
        title.addClassName("pakn-public-title");
        code.setLabel(getTranslation("petition.track.code"));
        code.setId("code");
        code.setPlaceholder("GY-XXXX-XXXX");
        Button look = new Button(getTranslation("petition.track.look"), e -> show(code.getValue()));
        look.setId("look");
        look.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        look.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout search = new HorizontalLayout(code, look);
        search.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        search.setWrap(true);
        result.setId("result");
        result.setWidthFull();
        add(center, title, search, result, new Div(new Anchor("gop-y/gui", getTranslation("petition.send-link")),
                new Span(" · "), new Anchor("gop-y", getTranslation("petition.answers-link"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ma = event.getLocation().getQueryParameters().getParameters().getOrDefault("ma", List.of());
        if (!ma.isEmpty()) {
            code.setValue(ma.getFirst());
            show(ma.getFirst());
        }
    }

    void show(String value) {
        result.removeAll();
        if (value == null || value.isBlank()) {
            return;
        }
        petitions.track(value).ifPresentOrElse(this::render, () -> {
            Paragraph none = new Paragraph(getTranslation("petition.track.unknown", value.trim()));
            none.setId("unknown");
            result.add(none);
        });
    }

    private void render(PetitionStatus s) {
        String deadline = VnFormat.date(s.deadline())
                + (s.late() ? " · " + getTranslation("petition.track.late") : "");
        result.add(new H2(getTranslation("petition.track.heading", s.code())),
                line("received", VnFormat.date(s.receivedOn())),
                line("category", PaknLabels.category(this, s.category())),
                line("unit", s.unitName()),
                line("status", getTranslation("petition.status." + s.status().name())),
                line("deadline", deadline));
        if (s.status() == PaknStatus.PUBLISHED) {
            result.add(line("published", VnFormat.date(s.publishedOn())));
            Paragraph answer = new Paragraph(s.answer());
            answer.setId("answer");
            answer.getStyle().set("white-space", "pre-line");
            result.add(answer);
        }
    }

    private Paragraph line(String key, String value) {
        Paragraph p = new Paragraph(getTranslation("petition.track." + key) + ": " + value);
        p.setId("track-" + key);
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("petition.track.page-title");
    }
}
