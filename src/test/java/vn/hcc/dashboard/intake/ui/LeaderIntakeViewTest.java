package vn.hcc.dashboard.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.importing.DossierImportService;
import vn.hcc.dashboard.importing.ImportProgress;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.Dossier;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Leadership follows the dashboard's lists to a dossier and reads it: the intake grid and the details, without one
 * action that writes; the services refuse its writes whatever the screen shows.
 */
class LeaderIntakeViewTest extends KaribuTest {

    @Autowired
    DossierService dossiers;
    @Autowired
    DossierImportService imports;
    @Autowired
    UnitService units;
    @Autowired
    FieldService fields;

    private Dossier overdueDossier() {
        return SystemAccess.asAdmin(() -> dossiers.findByCode("LD-OVERDUE").orElseGet(() -> {
            LocalDate today = dossiers.today();
            long unit = units.listAll().get(0).getId();
            long field = fields.listAll().get(0).getId();
            return dossiers.record(DossierData.builder().code("LD-OVERDUE").fieldId(field).unitId(unit)
                    .channel(Channel.IN_PERSON).onlineLevel(OnlineLevel.PARTLY)
                    .receivedAt(today.minusDays(20).atTime(9, 0)).dueOn(today.minusDays(3))
                    .status(DossierStatus.IN_PROGRESS).fee(30_000).digitizedComponents(true).handler("Cán bộ A")
                    .build());
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLeaderClicksAnOverdueDossierOnTheDashboardAndReadsItsDetails() {
        Dossier d = overdueDossier();
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("dashboard");
        // the dashboard lists dossiers as value rows, not entities
        Grid<vn.hcc.dashboard.dashboard.DueDossier> overdue = _get(Grid.class, s -> s.withId("overdue"));
        int row = -1;
        for (int i = 0; i < GridKt._size(overdue); i++) {
            if (GridKt._get(overdue, i).dossier().code().equals("LD-OVERDUE")) {
                row = i;
            }
        }
        assertThat(row).as("the dossier is on the overdue list").isNotNegative();
        GridKt._clickItem(overdue, row);

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("intake");
        DossierDetailsDialog details = _get(DossierDetailsDialog.class);
        assertThat(details.getHeaderTitle()).contains("LD-OVERDUE");
        assertThat(details.fee.getValue()).isEqualTo("30.000");
        assertThat(details.fee.isReadOnly()).isTrue();
        assertThat(details.handler.isReadOnly()).isTrue();
        assertThat(_find(Button.class, s -> s.withId("save-details"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("change-status"))).isEmpty();
        assertThat(_find(TextArea.class, s -> s.withId("apology-reason"))).as("no apology form").isEmpty();
        assertThat(_find(Button.class, s -> s.withId("add"))).as("no new-dossier button").isEmpty();
        _get(Button.class, s -> s.withId("close")).click();
        assertThat(GridKt._size(_get(Grid.class))).as("the intake grid shows that dossier").isEqualTo(1);
        assertThat(GridKt._get(_get(Grid.class), 0)).extracting(x -> ((vn.hcc.dashboard.intake.DossierRow) x).dossier().getId()).isEqualTo(d.getId());
    }

    @Test
    void theServicesRefuseEveryWriteOfALeader() {
        Dossier d = overdueDossier();
        login("lanhdao", Role.LEADER);
        assertThat(dossiers.findByCode("LD-OVERDUE")).isPresent();
        assertThatThrownBy(() -> dossiers.changeStatus(d.getId(), d.getVersion(), DossierStatus.RESOLVED,
                dossiers.today())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dossiers.update(d.getId(), d.getVersion(), d.data()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dossiers.recordApology(d.getId(), d.getVersion(), "Mất điện",
                d.data().dueOn().plusDays(3))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dossiers.record(d.data())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dossiers.recordAll(List.of(d.data()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importFile(Path.of("x.csv"), "x.csv", ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
