package vn.hcc.dashboard.pakn.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import vn.hcc.dashboard.base.QrCodes;
import vn.hcc.dashboard.base.ui.ByteDownloads;
import vn.hcc.dashboard.base.ui.PublicLinks;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.pakn.PaknCategory;
import vn.hcc.dashboard.pakn.PetitionLimits;
import vn.hcc.dashboard.pakn.PublicPetition;
import vn.hcc.dashboard.pakn.PublicPetitionService;

/**
 * A citizen sends a petition ({@code /gop-y/gui}), no account needed: what it is about, where, what happened, up to
 * three photos, and a name with a phone number or e-mail address that stay private. Refusals show at the field;
 * the sender then gets a tracking code with a QR code of its tracking link.
 */
@Route(value = "gop-y/gui", autoLayout = false)
@AnonymousAllowed
class PetitionFormView extends VerticalLayout implements HasDynamicTitle {

    final Select<PaknCategory> category = new Select<>();
    final ComboBox<Long> unit = new ComboBox<>();
    final TextArea content = new TextArea();
    final PhotoField photos;
    final TextField citizenName = new TextField();
    final TextField contact = new TextField();
    final TextField website = new TextField();
    final Checkbox consent = new Checkbox();
    final Button submit = new Button();
    private final PublicPetitionService petitions;

    PetitionFormView(PublicPetitionService petitions, UnitService units) {
        this.petitions = petitions;
        addClassName("petition-view");
        Span center = new Span(getTranslation("app.name"));
        center.addClassName("pakn-public-center");
        H1 title = new H1(getTranslation("petition.title"));
        title.addClassName("pakn-public-title");
        Paragraph intro = new Paragraph(getTranslation("petition.intro"));

        category.setLabel(getTranslation("petition.field.category"));
        category.setId("category");
        category.setItems(PaknCategory.values());
        category.setItemLabelGenerator(c -> PaknLabels.category(this, c));
        category.setPlaceholder(getTranslation("petition.choose"));
        Map<Long, String> localities = units.publicNamesById();
        unit.setLabel(getTranslation("petition.field.unit"));
        unit.setId("unit");
        unit.setItems(localities.keySet());
        unit.setItemLabelGenerator(id -> localities.getOrDefault(id, ""));
        unit.setPlaceholder(getTranslation("petition.choose"));
        content.setLabel(getTranslation("petition.field.content"));
        content.setId("content");
        content.setMaxLength(4000);
        content.setMinHeight("9em");
        content.setHelperText(getTranslation("petition.field.content-help"));
        PetitionLimits limits = petitions.limits();
        photos = new PhotoField(limits.maxPhotos(), limits.maxPhotoBytes());
        citizenName.setLabel(getTranslation("petition.field.name"));
        citizenName.setId("citizenName");
        citizenName.setMaxLength(200);
        contact.setLabel(getTranslation("petition.field.contact"));
        contact.setId("contact");
        contact.setMaxLength(200);
        contact.setHelperText(getTranslation("petition.field.contact-help"));
        // the trap: out of sight and out of the tab order for people, a plain field for robots
        website.setLabel("Website");
        website.setId("website");
        website.addClassName("petition-trap");
        website.getElement().setAttribute("tabindex", "-1");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("autocomplete", "off");
        consent.setLabel(getTranslation("petition.field.consent"));
        consent.setId("consent");
        submit.setText(getTranslation("petition.submit"));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> send());
        Div form = new Div(category, unit, content, photos, citizenName, contact, website, consent, submit);
        form.addClassName("petition-form");
        Anchor track = new Anchor("gop-y/tra-cuu", getTranslation("petition.track-link"));
        Anchor answers = new Anchor("gop-y", getTranslation("petition.answers-link"));
        add(center, title, intro, form, new Div(track, new Span(" · "), answers));
    }

    private void send() {
        // the trap field is not among them: its refusal shows as a notice, since nobody can see the field
        Map<String, HasValidation> fields = Map.of("category", category, "unit", unit, "content", content,
                "photos", photos, "citizenName", citizenName, "contact", contact, "consent", consentField());
        String address = VaadinRequest.getCurrent() == null ? "" : VaadinRequest.getCurrent().getRemoteAddr();
        String[] code = {null};
        if (FormErrors.attempt(this, fields, () -> code[0] = petitions.submit(new PublicPetition(
                category.getValue(), unit.getValue(), content.getValue(), citizenName.getValue(),
                contact.getValue(), consent.getValue(), website.getValue(), photos.photos()), address))) {
            receipt(code[0]);
        }
    }

    /** The consent box shows a refusal under it like the other fields. */
    private HasValidation consentField() {
        return new HasValidation() {
            @Override
            public void setErrorMessage(String errorMessage) {
                consent.setHelperText(errorMessage);
            }

            @Override
            public String getErrorMessage() {
                return consent.getHelperText();
            }

            @Override
            public void setInvalid(boolean invalid) {
                consent.getElement().setProperty("invalid", invalid);
                if (!invalid) {
                    consent.setHelperText(null);
                }
            }

            @Override
            public boolean isInvalid() {
                return consent.getElement().getProperty("invalid", false);
            }
        };
    }

    private void receipt(String code) {
        removeAll();
        String link = trackingLink(code);
        byte[] png = QrCodes.png(link, 220);
        Image qr = new Image(ByteDownloads.of(() -> png, "ma-tra-cuu-" + code + ".png", "image/png"),
                getTranslation("petition.qr-alt", code));
        qr.setId("tracking-qr");
        qr.addClassName("petition-qr");
        Span codeText = new Span(code);
        codeText.setId("tracking-code");
        codeText.addClassName("petition-code");
        Anchor open = new Anchor(link, getTranslation("petition.receipt.track"));
        open.setId("tracking-link");
        add(new Span(getTranslation("app.name")), new H2(getTranslation("petition.receipt.title")),
                new Paragraph(getTranslation("petition.receipt.text")), codeText, qr,
                new Paragraph(getTranslation("petition.receipt.keep")), open);
    }

    /** The absolute tracking link, as the QR code carries it to a phone. */
    static String trackingLink(String code) {
        return PublicLinks.absolute("gop-y/tra-cuu?ma=" + code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("petition.page-title");
    }
}
