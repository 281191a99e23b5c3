package vn.hcc.dashboard.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.Series;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.base.PeriodPreset;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.kpi.KpiData;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * A known data set in the third quarter of 2025 (the centre: 20 dossiers, 12 online, 15 early and 3 late; Thứa: 10,
 * 2 online, all 10 early) and the second quarter (the centre: 10, 3 online, all early), against V6's 2025 targets.
 * The test that records another dossier runs last: the data stay for the class's Spring context.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardViewTest extends KaribuTest {

    static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    static final LocalDate TO = LocalDate.of(2025, 9, 30);
    private static boolean recorded;

    @Autowired
    DossierService dossiers;
    @Autowired
    UnitService units;
    @Autowired
    FieldService fields;

    Map<String, Unit> unitByCode;
    long ht;

    @BeforeEach
    void openDashboard() {
        unitByCode = SystemAccess.asAdmin(() -> units.listAll()).stream()
                .collect(Collectors.toMap(Unit::getCode, u -> u));
        ht = SystemAccess.asAdmin(() -> fields.listAll()).stream().filter(f -> f.getCode().equals("HT"))
                .map(WorkField::getId).findFirst().orElseThrow();
        if (!recorded) {
            long center = unitByCode.get("TTHCC").getId();
            SystemAccess.asAdmin(() -> {
                dossiers.recordAll(new KpiData("DV-C", center, ht, FROM, 20, 12, 15, 3, 10, 6, 20, 18).dossiers());
                dossiers.recordAll(new KpiData("DV-T", unitByCode.get("X-THUA").getId(), ht, FROM, 10, 2, 10, 0, 4,
                        4, 10, 10).dossiers());
                dossiers.recordAll(new KpiData("DV-Q2", center, ht, LocalDate.of(2025, 4, 1), 10, 3, 10, 0, 0, 0,
                        10, 10).dossiers());
            });
            recorded = true;
        }
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("dashboard");
        choosePeriod(FROM, TO);
    }

    @SuppressWarnings("unchecked")
    private static void choosePeriod(LocalDate from, LocalDate to) {
        _get(Select.class, s -> s.withId("period")).setValue(PeriodPreset.CUSTOM);
        _get(VnDatePicker.class, s -> s.withId("from")).setValue(from);
        _get(VnDatePicker.class, s -> s.withId("to")).setValue(to);
    }

    @SuppressWarnings("unchecked")
    private void chooseUnit(String code) {
        ComboBox<Unit> box = _get(ComboBox.class, s -> s.withId("unit"));
        box.setValue(code == null ? null : unitByCode.get(code));
    }

    /** The card's texts in order: label, rate, numerator/denominator, target, state, change. */
    private static List<String> card(String kpi) {
        Div card = _get(Div.class, s -> s.withId("card-" + kpi));
        // the label sits in the heading beside the info button
        return card.getChildren().map(c -> c instanceof Span span ? span.getText()
                : c.getChildren().filter(Span.class::isInstance).map(l -> ((Span) l).getText()).findFirst()
                        .orElseThrow()).toList();
    }

    private static Chart chart(String id) {
        return _get(Chart.class, s -> s.withId(id));
    }

    private static List<Number> values(Series series) {
        if (series instanceof ListSeries l) {
            return List.of(l.getData());
        }
        return ((DataSeries) series).getData().stream().map(DataSeriesItem::getY).toList();
    }

    @Test
    @Order(1)
    void cardsShowActualsTargetsStatesAndChange() {
        assertThat(card("ONLINE_SUBMISSION")).containsExactly("Tỷ lệ hồ sơ trực tuyến", "46,66%", "14/30",
                "Chỉ tiêu: ≥ 60,00%", "Chưa đạt", "+16,66 điểm % so với 31/03–30/06/2025");
        assertThat(card("ON_TIME")).containsExactly("Tỷ lệ giải quyết đúng hạn", "89,28%", "25/28",
                "Chỉ tiêu: ≥ 98,00%", "Gần đạt (dưới 10 điểm)", "−10,72 điểm % so với 31/03–30/06/2025");
        assertThat(card("REUSE")).containsExactly("Tỷ lệ tái sử dụng dữ liệu số hóa", "Chưa có dữ liệu",
                "Hệ thống chưa thống kê được", "Chỉ tiêu: ≥ 50,00%", "Chưa có dữ liệu",
                "Không so sánh được với 31/03–30/06/2025");
        assertThat(card("SATISFACTION").get(3)).isEqualTo("Chưa giao chỉ tiêu");
    }

    @Test
    @Order(1)
    void eachCardExplainsItsFigureWithThePeriodsNumbers() {
        _get(Button.class, s -> s.withId("info-ON_TIME")).click();
        Dialog dialog = _get(Dialog.class, s -> s.withId("definition-ON_TIME"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Cách tính: Tỷ lệ giải quyết đúng hạn");
        assertThat(_get(dialog, Paragraph.class, s -> s.withClasses("definition-formula")).getText())
                .isEqualTo("(Số hồ sơ giải quyết trước hạn + đúng hạn) / Số hồ sơ đã giải quyết trong kỳ");
        // the card's 25/28, split as the form splits it
        assertThat(_get(dialog, Paragraph.class, s -> s.withClasses("definition-numbers")).getText())
                .isEqualTo("(Trước hạn 25 + Đúng hạn 0) / Đã giải quyết 28 = 89,28%");
        assertThat(_get(dialog, Paragraph.class, s -> s.withClasses("definition-source")).getText())
                .contains("Thông tư 01/2020/TT-VPCP");
        dialog.close();
        // a figure without data still says what it means, and that the period has nothing to compute
        _get(Button.class, s -> s.withId("info-REUSE")).click();
        Dialog reuse = _get(Dialog.class, s -> s.withId("definition-REUSE"));
        assertThat(_get(reuse, Paragraph.class, s -> s.withClasses("definition-numbers")).getText())
                .isEqualTo("Kỳ này chưa có số liệu để tính.");
        assertThat(_get(reuse, Paragraph.class, s -> s.withClasses("definition-counts")).getText())
                .contains("Tái sử dụng dữ liệu số hóa");
        reuse.close();
        // every chart says what it draws
        for (String id : List.of("chart-targets", "chart-trend", "chart-units", "chart-channels", "chart-resolved",
                "chart-queue")) {
            _get(Button.class, s -> s.withId("info-" + id)).click();
            Dialog chart = _get(Dialog.class, s -> s.withId("definition-" + id));
            assertThat(chart.getHeaderTitle()).isEqualTo("Cách tính: " + chart(id).getConfiguration().getTitle()
                    .getText());
            assertThat(_get(chart, Paragraph.class, s -> s.withClasses("definition-formula")).getText()).as(id)
                    .doesNotContain("dashboard.chart.def").hasSizeGreaterThan(40);
            chart.close();
        }
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Dialog.class)).as("all closed").isEmpty();
    }

    @Test
    @Order(2)
    void chartsShowTheSeriesOfTheDataSet() {
        Chart targets = chart("chart-targets");
        assertThat(targets.getConfiguration().getTitle().getText()).isEqualTo("Chỉ tiêu và kết quả thực hiện");
        assertThat(targets.getConfiguration().getxAxis().getCategories()).containsExactly(
                "Đúng hạn", "Nộp trực tuyến", "Thanh toán trực tuyến", "Cập nhật hệ thống", "Số hóa hồ sơ",
                "Số hóa kết quả", "Tiến độ giải quyết");
        List<Series> series = targets.getConfiguration().getSeries();
        assertThat(series).extracting(Series::getName).containsExactly("Thực hiện", "Chỉ tiêu");
        // 25/28, 14/30, 10/14, 30/30, 30/30, 28/28, and progress (25 in time) / (28 resolved + 2 open overdue)
        assertThat(values(series.get(0))).extracting(String::valueOf)
                .containsExactly("89.28", "46.66", "71.42", "100.00", "100.00", "100.00", "83.33");
        assertThat(values(series.get(1))).extracting(String::valueOf)
                .containsExactly("98.00", "60.00", "60.00", "100.00", "100.00", "100.00", "null");

        Chart trend = chart("chart-trend");
        // the trend always shows the 12 months ending with the period, whatever its length
        assertThat(trend.getConfiguration().getxAxis().getCategories()).containsExactly("T10/2024", "T11/2024",
                "T12/2024", "T1/2025", "T2/2025", "T3/2025", "T4/2025", "T5/2025", "T6/2025", "T7/2025", "T8/2025",
                "T9/2025");
        assertThat(trend.getConfiguration().getyAxis().getPlotLines()[0].getValue().doubleValue()).isEqualTo(98.0);

        Chart ranking = chart("chart-units");
        assertThat(ranking.getConfiguration().getxAxis().getCategories()).containsExactly("UBND thị trấn Thứa",
                unitByCode.get("TTHCC").getName());
        DataSeries ranked = (DataSeries) ranking.getConfiguration().getSeries().get(0);
        assertThat(ranked.getData()).extracting(i -> i.getY().toString()).containsExactly("100.00", "83.33");
        assertThat(ranked.getData()).extracting(DataSeriesItem::getColor)
                .containsExactly(DashboardCharts.ACHIEVED, DashboardCharts.MISSED);

        DataSeries channels = (DataSeries) chart("chart-channels").getConfiguration().getSeries().get(0);
        assertThat(channels.getData()).extracting(i -> i.getName() + "=" + i.getY())
                .containsExactly("Trực tuyến=14", "Trực tiếp=16", "Bưu chính=0", "Bưu chính công ích=0",
                        "Smartphone=0");

        List<Series> resolved = chart("chart-resolved").getConfiguration().getSeries();
        assertThat(resolved).extracting(Series::getName).containsExactly("Trước hạn", "Đúng hạn", "Quá hạn");
        // July's results (the 10th of the 12 months): all 25 early, the 3 late ones; each month is a period of its own
        assertThat(values(resolved.get(0)).get(9).longValue() + values(resolved.get(2)).get(9).longValue())
                .isEqualTo(28);
        // April's 10 early dossiers of the second quarter lie outside the period but inside the trend's year
        assertThat(values(resolved.get(0)).get(6).longValue()).isEqualTo(10);
    }

    @Test
    @Order(3)
    void changingUnitAndPeriodChangesCardsAndCharts() {
        chooseUnit("TTHCC");
        assertThat(card("ONLINE_SUBMISSION").subList(1, 5)).containsExactly("60,00%", "12/20", "Chỉ tiêu: ≥ 60,00%",
                "Đạt");
        assertThat(values(chart("chart-targets").getConfiguration().getSeries().get(0)).get(0).toString())
                .isEqualTo("83.33");
        choosePeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
        assertThat(card("ONLINE_SUBMISSION").subList(1, 3)).containsExactly("30,00%", "3/10");
        _get(Select.class, s -> s.withId("period")).setValue(PeriodPreset.TODAY);
        assertThat(card("ONLINE_SUBMISSION").subList(1, 3)).containsExactly("Chưa có dữ liệu",
                "Không có hồ sơ tiếp nhận trong kỳ");
        assertThat(card("ON_TIME").subList(1, 3)).containsExactly("Chưa có dữ liệu", "Không có hồ sơ đã giải quyết");
        assertThat(card("DIGITIZED_RESULTS").get(2)).isEqualTo("Không có hồ sơ đã giải quyết");
        assertThat(card("DIGITIZED_COMPONENTS").get(2)).isEqualTo("Không có hồ sơ tiếp nhận trong kỳ");
    }

    @Test
    @Order(5)
    void anEmptyKpiSaysWhatItLacks() {
        // the centre's second quarter: 10 dossiers received and resolved, none with a fee, no petition at all
        chooseUnit("TTHCC");
        choosePeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
        assertThat(card("ON_TIME").subList(1, 3)).containsExactly("100,00%", "10/10");
        assertThat(card("ONLINE_PAYMENT").subList(1, 3)).containsExactly("Chưa có dữ liệu",
                "Không có hồ sơ phát sinh phí");
        assertThat(card("PAKN_ON_TIME").subList(1, 3)).containsExactly("Chưa có dữ liệu", "Không có PAKN đến hạn");
        // nothing records reuse; no citizen rated the centre in the quarter: "no data", whatever the dossiers
        assertThat(card("REUSE").subList(1, 3)).containsExactly("Chưa có dữ liệu", "Hệ thống chưa thống kê được");
        assertThat(card("SATISFACTION").subList(1, 3)).containsExactly("Chưa có dữ liệu",
                "Không có lượt đánh giá hài lòng trong kỳ");
    }

    @Test
    @Order(6)
    void axesShowWholeVietnameseNumbersAndTheRankingItsValues() {
        for (String id : List.of("chart-targets", "chart-trend", "chart-units", "chart-resolved", "chart-queue")) {
            assertThat(chart(id).getConfiguration().getyAxis().getLabels().getFormat()).as(id)
                    .isEqualTo("{value:,.0f}");
        }
        assertThat(chart("chart-queue").getConfiguration().getyAxes().getAxis(1).getLabels().getFormat())
                .isEqualTo("{value:,.0f}");

        var ranking = chart("chart-units").getConfiguration();
        var bars = (com.vaadin.flow.component.charts.model.PlotOptionsBar) ranking.getSeries().get(0)
                .getPlotOptions();
        assertThat(bars.getDataLabels().getEnabled()).isTrue();
        assertThat(bars.getDataLabels().getFormat()).isEqualTo("{point.y:,.2f}%");
        // the target line carries no rotated label across the bars: the legend names it
        var line = ranking.getyAxis().getPlotLines()[0];
        assertThat(line.getValue().doubleValue()).isEqualTo(98.0);
        assertThat(line.getLabel() == null ? null : line.getLabel().getText()).isNull();
        assertThat(ranking.getSeries()).extracting(Series::getName)
                .containsExactly("Tỷ lệ giải quyết đúng hạn", "Chỉ tiêu 98,00%");
        assertThat(values(ranking.getSeries().get(1))).isEmpty();
        // the trend's horizontal line keeps its label
        assertThat(chart("chart-trend").getConfiguration().getyAxis().getPlotLines()[0].getLabel().getText())
                .isEqualTo("Chỉ tiêu 98,00%");
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void aPresetRunsToTodayAndSaysWhatItIsComparedWith() {
        LocalDate today = context.getBean(java.time.Clock.class).instant()
                .atZone(context.getBean(java.time.Clock.class).getZone()).toLocalDate();
        _get(Select.class, s -> s.withId("period")).setValue(PeriodPreset.THIS_MONTH);
        assertThat(_get(VnDatePicker.class, s -> s.withId("to")).getValue()).isEqualTo(today);
        vn.hcc.dashboard.base.Period month = vn.hcc.dashboard.base.Period.of(today.withDayOfMonth(1), today);
        assertThat(card("ON_TIME").get(5)).endsWith(" với " + PeriodPreset.THIS_MONTH.compared(month).formatted());
        assertThat(PeriodPreset.THIS_MONTH.compared(month).from()).isEqualTo(today.withDayOfMonth(1).minusMonths(1));

        // a custom period may not end after today: the message is at the end date, the cards stay
        _get(Select.class, s -> s.withId("period")).setValue(PeriodPreset.CUSTOM);
        VnDatePicker to = _get(VnDatePicker.class, s -> s.withId("to"));
        to.setValue(today.plusDays(1));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Kỳ báo cáo không được kết thúc sau hôm nay");
    }

    @Test
    @Order(4)
    void leadershipSeesTheDashboardAndTheOverdueList() {
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("dashboard");
        @SuppressWarnings("unchecked")
        Grid<Object> overdue = _get(Grid.class, s -> s.withId("overdue"));
        // Q3 2025's open dossiers (centre: 2) are long past their due day and have no apology letter
        assertThat(GridKt._size(overdue)).isEqualTo(2);
        assertThat(List.of(GridKt._getFormatted(overdue, 0, "code"), GridKt._getFormatted(overdue, 1, "code")))
                .containsExactlyInAnyOrder("DV-C-18", "DV-C-19");
    }

    @Test
    @Order(10)
    void aDossierRecordedElsewhereReachesTheOpenDashboard() throws InterruptedException {
        assertThat(card("ONLINE_SUBMISSION").get(2)).isEqualTo("14/30");
        long center = unitByCode.get("TTHCC").getId();
        // another session records two online dossiers in a burst; the dashboard refreshes once, within 2 seconds
        Thread other = new Thread(() -> SystemAccess.asAdmin(() -> {
            dossiers.recordAll(new KpiData("DV-LIVE-A", center, ht, FROM, 1, 1, 1, 0, 0, 0, 1, 1).dossiers());
            dossiers.recordAll(new KpiData("DV-LIVE-B", center, ht, FROM, 1, 1, 1, 0, 0, 0, 1, 1).dossiers());
        }));
        long start = System.nanoTime();
        other.start();
        other.join();
        long deadline = start + TimeUnit.SECONDS.toNanos(2);
        while (!card("ONLINE_SUBMISSION").get(2).equals("16/32") && System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip(false);
            Thread.sleep(20);
        }
        assertThat(card("ONLINE_SUBMISSION").get(2)).isEqualTo("16/32");
    }

}
