package vn.hcc.dashboard.scorecard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.PeriodPreset;
import vn.hcc.dashboard.base.ui.MenuTitled;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.base.ui.VnDatePicker;
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
    private final Select<PeriodPreset> period = new Select<>();
    private final VnDatePicker from = new VnDatePicker(null);
    private final VnDatePicker to = new VnDatePicker(null);
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
        period.setLabel(getTranslation("dashboard.period"));
        period.setItems(PeriodPreset.values());
        period.setItemLabelGenerator(p -> getTranslation("period.preset." + p.name()));
        period.setId("period");
        from.setLabel(getTranslation("dashboard.from"));
        from.setId("from");
        to.setLabel(getTranslation("dashboard.to"));
        to.setId("to");
        unit.setLabel(getTranslation("dashboard.unit"));
        unit.setItems(units.listAll());
        unit.setItemLabelGenerator(Unit::getName);
        unit.setPlaceholder(getTranslation("target.all-units"));
        unit.setClearButtonVisible(true);
        unit.setId("unit");
        period.setValue(PeriodPreset.THIS_MONTH);
        applyPeriod();
        period.addValueChangeListener(e -> {
            applyPeriod();
            refresh();
        });
        from.addValueChangeListener(e -> refreshIfCustom());
        to.addValueChangeListener(e -> refreshIfCustom());
        unit.addValueChangeListener(e -> refresh());
        Span estimate = new Span(getTranslation("scorecard.estimate"));
        estimate.setId("estimate-note");
        estimate.getElement().getThemeList().add("badge warning");
        total.setId("score-total");
        total.addClassName("score-total");
        add(new ViewHeader(period, from, to, unit), estimate, total, lines.grid(),
                new H3(getTranslation("scorecard.ranking")), ranking.grid(),
                new H3(getTranslation("scorecard.trend")), trend.chart());
        refresh();
    }

    private void applyPeriod() {
        LocalDate today = scorecards.today();
        boolean custom = period.getValue() == PeriodPreset.CUSTOM;
        if (!custom) {
            Period p = period.getValue().period(today);
            from.setValue(p.from());
            to.setValue(p.to());
        }
        from.setReadOnly(!custom);
        to.setReadOnly(!custom);
        from.setMax(today);
        to.setMax(today);
    }

    private void refreshIfCustom() {
        if (period.getValue() == PeriodPreset.CUSTOM) {
            refresh();
        }
    }

    /** A reversed range or one ending after today changes nothing but the message at the field. */
    void refresh() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        String problem = start == null || end == null ? null
                : end.isAfter(scorecards.today()) ? "period.error.after-today"
                : end.isBefore(start) ? "target.error.ends-before-start" : null;
        to.setInvalid(problem != null);
        to.setErrorMessage(problem == null ? null : getTranslation(problem));
        if (start == null || end == null || problem != null) {
            return;
        }
        Period shown = Period.of(start, end);
        Long unitId = unit.getValue() == null ? null : unit.getValue().getId();
        Scorecard card = scorecards.scorecard(shown, unitId);
        total.setText(ScoreTexts.total(this, card));
        lines.show(card);
        ranking.show(scorecards.ranking(shown));
        trend.show(scorecards.monthly(shown, unitId));
    }
}
