package vn.hcc.dashboard.staff.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.staff.Duty;
import vn.hcc.dashboard.staff.DutyDay;
import vn.hcc.dashboard.staff.DutyService;
import vn.hcc.dashboard.staff.MyWeek;
import vn.hcc.dashboard.base.ui.MenuTitled;

/** Every signed-in user's own week of duty, through the staff record linked to their account. */
@Route("my-schedule")
@Menu(title = "nav.resources.my-schedule", order = 320, icon = "CALENDAR_CLOCK")
@PermitAll
class MyScheduleView extends VerticalLayout implements BeforeEnterObserver, MenuTitled {

    private final DutyService duties;
    private final WeekNavigator navigator;
    private final Span who = new Span();
    private final Grid<DutyDay> grid = new Grid<>();
    private MyWeek mine;

    MyScheduleView(DutyService duties) {
        this.duties = duties;
        setSizeFull();
        navigator = new WeekNavigator(duties.thisMonday(), m -> show());
        who.setId("my-name");
        grid.addColumn(d -> VnDatePicker.weekday(this, d.date().getDayOfWeek()) + " " + VnFormat.date(d.date()))
                .setHeader(getTranslation("duty.day")).setKey("day").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::dutyOf).setHeader(getTranslation("duty.counter")).setKey("counter");
        grid.addColumn(this::note).setHeader(getTranslation("my-schedule.note")).setKey("note");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("my-grid");
        add(navigator, who, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        navigator.show(WeekNavigator.parse(event.getLocation().getQueryParameters().getSingleParameter("week"))
                .orElse(duties.thisMonday()));
    }

    private void show() {
        mine = duties.myWeek(navigator.monday());
        who.setText(mine.staffName().map(n -> getTranslation("my-schedule.of", n))
                .orElse(getTranslation("my-schedule.not-linked")));
        grid.setItems(mine.week().days());
    }

    private String dutyOf(DutyDay d) {
        return mine.week().duties().stream().filter(x -> x.day().equals(d.date())).map(Duty::counterName)
                .collect(Collectors.joining(", "));
    }

    private String note(DutyDay d) {
        return switch (d.kind()) {
            case VOLUNTARY_SATURDAY -> getTranslation("duty.voluntary");
            case DAY_OFF -> getTranslation("duty.day-off", d.holidayName());
            case SUNDAY -> getTranslation("duty.closed");
            case WORKING -> "";
        };
    }
}
