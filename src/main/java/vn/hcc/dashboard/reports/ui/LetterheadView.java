package vn.hcc.dashboard.reports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.reports.LetterheadDraft;
import vn.hcc.dashboard.reports.LetterheadService;
import vn.hcc.dashboard.reports.ReportHeading;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/**
 * Leadership and the administrator set each unit's letterhead: the issuing body, its governing body, the report
 * number symbol, the place of the date line and the signers' names, and see the heading and signature block as
 * every exported report will print them.
 */
@Route("reports/letterhead")
@Menu(title = "nav.reports.letterhead", order = 410, icon = "PENCIL")
@PermitAll
@Requires(Permission.LETTERHEAD_EDIT)
class LetterheadView extends VerticalLayout implements MenuTitled {

    private static final java.util.Set<String> WITH_HELP = java.util.Set.of("governingBody", "numberSymbol", "place",
            "headTitle");

    private final LetterheadService letterheads;
    private final ComboBox<Unit> unit = new ComboBox<>(getTranslation("letterhead.unit"));
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Span state = new Span();
    private final Div preview = new Div();
    private LetterheadDraft loaded;

    LetterheadView(LetterheadService letterheads, UnitService units) {
        this.letterheads = letterheads;
        unit.setId("letterhead-unit");
        unit.setItemLabelGenerator(Unit::getName);
        unit.setItems(units.listAll().stream().filter(Unit::isActive).toList());
        unit.setWidth("28rem");
        for (String key : new String[] {"governingBody", "issuer", "numberSymbol", "place", "preparerName",
                "headTitle", "headName"}) {
            String label = "letterhead." + key.replaceAll("([A-Z])", "-$1").toLowerCase();
            TextField field = new TextField(getTranslation(label));
            field.setId("letterhead-" + key);
            if (WITH_HELP.contains(key)) {
                field.setHelperText(getTranslation(label + ".help"));
            }
            field.addValueChangeListener(e -> showPreview());
            fields.put(key, field);
        }
        FormLayout form = new FormLayout();
        fields.values().forEach(form::add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setMaxWidth("60rem");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("letterhead-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        state.getStyle().set("color", "var(--lumo-secondary-text-color)");
        preview.setId("letterhead-preview");
        preview.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-m)")
                .set("max-width", "60rem").set("box-sizing", "border-box").set("width", "100%");
        unit.addValueChangeListener(e -> load());
        add(new Paragraph(getTranslation("letterhead.intro")), unit, state, form, save,
                new H3(getTranslation("letterhead.preview")), preview);
        units.center().ifPresent(unit::setValue);
    }

    private void load() {
        if (unit.getValue() == null) {
            return;
        }
        show(letterheads.letterhead(unit.getValue().getId()));
    }

    private void show(LetterheadDraft d) {
        loaded = d;
        fields.get("governingBody").setValue(d.governingBody());
        fields.get("issuer").setValue(d.issuer());
        fields.get("numberSymbol").setValue(d.numberSymbol());
        fields.get("place").setValue(d.place());
        fields.get("preparerName").setValue(d.preparerName());
        fields.get("headTitle").setValue(d.headTitle());
        fields.get("headName").setValue(d.headName());
        state.setText(d.version() == null ? getTranslation("letterhead.not-stored") : "");
        showPreview();
    }

    private LetterheadDraft draft() {
        return new LetterheadDraft(unit.getValue() == null ? null : unit.getValue().getId(),
                loaded == null ? null : loaded.version(), value("governingBody"), value("issuer"),
                value("numberSymbol"), value("place"), value("preparerName"), value("headTitle"), value("headName"));
    }

    private String value(String key) {
        return fields.get(key).getValue();
    }

    private void save() {
        Map<String, TextField> targets = new LinkedHashMap<>(fields);
        LetterheadDraft[] saved = new LetterheadDraft[1];
        if (FormErrors.attempt(this, targets, () -> saved[0] = letterheads.save(draft()))) {
            FormErrors.success(getTranslation("action.saved"));
            show(saved[0]);
        }
    }

    /** The heading as the export prints it, from what is typed now (saved or not). */
    private void showPreview() {
        preview.removeAll();
        if (unit.getValue() == null) {
            return;
        }
        ReportHeading h = letterheads.preview(draft(), this::getTranslation);
        preview.add(pair(h.governingBody(), h.nation(), true), pair(h.issuer(), h.motto(), true),
                pair(h.number(), h.placeAndDate(), false), new Div(new Span("…")),
                pair(h.preparer().title(), h.head().title(), true), pair(h.preparer().note(), h.head().note(), false),
                pair(h.preparer().name(), h.head().name(), true));
    }

    private static HorizontalLayout pair(String left, String right, boolean bold) {
        Span l = new Span(left);
        Span r = new Span(right);
        for (Span s : new Span[] {l, r}) {
            s.getStyle().set("flex", "1").set("text-align", "center").set("white-space", "pre-wrap")
                    .set("font-weight", bold ? "bold" : "normal");
        }
        HorizontalLayout row = new HorizontalLayout(l, r);
        row.setWidthFull();
        row.setSpacing(false);
        return row;
    }
}
