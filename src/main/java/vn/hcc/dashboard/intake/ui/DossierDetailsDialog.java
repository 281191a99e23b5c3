package vn.hcc.dashboard.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.ConfirmAction;
import vn.hcc.dashboard.base.ui.ByteDownloads;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.intake.ApologyLetterDocument;
import vn.hcc.dashboard.intake.ApologyLetterService;
import vn.hcc.dashboard.intake.Dossier;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierRow;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;

/**
 * One dossier: its facts, the fields reception may correct, the next status with its day, and for a late dossier
 * the apology letter with the new return date. Each action saves against the version the user opened. Read-only
 * (leadership) shows the same facts and values without any action.
 */
class DossierDetailsDialog extends Dialog {

    final TextField fee = new TextField();
    final Checkbox paidOnline = new Checkbox();
    final Checkbox digitizedComponents = new Checkbox();
    final Checkbox digitizedResult = new Checkbox();
    final TextField handler = new TextField();
    RecordedSelect componentsStored;
    RecordedSelect resultStored;
    RecordedSelect reusedData;
    final Select<DossierStatus> nextStatus = new Select<>();
    final VnDatePicker statusDay = new VnDatePicker(null);
    final TextArea apologyReason = new TextArea();
    final VnDatePicker newDueOn = new VnDatePicker(null);
    final TextField citizenName = new TextField();
    private final DossierService dossiers;
    private final ApologyLetterService letters;
    private final DossierRow row;
    private final Dossier dossier;
    private final Consumer<Dossier> onSaved;

    DossierDetailsDialog(DossierService dossiers, ApologyLetterService letters, DossierRow row, boolean readOnly,
            Consumer<Dossier> onSaved) {
        this.dossiers = dossiers;
        this.letters = letters;
        this.row = row;
        this.dossier = row.dossier();
        this.onSaved = onSaved;
        DossierData d = dossier.data();
        setHeaderTitle(getTranslation("intake.dossier", d.code()));
        setWidth("min(48rem, 95vw)");
        add(new Paragraph(getTranslation("intake.facts", row.fieldName(), row.unitName(), DossierLabels.channel(this, d.channel()),
                VnFormat.dateTime(d.receivedAt()), VnFormat.date(d.dueOn()), DossierLabels.status(this, d.status()))));
        if (d.status().isFinal()) {
            add(new Paragraph(getTranslation("intake.final", VnFormat.date(d.endedOn()))));
        } else if (readOnly) {
            add(details(d, false));
            if (d.apologySent()) {
                apologySent(d);
            }
        } else {
            add(details(d, true), status(d));
            if (!d.apologySent() && (d.isLate(dossiers.today()) || !d.status().hasResult())) {
                add(apology(d));
            } else if (d.apologySent()) {
                apologySent(d);
            }
        }
        // the visit's timeline (ticket, history, letter, rating) is its own route: linked by address, read-only
        Anchor timeline = new Anchor("visit?dossier=" + URLEncoder.encode(d.code(), StandardCharsets.UTF_8),
                getTranslation("intake.timeline"));
        timeline.setId("timeline");
        Button close = new Button(getTranslation("action.cancel"), e -> close());
        close.setId("close");
        getFooter().add(timeline, close);
    }

    private FormLayout details(DossierData d, boolean editable) {
        fee.setLabel(getTranslation("dossier.fee"));
        fee.setId("fee");
        fee.setValue(d.fee() == 0 ? "" : VnFormat.number(d.fee()));
        paidOnline.setLabel(getTranslation("dossier.paid-online"));
        paidOnline.setValue(d.paidOnline());
        digitizedComponents.setLabel(getTranslation("dossier.digitized-components"));
        digitizedComponents.setValue(d.digitizedComponents());
        digitizedResult.setLabel(getTranslation("dossier.digitized-result"));
        digitizedResult.setValue(d.digitizedResult());
        handler.setLabel(getTranslation("dossier.handler"));
        handler.setId("handler");
        handler.setValue(d.handler() == null ? "" : d.handler());
        componentsStored = new RecordedSelect("dossier.components-stored", "componentsStored", d.componentsStored());
        resultStored = new RecordedSelect("dossier.result-stored", "resultStored", d.resultStored());
        reusedData = new RecordedSelect("dossier.reused-data", "reusedData", d.reusedData());
        Button save = new Button(getTranslation("action.save"), e -> act(Map.of("fee", fee, "handler", handler), () -> {
            long amount = fee.getValue().isBlank() ? 0 : Validate.wholeNumber("fee", fee.getValue());
            return dossiers.update(dossier.getId(), dossier.getVersion(), d.toBuilder().fee(amount)
                    .paidOnline(paidOnline.getValue()).digitizedComponents(digitizedComponents.getValue())
                    .digitizedResult(digitizedResult.getValue())
                    .handler(handler.getValue().isBlank() ? null : handler.getValue().trim())
                    .componentsStored(componentsStored.getValue()).resultStored(resultStored.getValue())
                    .reusedData(reusedData.getValue()).build());
        }));
        save.setId("save-details");
        if (!editable) {
            for (var f : new com.vaadin.flow.component.HasValue<?, ?>[] {fee, handler, paidOnline,
                    digitizedComponents, digitizedResult, componentsStored, resultStored, reusedData}) {
                f.setReadOnly(true);
            }
            return section("intake.section.details", fee, handler, paidOnline, digitizedComponents, digitizedResult,
                    componentsStored, resultStored, reusedData);
        }
        return section("intake.section.details", fee, handler, paidOnline, digitizedComponents, digitizedResult,
                componentsStored, resultStored, reusedData, save);
    }

    private FormLayout status(DossierData d) {
        nextStatus.setLabel(getTranslation("intake.next-status"));
        nextStatus.setId("next-status");
        nextStatus.setItems(Arrays.stream(DossierStatus.values()).filter(s -> s != d.status()).toList());
        nextStatus.setItemLabelGenerator(s -> DossierLabels.status(this, s));
        statusDay.setLabel(getTranslation("intake.status-day"));
        statusDay.setId("status-day");
        statusDay.setValue(dossiers.today());
        Runnable change = () -> act(
                Map.of("status", nextStatus, "resultOn", statusDay, "endedOn", statusDay, "returnedOn", statusDay),
                () -> dossiers.changeStatus(dossier.getId(), dossier.getVersion(),
                        Validate.present("status", nextStatus.getValue()), statusDay.getValue()));
        // withdrawing or refusing ends the dossier for good: it leaves the open figures and cannot be reopened
        Button apply = new Button(getTranslation("intake.change-status"), e -> {
            DossierStatus next = nextStatus.getValue();
            if (next == DossierStatus.WITHDRAWN || next == DossierStatus.REFUSED) {
                ConfirmAction.destructive(getTranslation("confirm.dossier-end.title"),
                        getTranslation("confirm.dossier-end", d.code(), DossierLabels.status(this, next),
                                VnFormat.date(statusDay.getValue())),
                        getTranslation("intake.change-status"), change);
            } else {
                change.run();
            }
        });
        apply.setId("change-status");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return section("intake.section.status", nextStatus, statusDay, apply);
    }

    /**
     * The apology letter: to whom, why and the new return day; issuing it moves the dossier's return day once and
     * reopens the dossier with the letter to download or print.
     */
    private FormLayout apology(DossierData d) {
        citizenName.setLabel(getTranslation("letter.citizen"));
        citizenName.setId("citizen-name");
        citizenName.setMaxLength(200);
        apologyReason.setLabel(getTranslation("dossier.apology-reason"));
        apologyReason.setId("apology-reason");
        apologyReason.setMaxLength(500);
        newDueOn.setLabel(getTranslation("dossier.new-due-on"));
        newDueOn.setId("new-due-on");
        newDueOn.setMin(dossiers.today().plusDays(1));
        Button record = new Button(getTranslation("letter.issue"), e -> {
            Dossier[] saved = new Dossier[1];
            if (FormErrors.attempt(this, Map.of("citizenName", citizenName, "apologyReason", apologyReason,
                    "newDueOn", newDueOn), () -> saved[0] = letters.issue(dossier.getId(), dossier.getVersion(),
                            citizenName.getValue(), apologyReason.getValue(), newDueOn.getValue()))) {
                FormErrors.success(getTranslation("action.saved"));
                onSaved.accept(saved[0]);
                close();
                new DossierDetailsDialog(dossiers, letters, new DossierRow(saved[0], row.fieldName(), row.unitName()),
                        false, onSaved).open();
            }
        });
        record.setId("record-apology");
        FormLayout form = section("intake.section.apology", citizenName, newDueOn, apologyReason, record);
        form.setColspan(apologyReason, 2);
        return form;
    }

    /** The letter as recorded, with its document and print view when it was issued here. */
    private void apologySent(DossierData d) {
        add(new Paragraph(getTranslation("intake.apology-sent", VnFormat.date(d.newDueOn()), d.apologyReason())));
        if (letters.letter(d.code()).isEmpty()) {
            return;
        }
        // the official form is Vietnamese whatever the user's language, and the download runs outside the UI
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        Anchor docx = new Anchor(ByteDownloads.of(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ApologyLetterDocument.write(letters.letter(d.code()).orElseThrow(),
                    (key, args) -> getTranslation(vi, key, args), out);
            return out.toByteArray();
        }, getTranslation(vi, "letter.file", d.code()),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                getTranslation("letter.download"));
        docx.setId("letter-docx");
        Anchor print = new Anchor("intake/apology-letter?code=" + URLEncoder.encode(d.code(), StandardCharsets.UTF_8),
                getTranslation("letter.print"));
        print.setTarget("_blank");
        print.setId("letter-print");
        add(new Div(docx, new Span(" · "), print));
    }

    private FormLayout section(String titleKey, com.vaadin.flow.component.Component... components) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        H4 title = new H4(getTranslation(titleKey));
        form.add(title);
        form.setColspan(title, 2);
        form.add(components);
        return form;
    }

    /** Saves; on success the dialog closes, since the dossier now has a new version that must be reopened. */
    private void act(Map<String, ? extends com.vaadin.flow.component.HasValidation> fields,
            java.util.function.Supplier<Dossier> action) {
        Dossier[] saved = new Dossier[1];
        if (FormErrors.attempt(this, fields, () -> saved[0] = action.get())) {
            FormErrors.success(getTranslation("action.saved"));
            onSaved.accept(saved[0]);
            close();
        }
    }
}
