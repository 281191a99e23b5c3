package vn.hcc.dashboard.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * One figure of the wall: a label, the figure in very large type and a line of detail, readable from across the
 * hall. Its tone (ok, warn, alert) colours it, so that a glance tells where to look.
 */
class WallTile extends Div {

    enum Tone {
        NEUTRAL, OK, WARN, ALERT
    }

    private final Span label = new Span();
    private final Span value = new Span();
    private final Div detail = new Div();

    WallTile(String id, String labelText) {
        addClassName("wall-tile");
        label.addClassName("wall-tile-label");
        label.setText(labelText);
        value.addClassName("wall-tile-value");
        value.setId(id);
        detail.addClassName("wall-tile-detail");
        detail.setId(id + "-detail");
        add(label, value, detail);
    }

    WallTile show(String figure, Tone tone) {
        value.setText(figure);
        for (Tone t : Tone.values()) {
            removeClassName("wall-" + t.name().toLowerCase());
        }
        addClassName("wall-" + tone.name().toLowerCase());
        return this;
    }

    void label(String text) {
        label.setText(text);
    }

    /** Detail lines, each on its own line. */
    void detail(String... lines) {
        detail.removeAll();
        for (String line : lines) {
            Div d = new Div();
            d.setText(line);
            detail.add(d);
        }
    }
}
