package vn.hcc.dashboard.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.Holiday;
import vn.hcc.dashboard.catalog.HolidayKind;
import vn.hcc.dashboard.catalog.HolidayService;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.base.ui.MenuTitled;
import vn.hcc.dashboard.base.Period;

/** The start page every signed-in user lands on: today, the coming days off, the size of the catalogue. */
@Route("")
@Menu(title = "nav.overview.home", order = 0, icon = "HOME")
@PermitAll
class HomeView extends VerticalLayout implements MenuTitled {

    HomeView(CurrentUser currentUser, HolidayService holidays, ProcedureService procedures, Clock clock) {
        addClassName("home-view");
        LocalDate today = LocalDate.now(clock);
        add(new H2(getTranslation("home.greeting", currentUser.username().orElse(""))));
        String weekday = today.getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale());
        Paragraph date = new Paragraph(getTranslation("home.today", weekday, VnFormat.date(today)));
        date.setId("today");
        add(date);

        Div procedureCard = card(getTranslation("home.procedures"), VnFormat.number(procedures.count()));
        procedureCard.setId("procedure-count");
        add(procedureCard);

        List<Holiday> coming = holidays.between(Period.of(today, today.plusDays(120))).stream()
                .filter(h -> h.getKind() == HolidayKind.DAY_OFF).limit(5).toList();
        add(new H3(getTranslation("home.coming-days-off")));
        if (coming.isEmpty()) {
            add(new Paragraph(getTranslation("home.no-days-off")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("coming-days-off");
            coming.forEach(h -> list.add(new ListItem(VnFormat.date(h.getDay()) + " – " + h.getName())));
            add(list);
        }
    }

    private static Div card(String label, String value) {
        Span v = new Span(value);
        v.addClassName("card-value");
        Span l = new Span(label);
        l.addClassName("card-label");
        Div card = new Div(v, l);
        card.addClassName("figure-card");
        return card;
    }
}
