package vn.hcc.dashboard.scorecard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.ui.MenuTitled;
import vn.hcc.dashboard.base.ui.PeriodFilter;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.scorecard.Scorecard;
import vn.hcc.dashboard.scorecard.ScorecardService;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * "Chỉ số phục vụ (QĐ 766)": the estimated index of a unit (or the whole center) for a period, line by line with
 * each sub-indicator's rate, threshold and points, the total over the points that could be computed, the units
 * ranked and the trend month by month. Everywhere labelled an estimate: the portal's official score may differ.
 */
@Route("scorecard")
@Menu(title = "nav.overview.scorecard", order = 15, icon = "TROPHY")
@PermitAll
@Requires(Permission.SCORECARD_VIEW)
class ScorecardView extends VerticalLayout implements MenuTitled {

    private final ScorecardService scorecards;
    private final PeriodFilter period;
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final Span total = new Span();
    private final ScoreLines lines;
    private final UnitRanking ranking = new UnitRanking(this);
    private final ScoreTrend trend = new ScoreTrend(this);

    ScorecardView(ScorecardService scorecards, UnitService units, CurrentUser user) {
        this.scorecards = scorecards;
        this.lines = new ScoreLines(this, user.may(Permission.SCORECARD_EDIT)
                ? row -> IndicatorEditor.open(this, scorecards, row, this::refresh) : null);
        addClassName("scorecard-view");
        period = new PeriodFilter(this, scorecards::today, this::refresh);
        unit.setLabel(getTranslation("dashboard.unit"));
        unit.setItems(units.listAll());
        unit.setItemLabelGenerator(Unit::getName);
        unit.setPlaceholder(getTranslation("target.all-units"));
        unit.setClearButtonVisible(true);
        unit.setId("unit");
        unit.addValueChangeListener(e -> refresh());
        Span estimate = new Span(getTranslation("scorecard.estimate"));
        estimate.setId("estimate-note");
        estimate.getElement().getThemeList().add("badge warning");
        total.setId("score-total");
        total.addClassName("score-total");
        ViewHeader header = new ViewHeader(period.fields());
        header.add(unit);
        add(header, estimate, total, lines.grid(),
                new H3(getTranslation("scorecard.ranking")), ranking.grid(),
                new H3(getTranslation("scorecard.trend")), trend.chart());
        refresh();
    }

    /** A reversed range or one ending after today changes nothing but the message at the field. */
    void refresh() {
        Optional<Period> chosen = period.period();
        if (chosen.isEmpty()) {
            return;
        }
        Period shown = chosen.get();
        Long unitId = unit.getValue() == null ? null : unit.getValue().getId();
        Scorecard card = scorecards.scorecard(shown, unitId);
        total.setText(ScoreTexts.total(this, card));
        lines.show(card);
        ranking.show(scorecards.ranking(shown));
        trend.show(scorecards.monthly(shown, unitId));
    }
}
