package vn.hcc.dashboard.bench;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The first-paint anchor ({@link FirstPaintBench}): a route of the same app with nothing in it but one text, in the
 * main layout like every view, for the dashboard's viewers. On the test classpath only, which Vaadin's route scan of
 * {@code vn.hcc.dashboard} covers in production mode too.
 */
@Route("bench-empty")
@PermitAll
@Requires(Permission.DASHBOARD_VIEW)
class EmptyRoute extends VerticalLayout implements HasDynamicTitle {

    static final String ID = "bench-empty";

    EmptyRoute() {
        Span text = new Span("Trang trống để đo");
        text.setId(ID);
        add(text);
    }

    @Override
    public String getPageTitle() {
        return "Trang trống";
    }
}
