package vn.hcc.dashboard.equipment;

import java.time.LocalDate;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierStatus;

/** Dossiers received on {@code received}, due and resolved on given days of the same month, for the outage tests. */
record LateDossierData(long fieldId, LocalDate received) {

    DossierData dossier(String code, long unitId, int dueDay, Integer resultDay, DossierStatus status) {
        LocalDate due = received.withDayOfMonth(dueDay);
        LocalDate result = resultDay == null ? null : received.withDayOfMonth(resultDay);
        return new DossierData(code, null, fieldId, unitId, Channel.IN_PERSON, OnlineLevel.PARTLY,
                received.atTime(9, 0), received, due, result, null, null, status, 0, false, false, false, false, null,
                null, null);
    }
}
