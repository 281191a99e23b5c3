package vn.hcc.dashboard.scorecard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.kpi.KpiDefinitions;
import vn.hcc.dashboard.kpi.ui.KpiInfo;
import vn.hcc.dashboard.scorecard.IndicatorRow;
import vn.hcc.dashboard.scorecard.ScoreLine;
import vn.hcc.dashboard.scorecard.Scorecard;

/**
 * The scorecard's lines: group, sub-indicator with its definition, rate, threshold and points; a line without data
 * says why. The administrator gets an edit button per line.
 */
final class ScoreLines {

    private final Component owner;
    private final Grid<ScoreLine> grid = new Grid<>();
    private Scorecard shown;

    ScoreLines(Component owner, Consumer<IndicatorRow> edit) {
        this.owner = owner;
        grid.setId("score-lines");
        grid.addColumn(l -> t("scorecard.group." + l.indicator().group().name())).setKey("group")
                .setHeader(t("scorecard.col.group")).setAutoWidth(true);
        grid.addComponentColumn(this::name).setKey("indicator").setHeader(t("scorecard.col.indicator"))
                .setWidth("16rem").setFlexGrow(3);
        // "no source" wraps here rather than widening the column for every line
        grid.addColumn(this::rate).setKey("rate").setHeader(t("scorecard.col.rate")).setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(l -> "≥ " + VnFormat.decimal(l.indicator().threshold().doubleValue(), 2) + "%")
                .setKey("threshold").setHeader(t("scorecard.col.threshold")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> (l.computed() ? ScoreTexts.points(l.points()) : "–") + " / "
                + ScoreTexts.points(l.indicator().maxPoints())).setKey("points").setHeader(t("scorecard.col.points"))
                .setAutoWidth(true).setFlexGrow(0);
        // the link last: the sub-indicator's name keeps the width it needs to read on one or two lines
        grid.addComponentColumn(this::drillDown).setKey("drill-down").setHeader("").setAutoWidth(true)
                .setFlexGrow(0);
        if (edit != null) {
            grid.addComponentColumn(l -> {
                Button b = new Button(VaadinIcon.EDIT.create(), e -> edit.accept(l.indicator()));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
                b.setId("edit-" + l.indicator().code());
                b.setAriaLabel(t("scorecard.edit"));
                return b;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }

    Grid<ScoreLine> grid() {
        return grid;
    }

    void show(Scorecard card) {
        shown = card;
        grid.setItems(card.lines());
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    private Component name(ScoreLine l) {
        Span name = new Span(t("scorecard.indicator." + l.indicator().code()));
        HorizontalLayout cell = new HorizontalLayout(name);
        cell.setSpacing(false);
        cell.setAlignItems(HorizontalLayout.Alignment.CENTER);
        if (l.value() != null) {
            cell.add(KpiInfo.button(owner, KpiDefinitions.explain(shown.kpis(), l.value().kpi())));
        }
        return cell;
    }

    /** A link to what lost this line its points in the period: dossiers, late petitions or unsatisfied ratings. */
    private Component drillDown(ScoreLine l) {
        if (l.value() == null || l.points() == null || l.points().compareTo(l.indicator().maxPoints()) >= 0) {
            return new Span();
        }
        return ShortfallLink.of(l.value().kpi(), shown.period(), shown.unitId()).<Component>map(s -> {
            Anchor link = new Anchor(s.href(), t(s.labelKey()));
            link.setId("drill-" + l.indicator().code());
            return link;
        }).orElseGet(Span::new);
    }

    /** The rate, or why there is none: no source in this product, or nothing to divide by in the period. */
    private String rate(ScoreLine l) {
        if (l.value() == null) {
            return t("scorecard.no-source");
        }
        return l.value().hasData() ? l.value().formattedRate() : t("dashboard.no-data");
    }
}
