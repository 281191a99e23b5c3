package vn.hcc.dashboard.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.base.PeriodPreset;
import vn.hcc.dashboard.equipment.EquipmentService;
import vn.hcc.dashboard.equipment.OutageDraft;
import vn.hcc.dashboard.equipment.OutageKind;
import vn.hcc.dashboard.equipment.OutageService;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The dashboard's equipment panel with a known data set: a network outage on 14–15 July 2025 with seven centre
 * dossiers due on those days resolved late and one of Thứa still open past its due day; the demo's photocopier is
 * under repair.
 */
class EquipmentPanelTest extends KaribuTest {

    private static boolean recorded;

    @Autowired
    DossierService dossiers;
    @Autowired
    OutageService outages;
    @Autowired
    EquipmentService equipment;
    @Autowired
    UnitService units;
    @Autowired
    FieldService fields;

    private Unit unit(String code) {
        return SystemAccess.asAdmin(() -> units.listAll()).stream().filter(u -> u.getCode().equals(code)).findFirst()
                .orElseThrow();
    }

    @BeforeEach
    void data() {
        if (recorded) {
            return;
        }
        long ht = SystemAccess.asAdmin(() -> fields.listAll()).stream().filter(f -> f.getCode().equals("HT"))
                .findFirst().orElseThrow().getId();
        LocalDate received = LocalDate.of(2025, 7, 1);
        List<DossierData> list = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            list.add(dossier("NET-" + i, unit("TTHCC").getId(), ht, received, 14 + i % 2, 21, DossierStatus.RESOLVED));
        }
        list.add(dossier("NET-T", unit("X-THUA").getId(), ht, received, 15, null, DossierStatus.IN_PROGRESS));
        list.add(dossier("NET-OK", unit("TTHCC").getId(), ht, received, 14, 14, DossierStatus.RESOLVED));
        SystemAccess.asAdmin(() -> {
            dossiers.recordAll(list);
            outages.save(new OutageDraft(null, 0, OutageKind.NETWORK, LocalDateTime.of(2025, 7, 14, 8, 0),
                    LocalDateTime.of(2025, 7, 15, 11, 0), Set.of(), "Đứt cáp quang"));
        });
        recorded = true;
    }

    private static DossierData dossier(String code, long unitId, long fieldId, LocalDate received, int dueDay,
            Integer resultDay, DossierStatus status) {
        return new DossierData(code, null, fieldId, unitId, Channel.IN_PERSON, OnlineLevel.PARTLY,
                received.atTime(9, 0), received, received.withDayOfMonth(dueDay),
                resultDay == null ? null : received.withDayOfMonth(resultDay), null, null, status, 0, false, false,
                false, false, null, null, null);
    }

    private EquipmentPanel openJuly2025(Role role, String user) {
        login(user, role);
        UI.getCurrent().navigate("dashboard");
        _get(Select.class, s -> s.withId("period")).setValue(PeriodPreset.CUSTOM);
        _get(VnDatePicker.class, s -> s.withId("from")).setValue(LocalDate.of(2025, 7, 1));
        _get(VnDatePicker.class, s -> s.withId("to")).setValue(LocalDate.of(2025, 7, 31));
        return _get(EquipmentPanel.class);
    }

    private static List<String> rows(Grid<?> grid, String... keys) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> String.join(" | ",
                java.util.Arrays.stream(keys).map(k -> GridKt._getFormatted(grid, i, k)).toList())).toList();
    }

    @Test
    void showsTheOutagesOfThePeriodWithTheDossiersThatFellLate() {
        EquipmentPanel panel = openJuly2025(Role.DIRECTOR, "giamdoc");
        Grid<?> impacts = _get(panel, Grid.class, s -> s.withId("outages"));
        assertThat(rows(impacts, "kind", "startedAt", "endedAt", "counters", "lateCount", "lateCodes")).containsExactly(
                "Đường truyền mạng | 14/07/2025 08:00 | 15/07/2025 11:00 | Toàn Trung tâm | 8 | "
                        + "NET-2, NET-4, NET-6, NET-1, NET-3 và 3 hồ sơ khác");
        // one unit: Thứa's open dossier only
        @SuppressWarnings("unchecked")
        ComboBox<Unit> box = _get(ComboBox.class, s -> s.withId("unit"));
        box.setValue(unit("X-THUA"));
        assertThat(rows(impacts, "lateCount", "lateCodes")).containsExactly("1 | NET-T");
        // August had no outage
        _get(VnDatePicker.class, s -> s.withId("from")).setValue(LocalDate.of(2025, 8, 1));
        _get(VnDatePicker.class, s -> s.withId("to")).setValue(LocalDate.of(2025, 8, 31));
        assertThat(GridKt._size(impacts)).isZero();
    }

    @Test
    void leadershipSeesTheEquipmentOutOfOrder() {
        EquipmentPanel panel = openJuly2025(Role.LEADER, "lanhdao");
        Grid<?> broken = _get(panel, Grid.class, s -> s.withId("out-of-order"));
        assertThat(rows(broken, "type", "name", "status", "since")).containsExactly(
                "Khác | Máy photocopy | Đang sửa chữa | " + VnFormat.date(equipment.today().minusDays(3)));
        assertThat(_get(panel, H3.class, s -> s.withText("Thiết bị hỏng, đang sửa chữa (1)"))).isNotNull();
    }
}
