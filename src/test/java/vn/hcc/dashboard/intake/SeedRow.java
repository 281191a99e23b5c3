package vn.hcc.dashboard.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.figures.PeriodFigures;

/**
 * One row of a seed report table, and the dossiers that reproduce it: {@code online + direct + carried} dossiers,
 * handed out in order to the outcomes early, on time, late, not yet due, overdue, the three suspensions, refused
 * and withdrawn. The first resolved dossiers carry the fees, online payments and digitized results; after the
 * online payments come {@code paidInPerson} fee dossiers returned at the counter, and any fee dossier after those is
 * resolved but not yet returned (its fee not paid yet).
 */
record SeedRow(String name, int online, int direct, int carried, int early, int onTime, int late, int notDue,
        int overdue, int supplement, int financial, int other, int refused, int withdrawn, int fees, int paidOnline,
        int digitizedResults, int digitizedComponents, int paidInPerson) {

    /** A row of a table without a "paid in person" column: every fee not paid online was paid at the counter. */
    SeedRow(String name, int online, int direct, int carried, int early, int onTime, int late, int notDue,
            int overdue, int supplement, int financial, int other, int refused, int withdrawn, int fees,
            int paidOnline, int digitizedResults, int digitizedComponents) {
        this(name, online, direct, carried, early, onTime, late, notDue, overdue, supplement, financial, other,
                refused, withdrawn, fees, paidOnline, digitizedResults, digitizedComponents, fees - paidOnline);
    }

    int received() {
        return online + direct + carried;
    }

    /** What the period figures must say for this row. */
    PeriodFigures expected() {
        return new PeriodFigures(online, direct, carried, early, onTime, late, notDue, overdue, supplement, financial,
                other, refused, withdrawn, fees, paidOnline, 20_000L * fees, digitizedComponents, digitizedResults, 0,
                late + overdue, paidInPerson, direct, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    List<DossierData> dossiers(String codePrefix, long fieldId, long unitId, LocalDate from, LocalDate to) {
        return dossiers(codePrefix, null, fieldId, unitId, from, to);
    }

    List<DossierData> dossiers(String codePrefix, Long procedureId, long fieldId, long unitId, LocalDate from,
            LocalDate to) {
        int outcomes = early + onTime + late + notDue + overdue + supplement + financial + other + refused + withdrawn;
        if (outcomes != received()) {
            throw new IllegalArgumentException(name + ": outcomes " + outcomes + " != received " + received());
        }
        List<DossierData> list = new ArrayList<>();
        int[] counts = {early, onTime, late, notDue, overdue, supplement, financial, other, refused, withdrawn};
        int slot = 0;
        int resolvedSoFar = 0;
        int inPeriodSoFar = 0;
        for (int outcome = 0; outcome < counts.length; outcome++) {
            for (int k = 0; k < counts[outcome]; k++, slot++) {
                Channel channel = slot < online ? Channel.ONLINE : slot < online + direct ? Channel.IN_PERSON : null;
                boolean carriedOver = channel == null;
                LocalDate received = carriedOver ? from.minusDays(20) : from.plusDays(slot % 5);
                LocalDate anchor = carriedOver ? from : received;
                LocalDate due = anchor.plusDays(10);
                LocalDate result = null;
                LocalDate ended = null;
                DossierStatus status = DossierStatus.IN_PROGRESS;
                switch (outcome) {
                    case 0 -> { result = anchor.plusDays(2); status = DossierStatus.RETURNED; }
                    case 1 -> { due = anchor.plusDays(5); result = due; status = DossierStatus.RESOLVED; }
                    case 2 -> { due = anchor.plusDays(1); result = anchor.plusDays(4); status = DossierStatus.RESOLVED; }
                    case 3 -> due = to.plusDays(5);
                    case 4 -> due = to.minusDays(3);
                    case 5 -> status = DossierStatus.SUPPLEMENT_REQUESTED;
                    case 6 -> status = DossierStatus.SUSPENDED_FINANCIAL;
                    case 7 -> status = DossierStatus.SUSPENDED_OTHER;
                    case 8 -> { ended = anchor.plusDays(1); status = DossierStatus.REFUSED; }
                    default -> { ended = anchor.plusDays(1); status = DossierStatus.WITHDRAWN; }
                }
                boolean resolved = result != null;
                boolean withFee = resolved && resolvedSoFar < fees;
                boolean paid = resolved && resolvedSoFar < paidOnline;
                boolean digitizedResult = resolved && resolvedSoFar < digitizedResults;
                boolean digitizedComponent = !carriedOver && inPeriodSoFar < digitizedComponents;
                if (withFee && !paid) {
                    boolean paidAtCounter = resolvedSoFar < paidOnline + paidInPerson;
                    status = paidAtCounter ? DossierStatus.RETURNED : DossierStatus.RESOLVED;
                }
                if (resolved) {
                    resolvedSoFar++;
                }
                if (!carriedOver) {
                    inPeriodSoFar++;
                }
                list.add(DossierData.builder().code(codePrefix + "-" + slot).procedureId(procedureId)
                        .fieldId(fieldId).unitId(unitId).channel(carriedOver ? Channel.IN_PERSON : channel)
                        .onlineLevel(OnlineLevel.PARTLY)
                        .receivedAt(LocalDateTime.of(received, java.time.LocalTime.of(9, 0))).receivedOn(received)
                        .dueOn(due).resultOn(result).returnedOn(status == DossierStatus.RETURNED ? result : null)
                        .endedOn(ended).status(status).fee(withFee ? 20_000 : 0).paidOnline(paid)
                        .digitizedComponents(digitizedComponent).digitizedResult(digitizedResult).build());
            }
        }
        return list;
    }
}
