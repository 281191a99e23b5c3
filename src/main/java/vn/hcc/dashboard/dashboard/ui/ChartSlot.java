package vn.hcc.dashboard.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.util.ChartSerialization;
import com.vaadin.flow.component.html.Div;
import java.util.Objects;
import java.util.function.Supplier;
import vn.hcc.dashboard.kpi.ui.KpiInfo;

/**
 * One place in the dashboard's chart grid. A refresh builds every chart anew; the slot sends to the browser only what
 * changed: a new chart (with its info button) the first time or when its title changed, the same chart redrawn with
 * the new configuration when only its figures or height changed, and nothing when it draws the same. With hundreds of
 * dashboards open, a saved dossier then costs each of them the one or two charts it changed, not all six.
 */
final class ChartSlot {

    private final Component owner;
    private final Div grid;
    private Div box;
    private Chart chart;
    private String title;
    private String drawn;
    private Object drawnFrom;

    ChartSlot(Component owner, Div grid) {
        this.owner = owner;
        this.grid = grid;
    }

    /** Shows the chart {@code build} makes, unless {@code from}, what it draws from, is the same as last time. */
    void show(Object from, Supplier<Chart> build) {
        if (box != null && from.equals(drawnFrom)) {
            return;
        }
        show(build.get());
        drawnFrom = from;
    }

    private void show(Chart next) {
        String nextTitle = next.getConfiguration().getTitle().getText();
        String nextDrawn = ChartSerialization.toJSON(next.getConfiguration()) + next.getHeight();
        if (box == null || !Objects.equals(title, nextTitle)) {
            Div nextBox = KpiInfo.withInfo(owner, next, nextTitle);
            if (box == null) {
                grid.add(nextBox);
            } else {
                grid.replace(box, nextBox);
            }
            box = nextBox;
            chart = next;
        } else if (!nextDrawn.equals(drawn)) {
            chart.setHeight(next.getHeight());
            chart.setConfiguration(next.getConfiguration());
        }
        title = nextTitle;
        drawn = nextDrawn;
    }
}
