package vn.hcc.dashboard.reports.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import vn.hcc.dashboard.reports.ReportChoice;
import vn.hcc.dashboard.reports.ReportDefinition;
import vn.hcc.dashboard.reports.ReportTexts;

/**
 * The picker of a report's own choice (the dossier list's status…): the report supplies the translated caption and
 * options, the picker hands back the chosen option's value. Its id is {@code report-<key>} of the report's choice.
 */
final class ChoicePicker extends Select<ReportChoice.Option> {

    private List<ReportChoice.Option> options = List.of();
    private boolean filling;

    ChoicePicker() {
        setId("report-choice");
        setEmptySelectionAllowed(true);
    }

    /** Calls {@code changed} when the user picks, not when {@link #show} refills the options. */
    void onChange(Runnable changed) {
        addValueChangeListener(e -> {
            if (!filling) {
                changed.run();
            }
        });
    }

    /**
     * Shows the report's choice with the options it supplies, or hides the picker when it has none. The option
     * chosen stays chosen while the report offers it (switching reports and back keeps the status picked).
     */
    void show(ReportDefinition report, ReportTexts texts) {
        ReportChoice c = report == null || !report.pickers().contains(ReportDefinition.Picker.CHOICE) ? null
                : report.choice(texts).orElse(null);
        setVisible(c != null);
        if (c == null) {
            return;
        }
        if (!c.options().equals(options)) {
            ReportChoice.Option kept = getValue();
            filling = true;
            options = c.options();
            setItems(options);
            setValue(kept != null && options.contains(kept) ? kept : null);
            filling = false;
        }
        setId("report-" + c.key());
        setLabel(c.label());
        setEmptySelectionCaption(c.noneLabel());
        setItemLabelGenerator(o -> o == null ? c.noneLabel() : o.label());
    }

    /** Chooses the option of {@code value} when the report offers it (a link's choice); nothing otherwise. */
    void choose(String value) {
        options.stream().filter(o -> o.value().equals(value)).findFirst().ifPresent(o -> {
            filling = true;
            setValue(o);
            filling = false;
        });
    }

    /** The chosen option's value, {@code null} when nothing is chosen or the picker is hidden. */
    String chosen() {
        return isVisible() && getValue() != null ? getValue().value() : null;
    }
}
