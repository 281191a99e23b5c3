package vn.hcc.dashboard.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.Downloads;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.ui.AccessDeniedView;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.intake.SeedDossiers;
import vn.hcc.dashboard.intake.DossierListReport;
import vn.hcc.dashboard.base.PeriodPreset;
import vn.hcc.dashboard.reports.ReportChoice;
import vn.hcc.dashboard.reports.ReportDefinition;
import vn.hcc.dashboard.figures.UnitTableReport;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The reports view: the reports offered, the grid for the chosen period, the period presets, the lazy dossier list,
 * a real download read back with POI, and who may open it.
 */
class ReportsViewTest extends KaribuTest {

    /** The Karibu context is shared and not rolled back: each test starts and ends without dossiers. */
    @org.junit.jupiter.api.BeforeEach
    @org.junit.jupiter.api.AfterEach
    void noDossiers() {
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        // bulk SQL bypasses the summary's entity listener: with no dossier left, its tables are empty too
        jdbc.update("DELETE FROM dossier");
        for (String table : vn.hcc.dashboard.figures.DatabaseTallies.TABLES) {
            jdbc.update("DELETE FROM " + table);
        }
        // whatever caches figures (the dashboard) forgets them, as after any change of dossiers
        context.getBean(vn.hcc.dashboard.base.Broadcaster.class).publish(vn.hcc.dashboard.intake.DossierService.TOPIC,
                null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void leaderSeesBieu06aAndTheDownloadLink() {
        SystemAccess.asAdmin(() -> SeedDossiers.saveSeed000(context, "TTHCC"));
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("reports");
        Select<ReportDefinition> kind = _get(Select.class, spec -> spec.withId("report-kind"));
        assertThat(kind.getListDataView().getItems().map(ReportDefinition::key).toList()).containsExactly(
                "BIEU_06A", "UNIT_TABLE", "ONLINE_SERVICES", "DIGITIZATION", "TARGETS", "PAKN", "DOSSIER_LIST",
                "APOLOGY_LETTERS", "SHORTFALL", "PAKN_LATE", "STAFF", "EQUIPMENT", "CHECKLIST", "RATINGS",
                "RATINGS_UNSATISFIED");
        assertThat(kind.getItemLabelGenerator().apply(kind.getValue()))
                .isEqualTo("Biểu số II.06a/VPCP/KSTT: kết quả giải quyết TTHC theo lĩnh vực");

        _get(VnDatePicker.class, spec -> spec.withId("report-from")).setValue(SeedDossiers.SEED_000_FROM);
        _get(VnDatePicker.class, spec -> spec.withId("report-to")).setValue(SeedDossiers.SEED_000_TO);

        Grid<Integer> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        assertThat(grid.getHeaderRows()).as("II.06a's groups (e.g. Đã giải quyết) span columns").hasSize(2);
        assertThat(GridKt._size(grid)).isEqualTo(6);
        assertThat(GridKt._getFormatted(grid, 1, "label")).isEqualTo("Chứng thực");
        assertThat(GridKt._getFormatted(grid, 1, "v0")).isEqualTo("606");
        assertThat(GridKt._getFormatted(grid, 1, "v1")).isEqualTo("528");
        assertThat(grid.getColumnByKey("v0").getFooterText()).isEqualTo("813");
        assertThat(grid.getColumnByKey("v15").getFooterText()).isEqualTo("23");

        Anchor download = _get(Anchor.class, spec -> spec.withId("report-download"));
        assertThat(download.isEnabled()).isTrue();
        assertThat(download.getHref()).isNotBlank();
    }

    @Test
    @SuppressWarnings("unchecked")
    void directorDownloadsSeed004PerUnitTableForACustomRange() throws Exception {
        SystemAccess.asAdmin(() -> SeedDossiers.saveSeed004(context));
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("reports");
        _get(Select.class, spec -> spec.withId("report-kind")).setValue(context.getBean(UnitTableReport.class));
        assertThat(_get(Select.class, spec -> spec.withId("report-preset")).getValue())
                .isEqualTo(PeriodPreset.THIS_MONTH);
        // seed 004's 24th-to-23rd month: a custom range
        _get(VnDatePicker.class, spec -> spec.withId("report-from")).setValue(SeedDossiers.SEED_004_FROM);
        _get(VnDatePicker.class, spec -> spec.withId("report-to")).setValue(SeedDossiers.SEED_004_TO);
        assertThat(_get(Select.class, spec -> spec.withId("report-preset")).getValue())
                .isEqualTo(PeriodPreset.CUSTOM);
        Grid<Integer> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(24);
        // 684 at the center's departments + 438 at the communes
        assertThat(grid.getColumnByKey("v0").getFooterText()).isEqualTo("1.122");

        Download file = download();
        assertThat(file.name()).isEqualTo("BangTheoDonVi_2024-08-24_2024-09-23.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(wb.getSheetName(0)).isEqualTo("Theo đơn vị");
            // under the letterhead and the title: the period line
            assertThat(ReportDownloadTest.rowLabelled(sheet, "(Từ ngày 24/08/2024 đến ngày 23/09/2024)").getRowNum())
                    .isGreaterThan(ReportDownloadTest.rowLabelled(sheet, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                            .getRowNum());
            var total = ReportDownloadTest.rowLabelled(sheet, "Tổng cộng");
            assertThat(total.getCell(2).getCellFormula()).startsWith("SUM(");
            // as stored: received, resolved, in progress, paid in person (seed 004: 7 at the departments + 10 at
            // the communes)
            assertThat(List.of(total.getCell(2).getNumericCellValue(), total.getCell(5).getNumericCellValue(),
                    total.getCell(9).getNumericCellValue(), total.getCell(19).getNumericCellValue()))
                    .containsExactly(1122.0, 1032.0, 77.0, 17.0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void presetsSetThePeriodAndAReversedPeriodIsRefused() {
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("reports");
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        Select<PeriodPreset> preset = _get(Select.class, spec -> spec.withId("report-preset"));
        VnDatePicker from = _get(VnDatePicker.class, spec -> spec.withId("report-from"));
        VnDatePicker to = _get(VnDatePicker.class, spec -> spec.withId("report-to"));
        // this month runs up to today, never to the month's end
        assertThat(List.of(from.getValue(), to.getValue())).containsExactly(today.withDayOfMonth(1), today);
        for (PeriodPreset p : List.of(PeriodPreset.LAST_QUARTER, PeriodPreset.THIS_YEAR, PeriodPreset.LAST_MONTH,
                PeriodPreset.THIS_REPORTING_YEAR, PeriodPreset.SAME_PERIOD_LAST_YEAR)) {
            preset.setValue(p);
            assertThat(List.of(from.getValue(), to.getValue())).as(p.name())
                    .containsExactly(p.period(today).from(), p.period(today).to());
            assertThat(to.getValue()).isBeforeOrEqualTo(today);
            assertThat(preset.getValue()).isEqualTo(p);
        }
        assertThat(preset.getItemLabelGenerator().apply(PeriodPreset.LAST_QUARTER)).isEqualTo("Quý trước");
        assertThat(preset.getItemLabelGenerator().apply(PeriodPreset.THIS_REPORTING_YEAR))
                .isEqualTo("Năm báo cáo (từ 15/12)");

        // a period ending tomorrow is refused at the end date
        from.setValue(today.minusDays(3));
        to.setValue(today.plusDays(1));
        assertThat(_get(Span.class, spec -> spec.withId("report-error")).getText())
                .isEqualTo("Kỳ báo cáo không được kết thúc sau hôm nay");
        assertThat(to.isInvalid()).isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withId("report-download")).isEnabled()).isFalse();

        from.setValue(LocalDate.of(2024, 9, 23));
        to.setValue(LocalDate.of(2024, 8, 24));
        assertThat(_get(Span.class, spec -> spec.withId("report-error")).getText())
                .isEqualTo("Ngày kết thúc phải sau ngày bắt đầu");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-download")).isEnabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDossierListPagesLazilyAndShowsOnlyItsPickers() {
        SystemAccess.asAdmin(() -> SeedDossiers.saveSeed004(context));
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("reports");
        _get(Select.class, spec -> spec.withId("report-kind")).setValue(context.getBean(DossierListReport.class));
        _get(VnDatePicker.class, spec -> spec.withId("report-from")).setValue(SeedDossiers.SEED_004_FROM);
        _get(VnDatePicker.class, spec -> spec.withId("report-to")).setValue(SeedDossiers.SEED_004_TO);
        assertThat(_get(Select.class, spec -> spec.withId("report-status")).isVisible()).isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withId("report-units")))
                .isEmpty();
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        // a callback provider: the grid asks the database for the rows it shows, never for all of them
        assertThat(grid.getDataProvider().isInMemory()).isFalse();
        assertThat(GridKt._size(grid)).isEqualTo(684 + 438);
        assertThat(GridKt._getFormatted(grid, 0, "stt")).isEqualTo("1");
        assertThat(GridKt._getFormatted(grid, 0, "label")).isEqualTo("004-P-KTHT-0");
        assertThat(GridKt._getFormatted(grid, 0, "v4")).isEqualTo("24/08/2024");
        assertThat(grid.getHeaderRows()).as("a list has no column groups: no empty row above the names").hasSize(1);
    }

    /** A report offers choice options exactly when it declares the choice picker, so no picker is ever empty. */
    @Test
    void everyReportSuppliesOptionsExactlyWhenItDeclaresTheChoicePicker() {
        login("admin", Role.ADMIN);
        var reports = context.getBeansOfType(ReportDefinition.class).values();
        assertThat(reports).anyMatch(r -> r.pickers().contains(ReportDefinition.Picker.CHOICE));
        for (ReportDefinition r : reports) {
            var choice = r.choice(vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS);
            assertThat(choice.isPresent()).as(r.key()).isEqualTo(r.pickers().contains(ReportDefinition.Picker.CHOICE));
            choice.ifPresent(c -> assertThat(c.options()).as(r.key() + " options").isNotEmpty());
        }
    }

    /** The status picker is the dossier list's own choice: its options, its captions, kept across reports. */
    @Test
    @SuppressWarnings("unchecked")
    void theStatusPickerOffersTheReportsOwnOptionsAndKeepsTheChoice() {
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("reports");
        Select<ReportDefinition> kind = _get(Select.class, spec -> spec.withId("report-kind"));
        kind.setValue(context.getBean(DossierListReport.class));
        Select<ReportChoice.Option> status = _get(Select.class, spec -> spec.withId("report-status"));
        assertThat(status.getLabel()).isEqualTo("Trạng thái hồ sơ");
        assertThat(status.getEmptySelectionCaption()).isEqualTo("Tất cả trạng thái");
        assertThat(status.getListDataView().getItems().map(ReportChoice.Option::value).toList())
                .containsExactlyElementsOf(java.util.Arrays.stream(vn.hcc.dashboard.intake.DossierStatus.values())
                        .map(Enum::name).toList());
        ReportChoice.Option inProgress = status.getListDataView().getItems()
                .filter(o -> o.value().equals("IN_PROGRESS")).findFirst().orElseThrow();
        assertThat(status.getItemLabelGenerator().apply(inProgress)).isEqualTo("Đang giải quyết");
        status.setValue(inProgress);
        kind.setValue(context.getBean(UnitTableReport.class));
        assertThat(status.isVisible()).isFalse();
        kind.setValue(context.getBean(DossierListReport.class));
        assertThat(status.isVisible()).isTrue();
        assertThat(status.getValue()).isEqualTo(inProgress);
    }

    @Test
    void leadershipDirectorsAndAdministratorsOpenItReceptionAndPaknDoNot() {
        for (Role role : List.of(Role.LEADER, Role.DIRECTOR, Role.ADMIN)) {
            login("u-" + role, role);
            UI.getCurrent().navigate("reports");
            assertThat(UI.getCurrent().getCurrentView().getClass().getAnnotation(Route.class).value())
                    .isEqualTo("reports");
        }
        for (Role role : List.of(Role.RECEPTION, Role.PAKN_HANDLER)) {
            login("u-" + role, role);
            UI.getCurrent().navigate("reports");
            assertThat(UI.getCurrent().getCurrentView()).as(role.name()).isInstanceOf(AccessDeniedView.class);
        }
    }

    record Download(String name, byte[] bytes) {
    }

    /** The report's download, as the browser's click would fetch it ({@link Downloads}). */
    static Download download() throws Exception {
        Downloads.File file = Downloads.of("report-download");
        return new Download(file.name(), file.bytes());
    }
}
