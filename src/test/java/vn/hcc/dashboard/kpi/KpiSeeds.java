package vn.hcc.dashboard.kpi;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The two quarters the KPI reports are checked against, recorded once for every test that needs them: the Kim Thành
 * Q3/2025 center (4.466 dossiers) on TTHCC and the Sơn Trung 2024 unit (802) on X-THUA, both in Hộ tịch.
 */
public final class KpiSeeds {

    private KpiSeeds() {
    }

    /** Records both and returns the catalogue's units by code. */
    public static Map<String, Unit> record(UnitService units, FieldService fields, DossierService dossiers,
            java.time.LocalDate from) {
        Map<String, Unit> unit = units.listAll().stream().collect(Collectors.toMap(Unit::getCode, u -> u));
        long ht = fields.listAll().stream().filter(f -> f.getCode().equals("HT")).findFirst().orElseThrow().getId();
        record(dossiers, "", unit.get("TTHCC").getId(), unit.get("X-THUA").getId(), ht, from);
        return unit;
    }

    /**
     * Records both in the given units and field: the Kim Thành quarter in {@code center}, the Sơn Trung one in
     * {@code sonTrung}, every code prefixed by {@code prefix} (a run of its own on a database that keeps its data).
     */
    public static void record(DossierService dossiers, String prefix, long center, long sonTrung, long field,
            java.time.LocalDate from) {
        SystemAccess.asAdmin(() -> {
            dossiers.recordAll(new KpiData(prefix + "S002", center, field, from, 4466, 2483, 4379, 20, 3144, 1212,
                    4466, 4399).dossiers());
            // the Sơn Trung unit records the warehouse and reuse facts: (11) 0 components stored, (12) 589 results
            // stored, 0 dossiers reusing digitized data; the Kim Thành center records none of them
            List<DossierData> s000 = new KpiData(prefix + "S000", sonTrung, field, from, 802, 716, 792, 0, 0, 0, 800,
                    768).dossiers();
            dossiers.recordAll(IntStream.range(0, s000.size()).mapToObj(i -> s000.get(i)
                    .withDigitalRecords(false, s000.get(i).resultOn() == null ? null : i < 589, false)).toList());
        });
    }
}
