package vn.hcc.dashboard.queue.ui;

import vn.hcc.dashboard.queue.QueueTestIds;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.queue.ui.QueueUi.byId;
import static vn.hcc.dashboard.queue.ui.QueueUi.column;
import static vn.hcc.dashboard.queue.ui.QueueUi.set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.QueueField;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.TicketHistory;
import vn.hcc.dashboard.queue.TicketStatus;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The director's figures over the third quarter of 2025, built to match seed 002's 4.520 visits: 2.260 served at
 * Quầy 1 (Chứng thực) and 2.260 at Quầy 3 (Hộ tịch), half of them after a 10-minute wait and half after 15 minutes
 * (average 12,50, 90th percentile 15,00), each served in 5 minutes, plus 80 no-shows that waited 12 min 30 s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueFiguresViewTest extends KaribuTest {

    static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    static final LocalDate TO = LocalDate.of(2025, 9, 30);

    @Autowired
    QueueService queue;
    @Autowired
    CounterService counters;

    @BeforeAll
    void importTheQuarter() {
        // Before KaribuTest's own set-up: sign in through this context's security strategy (see KaribuTest).
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        SystemAccess.asAdmin(() -> {
            long ct = field("CT");
            long ht = field("HT");
            long q1 = counter("Q1");
            long q3 = counter("Q3");
            List<LocalDate> days = FROM.datesUntil(TO.plusDays(1))
                    .filter(d -> d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()).toList();
            List<TicketHistory> quarter = new ArrayList<>();
            for (int i = 0; i < 4_520; i++) {
                LocalDateTime issued = days.get(i % days.size()).atTime(8, 0).plusMinutes(i / days.size());
                LocalDateTime called = issued.plusMinutes(i % 4 < 2 ? 10 : 15);
                boolean certification = i % 2 == 0;
                quarter.add(new TicketHistory(certification ? ct : ht, issued, called, certification ? q1 : q3,
                        "tiepnhan", called.plusMinutes(5), TicketStatus.SERVED));
            }
            for (int i = 0; i < 80; i++) {
                LocalDateTime issued = days.get(i % days.size()).atTime(14, 0).plusMinutes(i / days.size());
                quarter.add(new TicketHistory(ct, issued, issued.plusSeconds(750), q1, "tiepnhan", null,
                        TicketStatus.NO_SHOW));
            }
            queue.importHistory(quarter);
        });
    }

    private long field(String code) {
        return queue.kioskFields().stream().filter(f -> f.code().equals(code)).findFirst().map(QueueField::id)
                .orElseThrow();
    }

    private long counter(String code) {
        return QueueTestIds.counter(counters, code);
    }

    private static String card(String id) {
        return _get(byId(Div.class, id), Span.class, spec -> spec.withClasses("card-value")).getText();
    }

    QueueFiguresView view;

    @BeforeEach
    void openView() {
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("queue/figures");
        view = _get(QueueFiguresView.class);
        set(byId(VnDatePicker.class, "from"), FROM);
        set(byId(VnDatePicker.class, "to"), TO);
    }

    @Test
    void theQuarterInVietnameseFormats() {
        assertThat(card("visits")).isEqualTo("4.520");
        assertThat(card("tickets")).isEqualTo("4.600");
        assertThat(card("no-shows")).isEqualTo("80");
        // 4.600 waits: 2.260 × 600 s + 2.260 × 900 s + 80 × 750 s = 3.450.000 s / 4.600 = 750 s = 12,50 min
        assertThat(card("avg-wait")).isEqualTo("12,50");
        // 2.340 of the 4.600 waits are at most 750 s, the rest 900 s: rank ceil(0,9 · 4.600) = 4.140 → 900 s
        assertThat(card("p90-wait")).isEqualTo("15,00");
        assertThat(card("avg-service")).isEqualTo("5,00");
    }

    @Test
    void perCounterPerFieldAndPerDay() {
        assertThat(column(view.byCounter, "label")).containsExactly("Quầy 1", "Quầy 3");
        assertThat(column(view.byCounter, "visits")).containsExactly("2.260", "2.260");
        assertThat(column(view.byCounter, "noShows")).containsExactly("80", "0");
        // Quầy 3: 1.130 waits of 10 min and 1.130 of 15 min → 12,50; Quầy 1 adds 80 of 12,50 → still 12,50
        assertThat(column(view.byCounter, "avgWait")).containsExactly("12,50", "12,50");
        assertThat(column(view.byCounter, "p90Wait")).containsExactly("15,00", "15,00");
        assertThat(column(view.byField, "label")).containsExactlyInAnyOrder("Chứng thực", "Hộ tịch");
        assertThat(column(view.byField, "avgService")).containsOnly("5,00");
        assertThat(column(view.byDay, "label")).hasSize(66).startsWith("01/07/2025").endsWith("30/09/2025");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAtTheEndDate() {
        set(byId(VnDatePicker.class, "to"), FROM.minusDays(1));
        Component to = byId(VnDatePicker.class, "to");
        assertThat(((VnDatePicker) to).isInvalid()).isTrue();
        assertThat(((VnDatePicker) to).getErrorMessage()).isEqualTo("Ngày kết thúc không được trước ngày bắt đầu");
    }

    @Test
    void leadersReadTheFiguresToo() {
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("queue/figures");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(QueueFiguresView.class);
        assertThat(card("waiting-now")).isEqualTo("0");
    }
}
