package vn.hcc.dashboard.scorecard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.Map;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.scorecard.IndicatorDraft;
import vn.hcc.dashboard.scorecard.IndicatorRow;
import vn.hcc.dashboard.scorecard.ScorecardService;

/** The administrator's dialog for a sub-indicator's points and threshold; a refused value is shown at its field. */
final class IndicatorEditor {

    private IndicatorEditor() {
    }

    static Dialog open(Component owner, ScorecardService scorecards, IndicatorRow row, Runnable saved) {
        Dialog dialog = new Dialog();
        dialog.setId("indicator-editor");
        dialog.setHeaderTitle(owner.getTranslation("scorecard.indicator." + row.code()));
        BigDecimalField points = new BigDecimalField(owner.getTranslation("scorecard.col.max-points"));
        points.setId("max-points");
        points.setValue(row.maxPoints());
        BigDecimalField threshold = new BigDecimalField(owner.getTranslation("scorecard.col.threshold-percent"));
        threshold.setId("threshold");
        threshold.setValue(row.threshold());
        Button save = new Button(owner.getTranslation("action.save"), e -> {
            if (FormErrors.attempt(owner, Map.of("maxPoints", points, "threshold", threshold), () -> scorecards
                    .update(new IndicatorDraft(row.id(), row.version(), points.getValue(), threshold.getValue())))) {
                FormErrors.success(owner.getTranslation("action.saved"));
                dialog.close();
                saved.run();
            }
        });
        save.setId("save-indicator");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(points, threshold));
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}
