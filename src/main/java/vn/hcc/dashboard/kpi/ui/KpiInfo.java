package vn.hcc.dashboard.kpi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.hcc.dashboard.kpi.KpiExplanation;

/**
 * The "how is this computed" affordance of a figure: a small info button that opens the figure's definition — a KPI
 * from the one catalogue ({@code kpi.KpiDefinitions}) with the period's own numbers, a chart by what it draws and
 * which KPI definitions its points follow. Shared by the dashboard and the scorecard.
 */
public final class KpiInfo {

    private KpiInfo() {
    }

    /** The info button for {@code explanation}; its id is {@code info-<KPI>}. */
    public static Button button(Component owner, KpiExplanation explanation) {
        return infoButton(owner, "info-" + explanation.kpi().name(), () -> open(owner, explanation));
    }

    /**
     * A chart with its info button in the top corner; the definition is {@code dashboard.chart.def.<chart id>}, its
     * id {@code info-<chart id>}.
     */
    public static Div withInfo(Component owner, Component chart, String title) {
        String id = chart.getId().orElseThrow();
        Button info = infoButton(owner, "info-" + id, () -> {
            Dialog dialog = new Dialog();
            dialog.setId("definition-" + id);
            dialog.setHeaderTitle(owner.getTranslation("kpi.def.title", title));
            dialog.add(section(owner, "kpi.def.formula-label", "formula",
                    owner.getTranslation("dashboard.chart.def." + id)));
            dialog.getFooter().add(new Button(owner.getTranslation("kpi.def.close"), e -> dialog.close()));
            dialog.setMaxWidth("40rem");
            dialog.open();
        });
        Div box = new Div(chart, info);
        box.addClassName("chart-box");
        return box;
    }

    private static Button infoButton(Component owner, String id, Runnable open) {
        Button info = new Button(VaadinIcon.INFO_CIRCLE_O.create(), e -> open.run());
        info.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        info.setId(id);
        info.addClassName("figure-info");
        info.setAriaLabel(owner.getTranslation("kpi.def.info"));
        info.setTooltipText(owner.getTranslation("kpi.def.info"));
        return info;
    }

    public static Dialog open(Component owner, KpiExplanation explanation) {
        Dialog dialog = new Dialog();
        dialog.setId("definition-" + explanation.kpi().name());
        dialog.setHeaderTitle(owner.getTranslation("kpi.def.title",
                owner.getTranslation("kpi." + explanation.kpi().name())));
        String numbers = explanation.numbers(owner::getTranslation);
        dialog.add(section(owner, "kpi.def.formula-label", "formula", owner.getTranslation(explanation.formulaKey())),
                section(owner, "kpi.def.numbers-label", "numbers",
                        numbers == null ? owner.getTranslation("kpi.def.no-numbers") : numbers),
                section(owner, "kpi.def.counts-label", "counts", owner.getTranslation(explanation.countsKey())),
                section(owner, "kpi.def.source-label", "source", owner.getTranslation(explanation.sourceKey())));
        dialog.getFooter().add(new Button(owner.getTranslation("kpi.def.close"), e -> dialog.close()));
        dialog.setMaxWidth("40rem");
        dialog.open();
        return dialog;
    }

    private static Div section(Component owner, String labelKey, String className, String text) {
        Paragraph body = new Paragraph(text);
        body.addClassName("definition-" + className);
        return new Div(new H4(owner.getTranslation(labelKey)), body);
    }
}
