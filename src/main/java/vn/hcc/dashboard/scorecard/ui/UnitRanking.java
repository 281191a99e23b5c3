package vn.hcc.dashboard.scorecard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.stream.IntStream;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.scorecard.UnitScore;

/** The units ranked by the share of their computable points earned. */
final class UnitRanking {

    record Ranked(int rank, UnitScore unit) {
    }

    private final Grid<Ranked> grid = new Grid<>();

    UnitRanking(Component owner) {
        grid.setId("ranking");
        grid.addColumn(r -> VnFormat.number(r.rank())).setKey("rank").setHeader(owner.getTranslation("scorecard.col.rank"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.unit().name()).setKey("unit").setHeader(owner.getTranslation("dossier.unit"))
                .setFlexGrow(2);
        grid.addColumn(r -> VnFormat.decimal(r.unit().scorecard().total().doubleValue(), 2) + " / "
                + ScoreTexts.points(r.unit().scorecard().computable())).setKey("points")
                .setHeader(owner.getTranslation("scorecard.col.total")).setAutoWidth(true);
        grid.addColumn(r -> r.unit().scorecard().share() == null ? "–"
                : VnFormat.decimal(r.unit().scorecard().share().doubleValue(), 2) + "%").setKey("share")
                .setHeader(owner.getTranslation("scorecard.col.share")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(owner.getTranslation("scorecard.ranking.empty"));
    }

    Grid<Ranked> grid() {
        return grid;
    }

    void show(List<UnitScore> units) {
        grid.setItems(IntStream.range(0, units.size()).mapToObj(i -> new Ranked(i + 1, units.get(i))).toList());
    }
}
