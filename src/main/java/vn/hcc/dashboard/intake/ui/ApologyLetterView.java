package vn.hcc.dashboard.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import vn.hcc.dashboard.intake.ApologyLetterData;
import vn.hcc.dashboard.intake.ApologyLetterDocument;
import vn.hcc.dashboard.intake.ApologyLetterService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The print view of a dossier's apology letter ({@code /intake/apology-letter?code=…}): the page is the letter, in
 * the form's layout, with one button that prints it (the button itself is not printed).
 */
@Route(value = "intake/apology-letter", autoLayout = false)
@PermitAll
@Requires(Permission.DOSSIER_VIEW)
class ApologyLetterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ApologyLetterService letters;

    ApologyLetterView(ApologyLetterService letters) {
        this.letters = letters;
        addClassName("letter-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getLocation().getQueryParameters().getSingleParameter("code").orElse("");
        letters.letter(code).ifPresentOrElse(this::render, () -> {
            Paragraph none = new Paragraph(getTranslation("letter.none", code));
            none.setId("letter-none");
            add(none);
        });
    }

    private void render(ApologyLetterData d) {
        Button print = new Button(getTranslation("letter.print-button"),
                e -> getElement().executeJs("window.print()"));
        print.setId("print");
        print.addClassName("letter-no-print");
        Div left = new Div(new Span(d.centerName().toUpperCase(Locale.forLanguageTag("vi"))));
        left.addClassName("letter-issuer");
        Div right = new Div(new Span(getTranslation("letter.nation")), new Span(getTranslation("letter.motto")));
        right.addClassName("letter-nation");
        Div heading = new Div(left, right);
        heading.addClassName("letter-heading");
        Paragraph date = new Paragraph(ApologyLetterDocument.placeAndDate(d, this::getTranslation));
        date.addClassName("letter-date");
        H2 title = new H2(getTranslation("letter.title"));
        title.addClassName("letter-title");
        Paragraph to = new Paragraph(getTranslation("letter.to", d.citizenName()));
        to.addClassName("letter-to");
        Div body = new Div();
        body.setId("letter-body");
        ApologyLetterDocument.paragraphs(d, this::getTranslation).forEach(text -> body.add(new Paragraph(text)));
        Div signature = new Div(new Span(getTranslation("letter.signer")), new Span(getTranslation("letter.signature")));
        signature.addClassName("letter-signature");
        Paragraph issued = new Paragraph(getTranslation("letter.issued", d.issuedBy(),
                vn.hcc.dashboard.base.VnFormat.dateTime(d.issuedAt())));
        issued.addClassName("letter-issued");
        add(print, heading, date, title, to, body, signature, issued);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("letter.page-title");
    }
}
