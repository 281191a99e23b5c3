package vn.hcc.dashboard.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.reports.ReportDefinition;
import vn.hcc.dashboard.security.Role;

/**
 * The second wave of reports in the view: the feature views' "Xuất Excel" links, {@code ?report=} choosing the report,
 * a report of one day showing only its "as of" date, a report of today's state no date, and a real download.
 */
class ReportsFromFeatureViewsTest extends KaribuTest {

    @Test
    void theStaffInventoryAndChecklistViewsLinkToTheirReport() {
        for (Role role : List.of(Role.DIRECTOR, Role.LEADER, Role.ADMIN)) {
            login("u-" + role, role);
            for (String[] view : List.of(new String[] {"staff", "STAFF"}, new String[] {"equipment", "EQUIPMENT"},
                    new String[] {"equipment/checklist", "CHECKLIST"})) {
                UI.getCurrent().navigate(view[0]);
                Anchor link = _get(Anchor.class, spec -> spec.withId("export-excel"));
                assertThat(link.getHref()).as(view[0]).isEqualTo("reports?report=" + view[1]);
                assertThat(link.getText()).isEqualTo("Xuất Excel");
                assertThat(link.isVisible()).isTrue();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theQueryParameterChoosesTheReport() {
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("reports", QueryParameters.of("report", "PAKN"));
        Select<ReportDefinition> kind = _get(Select.class, spec -> spec.withId("report-kind"));
        assertThat(kind.getValue().key()).isEqualTo("PAKN");
        assertThat(kind.getItemLabelGenerator().apply(kind.getValue()))
                .isEqualTo("Phụ lục V: kết quả tiếp nhận, xử lý phản ánh, kiến nghị theo đơn vị");
        // a period report shows the period
        assertThat(_get(VnDatePicker.class, spec -> spec.withId("report-from")).isVisible()).isTrue();
        assertThat(_get(Select.class, spec -> spec.withId("report-preset")).isVisible()).isTrue();

        UI.getCurrent().navigate("reports", QueryParameters.of("report", "NO_SUCH"));
        assertThat(_get(Select.class, spec -> spec.withId("report-kind")).getValue())
                .extracting(r -> ((ReportDefinition) r).key()).isEqualTo("BIEU_06A");
    }

    @Test
    void theChecklistNeedsNoDate() {
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("reports", QueryParameters.of("report", "CHECKLIST"));
        assertThat(_find(VnDatePicker.class, spec -> spec.withId("report-to"))).isEmpty();
        assertThat(_find(VnDatePicker.class, spec -> spec.withId("report-from"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("report-current")).getText())
                .isEqualTo("Số liệu tại thời điểm xuất báo cáo");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-download")).isEnabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStaffSummaryDownloadsAsOfTheChosenDay() throws Exception {
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("reports");
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        // a reversed period on a period report is refused ...
        _get(VnDatePicker.class, spec -> spec.withId("report-from")).setValue(today.plusDays(5));
        _get(VnDatePicker.class, spec -> spec.withId("report-to")).setValue(today);
        Span error = _get(Span.class, spec -> spec.withId("report-error"));
        assertThat(error.getText()).isEqualTo("Ngày kết thúc phải sau ngày bắt đầu");
        // ... but an "as of" report reads only the day, whatever the hidden start date says
        UI.getCurrent().navigate("reports", QueryParameters.of("report", "STAFF"));
        assertThat(_find(Select.class, spec -> spec.withId("report-preset"))).isEmpty();
        assertThat(_find(VnDatePicker.class, spec -> spec.withId("report-from"))).isEmpty();
        VnDatePicker asOf = _get(VnDatePicker.class, spec -> spec.withId("report-to"));
        assertThat(asOf.getLabel()).isEqualTo("Tính đến ngày");
        asOf.setValue(today);
        assertThat(_get(Span.class, spec -> spec.withId("report-error")).getText()).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("report-download")).isEnabled()).isTrue();

        ReportsViewTest.Download file = ReportsViewTest.download();
        assertThat(file.name()).isEqualTo("SoLuongCanBo_" + today + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(wb.getSheetName(0)).isEqualTo("Cán bộ");
            // the first row under the header: 12 = 10 + 2 (seed 002), then seed 003's columns
            int first = ReportDownloadTest.rowLabelled(sheet, "STT").getRowNum() + 2;
            assertThat(List.of(2, 3, 4, 5, 6, 7, 8).stream()
                    .map(c -> (long) sheet.getRow(first).getCell(c).getNumericCellValue()).toList())
                    .containsExactly(12L, 10L, 2L, 10L, 9L, 0L, 1L);
        }
    }
}
