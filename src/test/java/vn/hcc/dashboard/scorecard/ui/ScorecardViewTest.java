package vn.hcc.dashboard.scorecard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.PeriodPreset;
import vn.hcc.dashboard.base.ui.AccessDeniedView;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.kpi.KpiSeeds;
import vn.hcc.dashboard.pakn.PaknCategory;
import vn.hcc.dashboard.pakn.PaknChannel;
import vn.hcc.dashboard.pakn.PaknDraft;
import vn.hcc.dashboard.pakn.PaknHistoricItem;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.pakn.PaknStatus;
import vn.hcc.dashboard.ratings.ImportedRating;
import vn.hcc.dashboard.ratings.RatingLevel;
import vn.hcc.dashboard.ratings.RatingService;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;

/** The scorecard of the Kim Thành center's Q3/2025 as each role sees it; the data stay for the class. */
class ScorecardViewTest extends KaribuTest {

    private static Map<String, Unit> unit;

    @Autowired
    DossierService dossiers;
    @Autowired
    UnitService units;
    @Autowired
    FieldService fields;
    @Autowired
    PaknService pakn;
    @Autowired
    RatingService ratings;

    @BeforeEach
    void recordTheSeedsOnce() {
        if (unit == null) {
            unit = SystemAccess.asAdmin(() -> KpiSeeds.record(units, fields, dossiers, LocalDate.of(2025, 7, 1)));
        }
    }

    private void open(String user, Role role) {
        open(user, role, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));
    }

    @SuppressWarnings("unchecked")
    private void open(String user, Role role, LocalDate from, LocalDate to) {
        login(user, role);
        UI.getCurrent().navigate("scorecard");
        _get(Select.class, s -> s.withId("period")).setValue(PeriodPreset.CUSTOM);
        _get(VnDatePicker.class, s -> s.withId("from")).setValue(from);
        _get(VnDatePicker.class, s -> s.withId("to")).setValue(to);
        _get(ComboBox.class, s -> s.withId("unit")).setValue(unit.get("TTHCC"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> column(String key) {
        Grid<Object> grid = _get(Grid.class, s -> s.withId("score-lines"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormatted(grid, i, key)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Component cell(int row, String key) {
        Grid<Object> grid = _get(Grid.class, s -> s.withId("score-lines"));
        return GridKt._getCellComponent(grid, row, key);
    }

    /** The line's button: the edit button, or the info button beside the sub-indicator's name. */
    private static Button button(int row, String key) {
        Component c = cell(row, key);
        return c instanceof Button b ? b
                : (Button) c.getChildren().filter(Button.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void theDirectorSeesEachLineTheTotalOverTheComputablePointsAndTheEstimateNote() {
        open("giamdoc", Role.DIRECTOR);
        assertThat(_get(Span.class, s -> s.withId("estimate-note")).getText())
                .isEqualTo("Ước tính theo cách tính công khai, không phải điểm chính thức");
        assertThat(_get(Span.class, s -> s.withId("score-total")).getText())
                .isEqualTo("Tổng điểm ước tính: 64,03 / 68 điểm tính được (trên 100 điểm)");
        assertThat(column("rate")).containsExactly("100,00%", "Hệ thống chưa có nguồn số liệu", "98,05%", "55,59%",
                "100,00%", "100,00%", "Chưa có dữ liệu", "Chưa có dữ liệu", "Chưa có dữ liệu", "38,54%");
        assertThat(column("points")).containsExactly("10 / 10", "– / 8", "19,61 / 20", "12 / 12", "8 / 8", "8 / 8",
                "– / 6", "– / 10", "– / 8", "6,42 / 10");
        assertThat(column("threshold").get(3)).isEqualTo("≥ 50,00%");
        assertThat(_get(Grid.class, s -> s.withId("score-lines")).getColumnByKey("edit"))
                .as("only the administrator edits").isNull();
        // the progress line explains itself with the quarter's counts
        assertThat(cell(1, "indicator").getChildren().filter(Button.class::isInstance)).as("no source, no KPI")
                .isEmpty();
        button(2, "indicator").click();
        assertThat(_get(_get(Dialog.class, s -> s.withId("definition-HANDLING_PROGRESS")), Paragraph.class,
                s -> s.withClasses("definition-numbers")).getText()).isEqualTo(
                        "(Trước hạn 4.379 + Đúng hạn 0 + Đang giải quyết trong hạn 0) / Đã và đang giải quyết 4.466"
                                + " = 98,05%");
        Grid<?> ranking = _get(Grid.class, s -> s.withId("ranking"));
        assertThat(GridKt._getFormatted(ranking, 0, "unit")).isEqualTo(unit.get("TTHCC").getName());
        assertThat(GridKt._getFormatted(ranking, 0, "points")).isEqualTo("64,03 / 68");
        assertThat(GridKt._getFormatted(ranking, 1, "unit")).isEqualTo(unit.get("X-THUA").getName());
    }

    /** Opens a link's address as the browser would. */
    private static void follow(String href) {
        UI.getCurrent().navigate(href.substring(0, href.indexOf('?')),
                com.vaadin.flow.router.QueryParameters.fromString(href.substring(href.indexOf('?') + 1)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLineThatLostPointsOpensItsDossiersInTheReportsView() {
        open("lanhdao", Role.LEADER);
        assertThat(cell(3, "drill-down")).as("online submission earned all its points: nothing to open")
                .isInstanceOf(Span.class);
        Anchor payment = (Anchor) cell(9, "drill-down");
        String progress = ((Anchor) cell(2, "drill-down")).getHref();
        long center = unit.get("TTHCC").getId();
        assertThat(payment.getHref()).isEqualTo("reports?report=SHORTFALL&choice=FEE_NOT_PAID_ONLINE"
                + "&from=2025-07-01&to=2025-09-30&unit=" + center);
        follow(payment.getHref());
        assertThat(((Unit) _get(ComboBox.class, s -> s.withId("report-unit")).getValue()).getId()).isEqualTo(center);
        assertThat(_get(VnDatePicker.class, s -> s.withId("report-from")).getValue())
                .isEqualTo(LocalDate.of(2025, 7, 1));
        // 3.144 resolved with a fee − 1.212 paid online
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("report-grid")))).isEqualTo(3144 - 1212);
        // the progress line: 20 resolved late + 67 still open past their due day at 30/09
        follow(progress);
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("report-grid")))).isEqualTo(20 + 67);
    }

    /** Q1/2025, away from the seed's quarter: one petition answered late, one of two ratings unsatisfied. */
    @Test
    @SuppressWarnings("unchecked")
    void thePaknAndSatisfactionLinesOpenWhatLostThemPoints() {
        long center = unit.get("TTHCC").getId();
        SystemAccess.asAdmin(() -> {
            pakn.importHistory(List.of(new PaknHistoricItem(new PaknDraft(LocalDate.of(2025, 2, 10).atTime(9, 0),
                    PaknChannel.PORTAL, "Người dân", "09xx", "Hỏi lệ phí", PaknCategory.REGULATION, null, null,
                    center), "pakn", PaknStatus.ANSWERED, "Đã trả lời", LocalDate.of(2025, 3, 28), null, null,
                    null)));
            ratings.importRatings(List.of(
                    new ImportedRating("Q1-1", null, center, LocalDate.of(2025, 3, 3).atTime(9, 0),
                            RatingLevel.UNSATISFIED),
                    new ImportedRating("Q1-2", null, center, LocalDate.of(2025, 3, 4).atTime(9, 0),
                            RatingLevel.VERY_SATISFIED)));
        });
        open("lanhdao", Role.LEADER, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        assertThat(column("rate").subList(7, 9)).containsExactly("50,00%", "0,00%");
        Anchor satisfaction = (Anchor) cell(7, "drill-down");
        Anchor late = (Anchor) cell(8, "drill-down");
        assertThat(satisfaction.getText()).isEqualTo("Xem đánh giá chưa hài lòng");
        assertThat(satisfaction.getHref()).isEqualTo("reports?report=RATINGS_UNSATISFIED&from=2025-01-01"
                + "&to=2025-03-31&unit=" + center);
        assertThat(late.getText()).isEqualTo("Xem PAKN trễ hạn");
        follow(late.getHref());
        Grid<Object> grid = _get(Grid.class, s -> s.withId("report-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        follow(satisfaction.getHref());
        grid = _get(Grid.class, s -> s.withId("report-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(((Unit) _get(ComboBox.class, s -> s.withId("report-unit")).getValue()).getId()).isEqualTo(center);
    }

    @Test
    void theAdministratorChangesAThresholdAndAWrongOneIsRefusedAtItsField() {
        open("admin", Role.ADMIN);
        button(9, "edit").click();
        BigDecimalField threshold = _get(BigDecimalField.class, s -> s.withId("threshold"));
        threshold.setValue(BigDecimal.ZERO);
        _get(Button.class, s -> s.withId("save-indicator")).click();
        assertThat(threshold.isInvalid()).isTrue();
        assertThat(threshold.getErrorMessage()).isEqualTo("Ngưỡng phải lớn hơn 0% và không quá 100%");
        threshold.setValue(new BigDecimal("40"));
        _get(Button.class, s -> s.withId("save-indicator")).click();
        assertThat(_find(Dialog.class, s -> s.withId("indicator-editor"))).isEmpty();
        assertThat(_get(Span.class, s -> s.withId("score-total")).getText())
                .isEqualTo("Tổng điểm ước tính: 67,25 / 68 điểm tính được (trên 100 điểm)");
        // put it back for the other tests of the class
        button(9, "edit").click();
        _get(BigDecimalField.class, s -> s.withId("threshold")).setValue(new BigDecimal("60"));
        _get(Button.class, s -> s.withId("save-indicator")).click();
        assertThat(column("points").get(9)).isEqualTo("6,42 / 10");
    }

    @Test
    void receptionIsRefused() {
        login("tiepnhan", Role.RECEPTION);
        UI.getCurrent().navigate("scorecard");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
