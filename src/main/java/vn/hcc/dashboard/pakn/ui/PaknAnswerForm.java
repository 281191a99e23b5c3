package vn.hcc.dashboard.pakn.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import vn.hcc.dashboard.base.ui.ConfirmAction;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.pakn.Pakn;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.pakn.PaknStatus;

/**
 * The answer of one petition: save a draft (text and linked dossier code) or submit it. Both save against the
 * version the user opened; a refusal shows at the field and keeps what was typed.
 */
class PaknAnswerForm extends FormLayout {

    final TextArea answer = new TextArea();
    final TextField dossierCode = new TextField();

    PaknAnswerForm(PaknService service, Pakn item, Runnable onSaved) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        H4 title = new H4(getTranslation("pakn.section.answer"));
        answer.setLabel(getTranslation("pakn.field.answer"));
        answer.setId("answer");
        answer.setMaxLength(4000);
        answer.setMinHeight("8em");
        answer.setValue(item.getAnswer() == null ? "" : item.getAnswer());
        dossierCode.setLabel(getTranslation("pakn.field.dossierCode"));
        dossierCode.setId("dossier-code");
        dossierCode.setValue(item.getDossierCode() == null ? "" : item.getDossierCode());
        Map<String, HasValidation> fields = Map.of("answer", answer, "dossierCode", dossierCode);
        Button draft = new Button(getTranslation("pakn.save-draft"), e -> {
            if (FormErrors.attempt(this, fields, () -> service.answer(item.getId(), item.getVersion(),
                    answer.getValue(), dossierCode.getValue(), false))) {
                FormErrors.success(getTranslation("action.saved"));
                onSaved.run();
            }
        });
        draft.setId("save-draft");
        Runnable send = () -> {
            if (FormErrors.attempt(this, fields, () -> service.answer(item.getId(), item.getVersion(),
                    answer.getValue(), dossierCode.getValue(), true))) {
                FormErrors.success(getTranslation("pakn.submitted"));
                onSaved.run();
            }
        };
        // nothing to ask when there is nothing to send (the refusal shows at the field) or when it already waits
        // for publication (a director correcting it)
        Button submit = new Button(getTranslation("pakn.submit"), e -> {
            if (answer.getValue().isBlank() || item.getStatus() == PaknStatus.ANSWERED) {
                send.run();
            } else {
                ConfirmAction.fin(getTranslation("confirm.pakn-submit.title"),
                        getTranslation("confirm.pakn-submit"), getTranslation("pakn.submit"), send);
            }
        });
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, answer, dossierCode, draft, submit);
        setColspan(title, 2);
        setColspan(answer, 2);
    }
}
