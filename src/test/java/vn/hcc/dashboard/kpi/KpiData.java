package vn.hcc.dashboard.kpi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierStatus;

/**
 * Dossiers that reproduce a seed's counts, to be recorded through {@code DossierService.recordAll}: {@code n}
 * received within the four weeks after {@code from}, the first {@code online} online, the first {@code early} resolved
 * early and the next {@code late} resolved late, the rest still open; fees, online payments and digitized results go
 * to the first resolved ones, digitized components to the first received ones.
 */
public record KpiData(String prefix, long unitId, long fieldId, LocalDate from, int n, int online, int early, int late,
        int withFee, int paidOnline, int digitizedComponents, int digitizedResults) {

    public List<DossierData> dossiers() {
        List<DossierData> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate received = from.plusDays(i % 28);
            boolean isEarly = i < early;
            boolean resolved = i < early + late;
            LocalDate due = isEarly || !resolved ? received.plusDays(10) : received.plusDays(1);
            LocalDate result = !resolved ? null : isEarly ? received.plusDays(2) : received.plusDays(4);
            boolean fee = resolved && i < withFee;
            list.add(new DossierData(prefix + "-" + i, null, fieldId, unitId,
                    i < online ? Channel.ONLINE : Channel.IN_PERSON, OnlineLevel.PARTLY,
                    LocalDateTime.of(received, LocalTime.of(9, 0)), received, due, result, null, null,
                    resolved ? DossierStatus.RESOLVED : DossierStatus.IN_PROGRESS, fee ? 20_000 : 0,
                    fee && i < paidOnline, i < digitizedComponents, resolved && i < digitizedResults, false, null,
                    null, null));
        }
        return list;
    }
}
