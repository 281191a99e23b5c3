package vn.hcc.dashboard.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.Label;
import com.vaadin.flow.component.charts.model.Labels;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.Marker;
import com.vaadin.flow.component.charts.model.MarkerSymbolEnum;
import com.vaadin.flow.component.charts.model.PlotLine;
import com.vaadin.flow.component.charts.model.PlotOptionsBar;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.PlotOptionsScatter;
import com.vaadin.flow.component.charts.model.Stacking;
import com.vaadin.flow.component.charts.model.Tooltip;
import com.vaadin.flow.component.charts.model.YAxis;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.math.BigDecimal;
import java.util.List;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.dashboard.DashboardData;
import vn.hcc.dashboard.dashboard.RankedUnit;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.kpi.KpiSet;
import vn.hcc.dashboard.kpi.KpiState;
import vn.hcc.dashboard.kpi.KpiValue;
import vn.hcc.dashboard.targets.Kpi;
import vn.hcc.dashboard.base.Period;

/**
 * The dashboard's five charts (targets, trend, queue, ranking, PAKN), built from one {@link DashboardData}; every
 * text comes from the translations.
 */
final class DashboardCharts {

    static final SolidColor ACHIEVED = new SolidColor("#2e7d32");
    static final SolidColor CLOSE = new SolidColor("#f9a825");
    static final SolidColor MISSED = new SolidColor("#c62828");
    private static final String PERCENT_POINT = "{series.name}: <b>{point.y:.2f}%</b>";
    /** Whole numbers with the Lang's thousands separator: 2.000, not Highcharts' default "2k". */
    static final String WHOLE_NUMBER = "{value:,.0f}";
    static final SolidColor TARGET_LINE = new SolidColor("#263238");

    private final Component owner;

    DashboardCharts(Component owner) {
        this.owner = owner;
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    private String kpiName(Kpi kpi) {
        return t("kpi." + kpi.name());
    }

    private Chart chart(ChartType type, String id, String title, String xTitle, String yTitle) {
        Chart chart = new Chart(type);
        chart.setId(id);
        chart.setHeight("320px");
        Configuration conf = chart.getConfiguration();
        conf.setTitle(title);
        conf.getxAxis().setTitle(xTitle);
        conf.getyAxis().setTitle(yTitle);
        wholeNumbers(conf.getyAxis());
        conf.getCredits().setEnabled(false);
        return chart;
    }

    /** Labels an axis 0, 500, 2.000 (the view's Lang sets the Vietnamese separators), with whole ticks only. */
    static void wholeNumbers(YAxis axis) {
        Labels labels = new Labels();
        labels.setFormat(WHOLE_NUMBER);
        axis.setLabels(labels);
        axis.setAllowDecimals(false);
    }

    private static Number rate(KpiValue v) {
        BigDecimal r = v.rate();
        return r == null ? null : r;
    }

    /** 1. Every KPI with data: columns for the actual, a marker for the target. */
    Chart targetsAgainstActuals(DashboardData data) {
        Chart chart = chart(ChartType.COLUMN, "chart-targets", t("dashboard.chart.targets"), t("dashboard.axis.kpi"),
                t("dashboard.axis.rate"));
        Configuration conf = chart.getConfiguration();
        List<KpiValue> values = data.current().values().values().stream().filter(KpiValue::hasData).toList();
        // short names: the full ones do not fit under a column
        conf.getxAxis().setCategories(values.stream().map(v -> t("kpi.short." + v.kpi().name()))
                .toArray(String[]::new));
        conf.getyAxis().setMin(0);
        conf.getyAxis().setMax(100);
        DataSeries actual = new DataSeries(t("dashboard.series.actual"));
        DataSeries target = new DataSeries(t("dashboard.series.target"));
        for (KpiValue v : values) {
            DataSeriesItem item = new DataSeriesItem(kpiName(v.kpi()), rate(v));
            item.setColor(color(v.state()));
            actual.add(item);
            target.add(new DataSeriesItem(kpiName(v.kpi()), v.target()));
        }
        PlotOptionsScatter markers = new PlotOptionsScatter();
        Marker marker = new Marker(true);
        marker.setSymbol(MarkerSymbolEnum.DIAMOND);
        marker.setRadius(8);
        markers.setMarker(marker);
        markers.setColor(TARGET_LINE);
        target.setPlotOptions(markers);
        conf.addSeries(actual);
        conf.addSeries(target);
        percentTooltip(conf);
        return chart;
    }

    /** 2. A KPI month by month, the target as a plot line. */
    Chart monthlyTrend(DashboardData data, Kpi kpi) {
        Chart chart = chart(ChartType.LINE, "chart-trend", t("dashboard.chart.trend", kpiName(kpi)),
                t("dashboard.axis.month"), t("dashboard.axis.rate"));
        Configuration conf = chart.getConfiguration();
        conf.getxAxis().setCategories(monthLabels(data));
        ListSeries series = new ListSeries(kpiName(kpi),
                data.months().stream().map(m -> rate(m.get(kpi))).toArray(Number[]::new));
        conf.addSeries(series);
        targetLine(conf, data.current().get(kpi).target());
        percentTooltip(conf);
        return chart;
    }

    /** 3. Units ranked by a KPI, coloured achieved / within 10 points / missed, the all-units target as a line. */
    Chart unitRanking(DashboardData data, Kpi kpi, List<RankedUnit> ranked) {
        Chart chart = chart(ChartType.BAR, "chart-units", t("dashboard.chart.units", kpiName(kpi)),
                t("dashboard.axis.unit"), t("dashboard.axis.rate"));
        Configuration conf = chart.getConfiguration();
        chart.setHeight(Math.max(320, 60 + 28 * ranked.size()) + "px");
        conf.getxAxis().setCategories(ranked.stream().map(RankedUnit::name).toArray(String[]::new));
        DataSeries series = new DataSeries(kpiName(kpi));
        for (RankedUnit u : ranked) {
            KpiValue v = u.value();
            DataSeriesItem item = new DataSeriesItem(u.name(), rate(v));
            item.setColor(color(v.state()));
            series.add(item);
        }
        // each unit's rate at the end of its bar, cut to two decimals as everywhere: 96,96%
        PlotOptionsBar bars = new PlotOptionsBar();
        DataLabels values = new DataLabels(true);
        values.setFormat("{point.y:,.2f}%");
        bars.setDataLabels(values);
        series.setPlotOptions(bars);
        conf.addSeries(series);
        conf.getyAxis().setMax(100);
        BigDecimal target = data.current().get(kpi).target();
        if (target != null) {
            // the line's label would stand rotated across the bars; the legend names the line instead
            conf.getyAxis().addPlotLine(targetPlotLine(target));
            ListSeries legendEntry = new ListSeries(targetText(target));
            PlotOptionsLine line = new PlotOptionsLine();
            line.setColor(TARGET_LINE);
            line.setEnableMouseTracking(false);
            legendEntry.setPlotOptions(line);
            conf.addSeries(legendEntry);
        }
        percentTooltip(conf);
        return chart;
    }

    /** 4. Dossiers received in the period by channel. */
    Chart byChannel(DashboardData data) {
        Chart chart = chart(ChartType.PIE, "chart-channels", t("dashboard.chart.channels"), null, null);
        Configuration conf = chart.getConfiguration();
        DataSeries series = new DataSeries(t("dashboard.series.received"));
        for (Channel c : Channel.values()) {
            series.add(new DataSeriesItem(t("dossier.channel." + c.name()), data.receivedByChannel().get(c)));
        }
        conf.addSeries(series);
        Tooltip tooltip = new Tooltip();
        tooltip.setPointFormat("{series.name}: <b>{point.y:,.0f}</b> ({point.percentage:.2f}%)");
        conf.setTooltip(tooltip);
        return chart;
    }

    /** 5. Resolved dossiers per month, stacked early / on time / late. */
    Chart resolvedPerMonth(DashboardData data) {
        Chart chart = chart(ChartType.COLUMN, "chart-resolved", t("dashboard.chart.resolved"),
                t("dashboard.axis.month"), t("dashboard.axis.dossiers"));
        Configuration conf = chart.getConfiguration();
        conf.getxAxis().setCategories(monthLabels(data));
        conf.addSeries(coloured(new ListSeries(t("dashboard.series.early"),
                data.months().stream().map(m -> (Number) m.figures().resolvedEarly()).toArray(Number[]::new)),
                ACHIEVED));
        conf.addSeries(coloured(new ListSeries(t("dashboard.series.on-time"),
                data.months().stream().map(m -> (Number) m.figures().resolvedOnTime()).toArray(Number[]::new)),
                new SolidColor("#1565c0")));
        conf.addSeries(coloured(new ListSeries(t("dashboard.series.late"),
                data.months().stream().map(m -> (Number) m.figures().resolvedLate()).toArray(Number[]::new)),
                MISSED));
        PlotOptionsColumn stacked = new PlotOptionsColumn();
        stacked.setStacking(Stacking.NORMAL);
        conf.setPlotOptions(stacked);
        Tooltip tooltip = new Tooltip();
        tooltip.setPointFormat("{series.name}: <b>{point.y:,.0f}</b>");
        conf.setTooltip(tooltip);
        return chart;
    }

    private static ListSeries coloured(ListSeries series, SolidColor color) {
        PlotOptionsColumn options = new PlotOptionsColumn();
        options.setColor(color);
        series.setPlotOptions(options);
        return series;
    }

    private void targetLine(Configuration conf, BigDecimal target) {
        if (target == null) {
            return;
        }
        PlotLine line = targetPlotLine(target);
        line.setLabel(new Label(targetText(target)));
        conf.getyAxis().addPlotLine(line);
    }

    private static PlotLine targetPlotLine(BigDecimal target) {
        PlotLine line = new PlotLine(target, 2, TARGET_LINE);
        line.setZIndex(5);
        return line;
    }

    /** "Chỉ tiêu 98,00%". */
    String targetText(BigDecimal target) {
        return t("dashboard.target-line", VnFormat.percent(target.movePointRight(2).longValue(), 10_000));
    }

    private static void percentTooltip(Configuration conf) {
        Tooltip tooltip = new Tooltip();
        tooltip.setPointFormat(PERCENT_POINT);
        conf.setTooltip(tooltip);
    }

    static SolidColor color(KpiState state) {
        return switch (state) {
            case ACHIEVED -> ACHIEVED;
            case CLOSE -> CLOSE;
            case MISSED -> MISSED;
            default -> new SolidColor("#546e7a");
        };
    }

    /** "T7/2025" for each month of the trend, the x axis of the monthly charts. */
    private String[] monthLabels(DashboardData data) {
        return data.months().stream().map(KpiSet::period).map(Period::from)
                .map(d -> t("dashboard.month", d.getMonthValue(), String.valueOf(d.getYear()))).toArray(String[]::new);
    }
}
