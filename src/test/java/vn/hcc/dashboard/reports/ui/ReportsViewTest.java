package vn.hcc.dashboard.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.intake.SeedDossiers;
import vn.hcc.dashboard.reports.UnitTableReport;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;

/** The reports view: a leader sees the form as a grid for the chosen period and gets a download link. */
class ReportsViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void leaderSeesBieu06aAndTheDownloadLink() {
        SystemAccess.asAdmin(() -> SeedDossiers.saveSeed000(context, "TTHCC"));
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("reports");

        _get(VnDatePicker.class, spec -> spec.withId("report-from")).setValue(SeedDossiers.SEED_000_FROM);
        _get(VnDatePicker.class, spec -> spec.withId("report-to")).setValue(SeedDossiers.SEED_000_TO);

        Grid<Integer> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(6);
        assertThat(GridKt._getFormatted(grid, 1, "label")).isEqualTo("Chứng thực");
        assertThat(GridKt._getFormatted(grid, 1, "v0")).isEqualTo("606");
        assertThat(GridKt._getFormatted(grid, 1, "v1")).isEqualTo("528");
        assertThat(grid.getColumnByKey("v0").getFooterText()).isEqualTo("813");
        assertThat(grid.getColumnByKey("v11").getFooterText()).isEqualTo("23");

        Anchor download = _get(Anchor.class, spec -> spec.withId("report-download"));
        assertThat(download.isEnabled()).isTrue();
        assertThat(download.getHref()).isNotBlank();
    }

    @Test
    @SuppressWarnings("unchecked")
    void unitTableAndReversedPeriod() {
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("reports");
        _get(Select.class, spec -> spec.withId("report-kind")).setValue(context.getBean(UnitTableReport.class));
        Grid<Integer> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(24);

        _get(VnDatePicker.class, spec -> spec.withId("report-from")).setValue(LocalDate.of(2024, 9, 23));
        _get(VnDatePicker.class, spec -> spec.withId("report-to")).setValue(LocalDate.of(2024, 8, 24));
        assertThat(_get(Span.class, spec -> spec.withId("report-error")).getText())
                .isEqualTo("Ngày kết thúc phải sau ngày bắt đầu");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-download")).isEnabled()).isFalse();
    }
}
