package vn.hcc.dashboard.reports;

import java.time.LocalDate;
import java.util.List;
import vn.hcc.dashboard.intake.DossierStatus;

/**
 * What the view's pickers say: the period [from, to] and whichever of the reporting unit ({@code null}: the whole
 * center), the unit list (empty: all) and the dossier status ({@code null}: all) the report asks for.
 */
public record ReportRequest(LocalDate from, LocalDate to, Long unitId, List<Long> unitIds, DossierStatus status) {

    public ReportRequest {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("not a period: " + from + " – " + to);
        }
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    }

    public static ReportRequest of(LocalDate from, LocalDate to) {
        return new ReportRequest(from, to, null, List.of(), null);
    }

    public ReportRequest withUnit(Long unit) {
        return new ReportRequest(from, to, unit, unitIds, status);
    }

    public ReportRequest withUnits(List<Long> units) {
        return new ReportRequest(from, to, unitId, units, status);
    }

    public ReportRequest withStatus(DossierStatus s) {
        return new ReportRequest(from, to, unitId, unitIds, s);
    }
}
