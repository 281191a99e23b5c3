package vn.hcc.dashboard.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.SeriesTooltip;
import com.vaadin.flow.component.charts.model.Tooltip;
import com.vaadin.flow.component.charts.model.YAxis;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.function.Function;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.dashboard.DashboardData;
import vn.hcc.dashboard.dashboard.DashboardService;
import vn.hcc.dashboard.queue.QueueFigures;
import vn.hcc.dashboard.queue.QueueFiguresService.GroupBy;

/**
 * 6. The hall's queue per day, ISO week or month of the period ({@link DashboardService#queueGrouping}: a year of
 * daily columns cannot be read): visits as columns on the left axis, the average wait in minutes as a line on the
 * right one, a week's or month's wait being its total over its called tickets as the queue figures count it. Only
 * days, weeks or months with tickets are shown. The unit filter does not apply: a ticket belongs to a field and a
 * counter, not to a unit, and the subtitle says so.
 */
final class QueueChart {

    private final Component owner;

    QueueChart(Component owner) {
        this.owner = owner;
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    Chart build(DashboardData data) {
        Chart chart = new Chart(ChartType.COLUMN);
        chart.setId("chart-queue");
        chart.setHeight("320px");
        Configuration conf = chart.getConfiguration();
        GroupBy grouping = DashboardService.queueGrouping(data.period());
        conf.setTitle(t(grouping == GroupBy.DAY ? "dashboard.chart.queue" : "dashboard.chart.queue." + grouping));
        conf.setSubTitle(t("dashboard.chart.queue.subtitle"));
        conf.getCredits().setEnabled(false);
        Map<LocalDate, QueueFigures> rows = data.queueDays();
        conf.getxAxis().setTitle(t(switch (grouping) {
            case WEEK -> "dashboard.axis.week";
            case MONTH -> "dashboard.axis.month";
            default -> "dashboard.axis.day";
        }));
        conf.getxAxis().setCategories(rows.keySet().stream().map(label(grouping, data.current().period())).toArray(String[]::new));
        YAxis visitsAxis = conf.getyAxis();
        visitsAxis.setTitle(t("dashboard.axis.visits"));
        visitsAxis.setMin(0);
        DashboardCharts.wholeNumbers(visitsAxis);
        YAxis waitAxis = new YAxis();
        waitAxis.setTitle(t("dashboard.axis.wait-minutes"));
        waitAxis.setMin(0);
        waitAxis.setOpposite(true);
        DashboardCharts.wholeNumbers(waitAxis);
        conf.addyAxis(waitAxis);

        ListSeries visits = new ListSeries(t("dashboard.series.visits"),
                rows.values().stream().map(f -> (Number) f.visits()).toArray(Number[]::new));
        PlotOptionsColumn columns = new PlotOptionsColumn();
        columns.setColor(new SolidColor("#1565c0"));
        SeriesTooltip visitsTip = new SeriesTooltip();
        visitsTip.setPointFormat("{series.name}: <b>{point.y:,.0f}</b><br/>");
        columns.setTooltip(visitsTip);
        visits.setPlotOptions(columns);
        visits.setyAxis(0);

        ListSeries wait = new ListSeries(t("dashboard.series.avg-wait"),
                rows.values().stream().map(QueueChart::avgWait).toArray(Number[]::new));
        PlotOptionsLine line = new PlotOptionsLine();
        line.setColor(new SolidColor("#ef6c00"));
        SeriesTooltip waitTip = new SeriesTooltip();
        waitTip.setPointFormat("{series.name}: <b>{point.y:,.1f}</b> " + t("dashboard.minutes") + "<br/>");
        line.setTooltip(waitTip);
        wait.setPlotOptions(line);
        wait.setyAxis(1);

        conf.addSeries(visits);
        conf.addSeries(wait);
        Tooltip tooltip = new Tooltip();
        tooltip.setShared(true);
        conf.setTooltip(tooltip);
        return chart;
    }

    /**
     * A day as 04/03/2024, a week as "Tuần 10" (with its week-based year when the period spans two), a month as
     * "T3/2024".
     */
    private Function<LocalDate, String> label(GroupBy grouping, Period shown) {
        return switch (grouping) {
            case WEEK -> {
                boolean years = shown.from().get(IsoFields.WEEK_BASED_YEAR)
                        != shown.to().get(IsoFields.WEEK_BASED_YEAR);
                yield monday -> years
                        ? t("dashboard.week-of-year", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                                String.valueOf(monday.get(IsoFields.WEEK_BASED_YEAR)))
                        : t("dashboard.week", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case MONTH -> first -> t("dashboard.month", first.getMonthValue(), String.valueOf(first.getYear()));
            default -> VnFormat::date;
        };
    }

    /** Minutes to one decimal, as the tooltip shows them; null (a gap in the line) when nobody was called. */
    private static Number avgWait(QueueFigures f) {
        Double minutes = f.avgWaitMinutes();
        return minutes == null ? null : BigDecimal.valueOf(minutes).setScale(1, RoundingMode.HALF_UP);
    }
}
