package vn.hcc.dashboard.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.dashboard.WallData;
import vn.hcc.dashboard.dashboard.ui.WallTile.Tone;

/**
 * What the wall shows, on one screen and nothing rotating away: a header with the Center and the time; the queue
 * (citizens waiting and the longest wait, counters open), today's intake against yesterday and the same weekday's
 * average; what is late (dossiers overdue and due within two working days, PAKN overdue); equipment out of order and
 * outages now; and a tile per counter with who serves it and the number it calls.
 */
class WallBoard extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Component owner;
    private final Span clock = new Span();
    private final Span updated = new Span();
    private final WallTile waiting;
    private final WallTile open;
    private final WallTile intake;
    private final WallTile overdue;
    private final WallTile dueSoon;
    private final WallTile pakn;
    private final WallTile equipment;
    private final WallTile outages;
    private final Div counters = new Div();

    WallBoard(Component owner) {
        this.owner = owner;
        addClassName("wall-board");
        Span center = new Span(t("app.name"));
        center.addClassName("wall-center");
        Span title = new Span(t("wall.title"));
        title.addClassName("wall-title");
        clock.setId("wall-clock");
        clock.addClassName("wall-clock");
        Div head = new Div(new Div(center, title), clock);
        head.addClassName("wall-head");
        waiting = new WallTile("wall-waiting", t("wall.waiting"));
        open = new WallTile("wall-open-counters", t("wall.open-counters"));
        intake = new WallTile("wall-intake-today", t("wall.intake-today"));
        overdue = new WallTile("wall-overdue", t("wall.overdue"));
        dueSoon = new WallTile("wall-due-soon", t("wall.due-soon"));
        pakn = new WallTile("wall-pakn-overdue", t("wall.pakn-overdue"));
        equipment = new WallTile("wall-out-of-order", t("wall.out-of-order"));
        outages = new WallTile("wall-outages", t("wall.outages"));
        Div top = new Div(waiting, open, intake);
        top.addClassName("wall-row");
        top.addClassName("wall-row-top");
        Div late = new Div(overdue, dueSoon, pakn, equipment, outages);
        late.addClassName("wall-row");
        late.addClassName("wall-row-late");
        counters.setId("wall-counters");
        counters.addClassName("wall-counters");
        updated.setId("wall-updated");
        updated.addClassName("wall-updated");
        add(head, top, late, counters, updated);
    }

    void show(WallData d, LocalDateTime now) {
        clock.setText(t("calendar.weekday." + now.getDayOfWeek().name()) + ", " + VnFormat.date(now.toLocalDate())
                + " · " + TIME.format(now));
        updated.setText(t("wall.updated", VnFormat.dateTime(d.computedAt())));
        waiting.show(VnFormat.number(d.waiting()), d.waiting() == 0 ? Tone.OK : Tone.NEUTRAL);
        if (d.oldestWaitingSince() == null) {
            waiting.detail(t("wall.nobody-waits"));
        } else {
            long minutes = Math.max(0, Duration.between(d.oldestWaitingSince(), now).toMinutes());
            waiting.detail(t("wall.longest-wait", VnFormat.number(minutes), d.oldestWaitingNumber()));
        }
        long openCount = d.openCounters();
        open.show(t("wall.of", VnFormat.number(openCount), VnFormat.number(d.counters().size())),
                openCount == 0 && d.waiting() > 0 ? Tone.ALERT : Tone.NEUTRAL);
        open.detail(t("wall.open-counters-detail"));
        intake.show(VnFormat.number(d.intakeToday()), Tone.NEUTRAL);
        intake.detail(t("wall.intake-yesterday", VnFormat.number(d.intakeYesterday())),
                d.weekdayAverage() == null ? t("wall.intake-no-average")
                        : t("wall.intake-average", t("calendar.weekday." + d.today().getDayOfWeek().name()),
                                VnFormat.decimal(d.weekdayAverage(), 1), d.weekdaySamples()));
        overdue.show(VnFormat.number(d.overdue()), d.overdue() > 0 ? Tone.ALERT : Tone.OK);
        overdue.detail(t("wall.overdue-detail"));
        dueSoon.show(VnFormat.number(d.dueSoon()), d.dueSoon() > 0 ? Tone.WARN : Tone.OK);
        dueSoon.detail(t("wall.due-soon-detail", VnFormat.date(d.dueUntil())));
        pakn.show(VnFormat.number(d.paknOverdue()), d.paknOverdue() > 0 ? Tone.ALERT : Tone.OK);
        pakn.detail(t("wall.pakn-overdue-detail"));
        equipment.show(VnFormat.number(d.outOfOrder()), d.outOfOrder() > 0 ? Tone.WARN : Tone.OK);
        equipment.detail(d.outOfOrderFirst().stream().map(i -> i.name() + (i.place() == null || i.place().isBlank()
                ? "" : " · " + i.place())).toArray(String[]::new));
        outages.show(VnFormat.number(d.outages().size()), d.outages().isEmpty() ? Tone.OK : Tone.ALERT);
        outages.detail(d.outages().stream().map(o -> t("outage.kind." + o.kind().name()) + " · "
                + t("wall.since", TIME.format(o.since()), VnFormat.date(o.since().toLocalDate()))
                + (o.where().isEmpty() ? "" : " · " + String.join(", ", o.where()))).toArray(String[]::new));
        showCounters(d.counters());
    }

    private void showCounters(List<WallData.WallCounter> list) {
        counters.removeAll();
        // as many columns as counters up to 10, so that 6 counters fill one row and 20 fill two
        counters.getStyle().set("--wall-columns", String.valueOf(Math.max(1, Math.min(10, list.size()))));
        for (WallData.WallCounter c : list) {
            Span name = new Span(c.name());
            name.addClassName("wall-counter-name");
            Span number = new Span(c.number() == null ? "–" : c.number());
            number.addClassName("wall-counter-number");
            number.setId("wall-calling-" + c.counterId());
            Span officer = new Span(c.officer() == null ? t("wall.counter-closed") : c.officer());
            officer.addClassName("wall-counter-officer");
            officer.setId("wall-officer-" + c.counterId());
            Div tile = new Div(name, number, officer);
            tile.setId("wall-counter-" + c.counterId());
            tile.addClassName("wall-counter");
            tile.addClassName(c.open() ? "wall-counter-open" : "wall-counter-closed");
            counters.add(tile);
        }
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }
}
