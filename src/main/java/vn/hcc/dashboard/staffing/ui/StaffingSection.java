package vn.hcc.dashboard.staffing.ui;

import com.vaadin.flow.component.Component;
import vn.hcc.dashboard.queue.ui.QueueFiguresSection;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.staffing.StaffingService;

/** Adds the staffing heat map to the queue figures view, for those who may read the dashboard's figures. */
@org.springframework.stereotype.Component
class StaffingSection implements QueueFiguresSection {

    private final StaffingService staffing;
    private final CurrentUser currentUser;

    StaffingSection(StaffingService staffing, CurrentUser currentUser) {
        this.staffing = staffing;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        return currentUser.may(Permission.DASHBOARD_VIEW) ? new StaffingPanel(staffing) : null;
    }
}
