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
import java.util.Map;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.dashboard.DashboardData;
import vn.hcc.dashboard.queue.QueueFigures;

/**
 * 6. The hall's queue per day of the period: visits as columns on the left axis, the average wait in minutes as a
 * line on the right one. Only days with tickets are shown (a year of empty weekends would crowd the axis). The unit
 * filter does not apply: a ticket belongs to a field and a counter, not to a unit, and the subtitle says so.
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
        conf.setTitle(t("dashboard.chart.queue"));
        conf.setSubTitle(t("dashboard.chart.queue.subtitle"));
        conf.getCredits().setEnabled(false);
        Map<LocalDate, QueueFigures> days = data.queueDays();
        conf.getxAxis().setTitle(t("dashboard.axis.day"));
        conf.getxAxis().setCategories(days.keySet().stream().map(VnFormat::date).toArray(String[]::new));
        YAxis visitsAxis = conf.getyAxis();
        visitsAxis.setTitle(t("dashboard.axis.visits"));
        visitsAxis.setMin(0);
        YAxis waitAxis = new YAxis();
        waitAxis.setTitle(t("dashboard.axis.wait-minutes"));
        waitAxis.setMin(0);
        waitAxis.setOpposite(true);
        conf.addyAxis(waitAxis);

        ListSeries visits = new ListSeries(t("dashboard.series.visits"),
                days.values().stream().map(f -> (Number) f.visits()).toArray(Number[]::new));
        PlotOptionsColumn columns = new PlotOptionsColumn();
        columns.setColor(new SolidColor("#1565c0"));
        SeriesTooltip visitsTip = new SeriesTooltip();
        visitsTip.setPointFormat("{series.name}: <b>{point.y:,.0f}</b><br/>");
        columns.setTooltip(visitsTip);
        visits.setPlotOptions(columns);
        visits.setyAxis(0);

        ListSeries wait = new ListSeries(t("dashboard.series.avg-wait"),
                days.values().stream().map(QueueChart::avgWait).toArray(Number[]::new));
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

    /** Minutes to one decimal, as the tooltip shows them; null (a gap in the line) when nobody was called. */
    private static Number avgWait(QueueFigures f) {
        Double minutes = f.avgWaitMinutes();
        return minutes == null ? null : BigDecimal.valueOf(minutes).setScale(1, RoundingMode.HALF_UP);
    }
}
