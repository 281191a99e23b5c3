package vn.hcc.dashboard.staffing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.HeatSeries;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.ui.AccessDeniedView;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.QueueTestIds;
import vn.hcc.dashboard.queue.TicketHistory;
import vn.hcc.dashboard.queue.TicketStatus;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.staff.DutyService;
import vn.hcc.dashboard.staff.StaffMember;
import vn.hcc.dashboard.staff.StaffService;

/**
 * The heat map on the queue figures and the warnings on the duty schedule, on Wednesday 15/10/2025. History: on
 * each of the four Mondays 22/09–13/10, Hộ tịch issued 5 tickets between 08:00 and 08:30 (waits of 5 and 10 min,
 * 6 min of service: λ = 10/h, μ = 10/h, a = 1; c = 2: C = 1/3, P(W ≤ 15 min) = 1 − 1/3·e^−2,5 = 0,973 → 2 counters)
 * and 2 between 08:30 and 09:00 (λ = 4/h, a = 0,4; c = 1: C = a = 0,4, P = 1 − 0,4·e^−(10−4)·0,25 = 0,911 → 1).
 * Monday 20/10 has only Quầy 3 on duty for Hộ tịch (one short at 08:00); Monday 27/10 has Quầy 2 and Quầy 3.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffingViewsTest extends KaribuTest {

    static final LocalDate WEEK_ONE = LocalDate.of(2025, 10, 20);
    static final LocalDate WEEK_TWO = LocalDate.of(2025, 10, 27);

    @Autowired
    QueueService queue;
    @Autowired
    DutyService duties;
    @Autowired
    StaffService staff;
    @Autowired
    FieldService fields;
    @Autowired
    CounterService counters;
    @Autowired
    TestClock clock;

    @BeforeAll
    void history() {
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        long ht = SystemAccess.asAdmin(() -> QueueTestIds.field(fields, "HT"));
        long q2 = SystemAccess.asAdmin(() -> QueueTestIds.counter(counters, "Q2"));
        long q3 = SystemAccess.asAdmin(() -> QueueTestIds.counter(counters, "Q3"));
        List<TicketHistory> tickets = new ArrayList<>();
        for (LocalDate monday = LocalDate.of(2025, 9, 22); monday.isBefore(WEEK_ONE); monday = monday.plusWeeks(1)) {
            for (int i = 0; i < 5; i++) {
                tickets.add(served(ht, q3, monday.atTime(8, 5 * i), i % 2 == 0 ? 10 : 5));
            }
            for (int i = 0; i < 2; i++) {
                tickets.add(served(ht, q3, monday.atTime(8, 30 + 10 * i), 5));
            }
        }
        SystemAccess.asAdmin(() -> {
            queue.importHistory(tickets);
            // the demo roster starts on 01/07/2025
            duties.assign(WEEK_ONE, person("Nguyễn Thị Hoa"), q3);
            duties.assign(WEEK_TWO, person("Nguyễn Thị Hoa"), q3);
            duties.assign(WEEK_TWO, person("Đỗ Văn Hải"), q2);
        });
    }

    private long person(String name) {
        return staff.activeBetween(Period.day(WEEK_ONE)).stream().filter(s -> s.getFullName().equals(name))
                .findFirst().map(StaffMember::getId).orElseThrow();
    }

    private static TicketHistory served(long field, long counter, LocalDateTime issued, int wait) {
        return new TicketHistory(field, issued, issued.plusMinutes(wait), counter, "tiepnhan",
                issued.plusMinutes(wait + 6), TicketStatus.SERVED);
    }

    @BeforeEach
    void today() {
        clock.set(LocalDateTime.of(2025, 10, 15, 9, 0));
    }

    private static List<String> column(Grid<?> grid, String key) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(r -> GridKt._getFormatted(grid, r, key)).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDirectorSeesTheComingWeeksHeatMapTheFormulaAndTheSlots() {
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("queue/figures");
        Select<LocalDate> week = _get(Select.class, s -> s.withId("staffing-week"));
        assertThat(week.getValue()).isEqualTo(WEEK_ONE);
        Select<Object> field = _get(Select.class, s -> s.withId("staffing-field"));
        assertThat(field.getItemLabelGenerator().apply(field.getValue())).isEqualTo("Hộ tịch");

        Chart chart = _get(Chart.class, s -> s.withId("staffing-heatmap"));
        assertThat(chart.getConfiguration().getTitle().getText())
                .isEqualTo("Số quầy cần trừ số quầy có lịch trực – Hộ tịch");
        assertThat(chart.getConfiguration().getyAxis().getCategories()).startsWith("Thứ Hai 20/10", "Thứ Ba 21/10")
                .endsWith("Thứ Bảy 25/10");
        assertThat(chart.getConfiguration().getxAxis().getCategories()).hasSize(21).startsWith("07:00", "07:30")
                .endsWith("17:00");
        HeatSeries cells = (HeatSeries) chart.getConfiguration().getSeries().get(0);
        // Monday (row 0): 08:00 (column 2) needs 2 with 1 on duty, 08:30 needs 1, 07:00 none (1 too many);
        // Tuesday (row 1): nobody on duty and nobody expected
        assertThat(Arrays.stream(cells.getData()).map(List::of)).contains(List.of(2, 0, 1), List.of(3, 0, 0),
                List.of(0, 0, -1), List.of(2, 1, 0));

        assertThat(_get(Paragraph.class, s -> s.withId("staffing-formula")).getText())
                .contains("P(chờ ≤ t) = 1 − C(c, a)·e^(−(cμ − λ)·t) ≥ 80 %", "t = 15 phút", "Erlang C",
                        "trung bình 8 ngày cùng thứ", "từ 20/08/2025 đến 14/10/2025");
        assertThat(_get(Paragraph.class, s -> s.withId("staffing-service")).getText())
                .isEqualTo("Thời gian phục vụ trung bình của lĩnh vực: 6,0 phút");

        Grid<?> slots = _get(Grid.class, s -> s.withId("staffing-slots"));
        assertThat(column(slots, "slot")).hasSize(21).startsWith("7:00–7:30");
        // waits 10, 5, 10, 5, 10 min → 8,0
        assertThat(column(slots, "arrivals").subList(1, 5)).containsExactly("0,0", "5,0", "2,0", "0,0");
        assertThat(column(slots, "avgWait").subList(1, 5)).containsExactly("–", "8,0", "5,0", "–");
        assertThat(column(slots, "needed").subList(1, 5)).containsExactly("0", "2", "1", "0");
        assertThat(column(slots, "onDuty")).containsOnly("1");
        assertThat(column(slots, "flag").subList(1, 5)).containsExactly("", "Thiếu 1 quầy", "", "");
    }

    @Test
    @SuppressWarnings("unchecked")
    void leadershipSeesItTooAndThisWeekCanBeChosen() {
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("queue/figures");
        Select<LocalDate> week = _get(Select.class, s -> s.withId("staffing-week"));
        week.setValue(LocalDate.of(2025, 10, 13));
        Chart chart = _get(Chart.class, s -> s.withId("staffing-heatmap"));
        assertThat(chart.getConfiguration().getyAxis().getCategories()).startsWith("Thứ Hai 13/10");
        // nobody on duty that week: 2 and 1 counters short at 08:00 and 08:30
        HeatSeries cells = (HeatSeries) chart.getConfiguration().getSeries().get(0);
        assertThat(Arrays.stream(cells.getData()).map(List::of)).contains(List.of(2, 0, 2), List.of(3, 0, 1));
    }

    @Test
    void receptionIsRefusedTheFiguresAndTheirHeatMap() {
        login("tiepnhan", Role.RECEPTION);
        UI.getCurrent().navigate("queue/figures");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(Chart.class)).isEmpty();
    }

    private List<String> warnings(LocalDate week) {
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("duty-schedule", QueryParameters.simple(Map.of("week", week.toString())));
        // karibu's locator skips hidden components: the list is found among the view's children
        VerticalLayout list = warningList();
        return list.isVisible() ? _find(list, Span.class, s -> s.withClasses("staffing-warning")).stream()
                .map(Span::getText).toList() : List.of();
    }

    private static VerticalLayout warningList() {
        return UI.getCurrent().getCurrentView().getChildren().filter(c -> c.getId().orElse("").equals("staffing-warnings"))
                .map(VerticalLayout.class::cast).findFirst().orElseThrow();
    }

    @Test
    void theDutyScheduleWarnsOfTheUnderstaffedHoursOfTheShownWeek() {
        assertThat(warnings(WEEK_ONE)).containsExactly("Thứ Hai 20/10 8:00–8:30 (Hộ tịch): cần 2 quầy, lịch có 1");
        assertThat(_get(Span.class, s -> s.withText("Cảnh báo: lịch trực ít quầy hơn nhu cầu ước tính "
                + "(xem trang Lượt tiếp công dân)"))).isNotNull();
    }

    @Test
    void noWarningWhereTheScheduleCoversTheDemand() {
        assertThat(warnings(WEEK_TWO)).isEmpty();
        assertThat(warningList().isVisible()).isFalse();
        assertThat(warningList().getChildren()).isEmpty();
    }
}
