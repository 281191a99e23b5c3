package vn.hcc.dashboard.pakn.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.pakn.PaknCategory;
import vn.hcc.dashboard.pakn.PaknService;

/** The working days to answer, per category; directors and administrators change them. */
class DeadlinesDialog extends EditDialog {

    final Map<PaknCategory, TextField> days = new EnumMap<>(PaknCategory.class);

    DeadlinesDialog(PaknService service) {
        super(null, null);
        setHeaderTitle(getTranslation("pakn.deadlines.title"));
        Map<String, TextField> byField = new LinkedHashMap<>();
        service.deadlineDays().forEach((category, n) -> {
            TextField f = new TextField(PaknLabels.category(this, category));
            f.setId("days-" + category.name());
            f.setValue(String.valueOf(n));
            f.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("pakn.field.workingDays")));
            days.put(category, f);
            byField.put("days-" + category.name(), f);
            fields(f);
        });
        add(new Paragraph(getTranslation("pakn.deadlines.note")));
        setSave(() -> FormErrors.attempt(this, byField, () -> {
            Map<PaknCategory, Integer> values = new EnumMap<>(PaknCategory.class);
            days.forEach((c, f) -> values.put(c, (int) Math.min(Integer.MAX_VALUE,
                    Validate.wholeNumber("days-" + c.name(), f.getValue()))));
            service.setDeadlineDays(values);
            FormErrors.success(getTranslation("action.saved"));
        }));
    }
}
