package vn.hcc.dashboard.reports;

import java.time.LocalDate;
import java.util.List;
import vn.hcc.dashboard.base.Period;

/**
 * What the view's pickers say: the period and whichever of the reporting unit ({@code null}: the whole center), the
 * unit list (empty: all) and the report's own choice ({@link ReportChoice.Option#value()}, {@code null}: none, e.g.
 * every dossier status) the report asks for.
 */
public record ReportRequest(Period period, Long unitId, List<Long> unitIds, String choice) {

    public ReportRequest {
        if (period == null) {
            throw new IllegalArgumentException("a report needs a period");
        }
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    }

    public static ReportRequest of(Period period) {
        return new ReportRequest(period, null, List.of(), null);
    }

    public LocalDate from() {
        return period.from();
    }

    public LocalDate to() {
        return period.to();
    }

    public ReportRequest withUnit(Long unit) {
        return new ReportRequest(period, unit, unitIds, choice);
    }

    public ReportRequest withUnits(List<Long> units) {
        return new ReportRequest(period, unitId, units, choice);
    }

    public ReportRequest withChoice(String value) {
        return new ReportRequest(period, unitId, unitIds, value);
    }
}
