package vn.hcc.dashboard.queue.ui;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to the queue figures view (the staffing heat map): a Spring bean that makes a new
 * component for each view opened. The view knows only this interface, so the feature that reads the queue's figures
 * can show them here without the queue depending on it.
 */
public interface QueueFiguresSection {

    /** A new component for one open view; null when the signed-in user may not see this section. */
    Component create();
}
