package vn.hcc.dashboard.staffing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.ColorAxis;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.HeatSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsHeatmap;
import com.vaadin.flow.component.charts.model.SeriesTooltip;
import com.vaadin.flow.component.charts.model.Stop;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.staffing.DayStaffing;
import vn.hcc.dashboard.staffing.FieldStaffing;
import vn.hcc.dashboard.staffing.SlotStaffing;

/**
 * Weekday × 30-minute slot of one field, coloured by counters needed minus counters on duty: red where the schedule
 * staffs too few, white where it matches, green where it staffs more; closed days and slots without an estimate stay
 * empty. The colour scale is clipped at ±{@value #CLIP} so that one extreme slot does not wash out the rest.
 */
final class StaffingHeatMap {

    static final int CLIP = 3;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private StaffingHeatMap() {
    }

    static Chart build(Component owner, FieldStaffing field) {
        Chart chart = new Chart(ChartType.HEATMAP);
        chart.setId("staffing-heatmap");
        chart.setHeight("360px");
        Configuration conf = chart.getConfiguration();
        conf.setTitle(owner.getTranslation("staffing.heatmap.title", field.fieldName()));
        conf.setSubTitle(owner.getTranslation("staffing.heatmap.subtitle"));
        conf.getCredits().setEnabled(false);
        List<DayStaffing> days = field.days();
        List<SlotStaffing> first = days.isEmpty() ? List.of() : days.get(0).slots();
        conf.getxAxis().setCategories(first.stream().map(s -> s.start().format(HH_MM)).toArray(String[]::new));
        conf.getxAxis().setTitle(owner.getTranslation("staffing.slot"));
        conf.getyAxis().setCategories(days.stream().map(d -> label(owner, d)).toArray(String[]::new));
        conf.getyAxis().setTitle("");
        conf.getyAxis().setReversed(true);
        ColorAxis colors = new ColorAxis();
        colors.setMin(-CLIP);
        colors.setMax(CLIP);
        colors.setStops(new Stop(0f, new SolidColor("#2e7d32")), new Stop(0.5f, new SolidColor("#ffffff")),
                new Stop(1f, new SolidColor("#c62828")));
        conf.addColorAxis(colors);
        HeatSeries series = new HeatSeries(owner.getTranslation("staffing.heatmap.series"));
        for (int y = 0; y < days.size(); y++) {
            DayStaffing d = days.get(y);
            if (!d.day().open()) {
                continue;
            }
            for (int x = 0; x < d.slots().size(); x++) {
                Integer gap = d.slots().get(x).gap();
                if (gap != null) {
                    series.addHeatPoint(x, y, gap);
                }
            }
        }
        PlotOptionsHeatmap options = new PlotOptionsHeatmap();
        options.setBorderWidth(1);
        options.setBorderColor(new SolidColor("#e0e0e0"));
        DataLabels labels = new DataLabels(true);
        labels.setFormat("{point.value}");
        options.setDataLabels(labels);
        SeriesTooltip tip = new SeriesTooltip();
        tip.setPointFormat(owner.getTranslation("staffing.heatmap.tooltip"));
        options.setTooltip(tip);
        series.setPlotOptions(options);
        conf.addSeries(series);
        return chart;
    }

    /** "Thứ Hai 07/12", and "(nghỉ)" for a closed day. */
    static String label(Component owner, DayStaffing d) {
        String label = VnDatePicker.weekday(owner, d.day().date().getDayOfWeek()) + " "
                + d.day().date().format(DAY_MONTH);
        return d.day().open() ? label : label + " " + owner.getTranslation("staffing.closed");
    }
}
