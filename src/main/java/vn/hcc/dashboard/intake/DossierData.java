package vn.hcc.dashboard.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.hcc.dashboard.catalog.OnlineLevel;

/** Every value of a dossier, as recorded at the counter or read from an import row. */
public record DossierData(String code, Long procedureId, Long fieldId, Long unitId, Channel channel,
        OnlineLevel onlineLevel, LocalDateTime receivedAt, LocalDate receivedOn, LocalDate dueOn, LocalDate resultOn,
        LocalDate returnedOn, LocalDate endedOn, DossierStatus status, long fee, boolean paidOnline,
        boolean digitizedComponents, boolean digitizedResult, boolean apologySent, String apologyReason,
        LocalDate newDueOn, String handler) {

    /** Late at {@code day}: resolved after the due day, or still open past it. */
    public boolean isLate(LocalDate day) {
        if (resultOn != null) {
            return resultOn.isAfter(dueOn);
        }
        return !status.isFinal() && dueOn.isBefore(day);
    }
}
