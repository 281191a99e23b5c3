package vn.hcc.dashboard.reports;

import java.time.LocalDate;
import java.util.List;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.intake.DossierStatus;

/**
 * What the view's pickers say: the period and whichever of the reporting unit ({@code null}: the whole center), the
 * unit list (empty: all) and the dossier status ({@code null}: all) the report asks for.
 */
public record ReportRequest(Period period, Long unitId, List<Long> unitIds, DossierStatus status) {

    public ReportRequest {
        if (period == null) {
            throw new IllegalArgumentException("a report needs a period");
        }
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    }

    public static ReportRequest of(Period period) {
        return new ReportRequest(period, null, List.of(), null);
    }

    public static ReportRequest of(LocalDate from, LocalDate to) {
        return of(Period.of(from, to));
    }

    public LocalDate from() {
        return period.from();
    }

    public LocalDate to() {
        return period.to();
    }

    public ReportRequest withUnit(Long unit) {
        return new ReportRequest(period, unit, unitIds, status);
    }

    public ReportRequest withUnits(List<Long> units) {
        return new ReportRequest(period, unitId, units, status);
    }

    public ReportRequest withStatus(DossierStatus s) {
        return new ReportRequest(period, unitId, unitIds, s);
    }
}
