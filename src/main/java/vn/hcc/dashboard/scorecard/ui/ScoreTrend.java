package vn.hcc.dashboard.scorecard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.ListSeries;
import java.util.List;
import vn.hcc.dashboard.scorecard.Scorecard;

/** The estimated points month by month, against the points that could be computed each month. */
final class ScoreTrend {

    private final Component owner;
    private final Chart chart = new Chart(ChartType.LINE);

    ScoreTrend(Component owner) {
        this.owner = owner;
        chart.setId("chart-score-trend");
        chart.setHeight("320px");
    }

    Chart chart() {
        return chart;
    }

    void show(List<Scorecard> months) {
        Configuration conf = new Configuration();
        conf.getChart().setType(ChartType.LINE);
        conf.setTitle(owner.getTranslation("scorecard.trend.title"));
        conf.setSubTitle(owner.getTranslation("scorecard.estimate"));
        conf.getCredits().setEnabled(false);
        conf.getxAxis().setCategories(months.stream()
                .map(m -> String.format("%02d/%d", m.period().from().getMonthValue(), m.period().from().getYear()))
                .toArray(String[]::new));
        conf.getyAxis().setTitle(owner.getTranslation("scorecard.axis.points"));
        conf.getyAxis().setMin(0);
        conf.addSeries(new ListSeries(owner.getTranslation("scorecard.series.total"),
                months.stream().map(m -> (Number) m.total()).toArray(Number[]::new)));
        conf.addSeries(new ListSeries(owner.getTranslation("scorecard.series.computable"),
                months.stream().map(m -> (Number) m.computable()).toArray(Number[]::new)));
        chart.setConfiguration(conf);
        chart.drawChart(true);
    }
}
