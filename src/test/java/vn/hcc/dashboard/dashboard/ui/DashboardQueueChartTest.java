package vn.hcc.dashboard.dashboard.ui;

import vn.hcc.dashboard.queue.QueueTestIds;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.Series;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.base.PeriodPreset;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.HandTickets;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.TestKiosk;
import vn.hcc.dashboard.queue.Ticket;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Chart 6, the queue per day, against {@link HandTickets}: 04/03/2024 has 5 visits and waits of 120, 360, 300, 360,
 * 0 and 420 s (average 260 s = 4,3 min); 05/03/2024 has 4 visits and waits of 1200, 840, 240 and 90 s (592,5 s =
 * 9,9 min). The demo data have no tickets in tests, so these are the only ones besides the live test's.
 */
class DashboardQueueChartTest extends KaribuTest {

    private static boolean imported;

    @Autowired
    QueueService queue;
    @Autowired
    CounterService counters;
    @Autowired
    FieldService fields;
    @Autowired
    DeviceService devices;

    @BeforeEach
    void openDashboard() {
        if (!imported) {
            SystemAccess.asAdmin(() -> queue.importHistory(HandTickets.of(field("CT"), field("HT"), counter("Q1"),
                    counter("Q2"), counter("Q3"))));
            imported = true;
        }
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("dashboard");
    }

    private long field(String code) {
        return SystemAccess.asAdmin(() -> QueueTestIds.field(fields, code));
    }

    private long counter(String code) {
        return SystemAccess.asAdmin(() -> QueueTestIds.counter(counters, code));
    }

    @SuppressWarnings("unchecked")
    private static void choosePeriod(PeriodPreset period) {
        _get(Select.class, s -> s.withId("period")).setValue(period);
    }

    private static Configuration queueChart() {
        return _get(Chart.class, s -> s.withId("chart-queue")).getConfiguration();
    }

    private static List<String> values(int series) {
        Series s = queueChart().getSeries().get(series);
        return Arrays.stream(((ListSeries) s).getData()).map(String::valueOf).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void visitsAsColumnsAndAverageWaitAsALineOnASecondAxis() {
        choosePeriod(PeriodPreset.CUSTOM);
        _get(VnDatePicker.class, s -> s.withId("from")).setValue(HandTickets.DAY1);
        _get(VnDatePicker.class, s -> s.withId("to")).setValue(HandTickets.DAY2);

        Configuration conf = queueChart();
        assertThat(conf.getTitle().getText()).isEqualTo("Lượt tiếp công dân và thời gian chờ trung bình theo ngày");
        assertThat(conf.getSubTitle().getText()).contains("không lọc theo đơn vị");
        assertThat(conf.getxAxis().getCategories()).containsExactly("04/03/2024", "05/03/2024");
        assertThat(conf.getSeries()).extracting(Series::getName)
                .containsExactly("Lượt tiếp công dân", "Thời gian chờ trung bình");
        assertThat(values(0)).containsExactly("5", "4");
        assertThat(values(1)).containsExactly("4.3", "9.9");
        assertThat(((ListSeries) conf.getSeries().get(1)).getyAxis()).isEqualTo(1);
        assertThat(conf.getyAxes().getAxes()).hasSize(2);
        assertThat(conf.getyAxes().getAxis(1).getTitle().getText()).isEqualTo("Thời gian chờ (phút)");

        // tickets belong to no unit: choosing one leaves the queue chart as it is
        ComboBox<Unit> unit = _get(ComboBox.class, s -> s.withId("unit"));
        unit.setValue(unit.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(values(0)).containsExactly("5", "4");

        // a period without tickets has no days
        _get(VnDatePicker.class, s -> s.withId("from")).setValue(HandTickets.DAY2.plusDays(1));
        _get(VnDatePicker.class, s -> s.withId("to")).setValue(HandTickets.DAY2.plusDays(7));
        assertThat(queueChart().getxAxis().getCategories()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void choose(java.time.LocalDate from, java.time.LocalDate to) {
        choosePeriod(PeriodPreset.CUSTOM);
        _get(VnDatePicker.class, s -> s.withId("from")).setValue(from);
        _get(VnDatePicker.class, s -> s.withId("to")).setValue(to);
    }

    @Test
    void aLongerPeriodIsShownPerIsoWeekAndALongOnePerMonth() {
        // 61 days: per ISO week. Both hand days are week 10 of 2024: 9 visits, 3930 s of waits over 10 called
        // tickets = 6,55 min (6,6), not the days' averages 4,3 and 9,9 averaged (7,1)
        choose(java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 4, 30));
        Configuration conf = queueChart();
        assertThat(conf.getTitle().getText()).isEqualTo("Lượt tiếp công dân và thời gian chờ trung bình theo tuần");
        assertThat(conf.getxAxis().getTitle().getText()).isEqualTo("Tuần");
        assertThat(conf.getxAxis().getCategories()).containsExactly("Tuần 10");
        assertThat(values(0)).containsExactly("9");
        assertThat(values(1)).containsExactly("6.6");

        // a period across the new year names the week's year
        choose(java.time.LocalDate.of(2023, 12, 1), java.time.LocalDate.of(2024, 3, 10));
        assertThat(queueChart().getxAxis().getCategories()).containsExactly("Tuần 10/2024");

        // a year: per month
        choose(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31));
        conf = queueChart();
        assertThat(conf.getTitle().getText()).isEqualTo("Lượt tiếp công dân và thời gian chờ trung bình theo tháng");
        assertThat(conf.getxAxis().getTitle().getText()).isEqualTo("Tháng");
        assertThat(conf.getxAxis().getCategories()).containsExactly("T3/2024");
        assertThat(values(0)).containsExactly("9");
        assertThat(values(1)).containsExactly("6.6");

        // a month of 31 days stays per day
        choose(java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 3, 31));
        assertThat(queueChart().getxAxis().getCategories()).containsExactly("04/03/2024", "05/03/2024");
    }

    @Test
    void aTicketServedElsewhereReachesTheOpenDashboard() throws InterruptedException {
        choosePeriod(PeriodPreset.TODAY);
        assertThat(queueChart().getxAxis().getCategories()).isEmpty();
        long ct = field("CT");
        long q1 = counter("Q1");
        // the kiosk issues a ticket, counter Q1 calls and serves it, in another session
        Thread other = new Thread(() -> SystemAccess.asAdmin(() -> {
            TestKiosk.issue(devices, queue, ct);
            Ticket called = queue.callNext(q1).orElseThrow();
            return queue.serve(called.getId(), called.getVersion());
        }));
        long start = System.nanoTime();
        other.start();
        other.join();
        long deadline = start + TimeUnit.SECONDS.toNanos(2);
        while (queueChart().getxAxis().getCategories().length == 0 && System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip(false);
            Thread.sleep(20);
        }
        assertThat(queueChart().getxAxis().getCategories()).containsExactly(VnFormat.date(queue.today()));
        assertThat(values(0)).containsExactly("1");
    }
}
