package vn.hcc.dashboard.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.hcc.dashboard.catalog.OnlineLevel;

/** Every value of a dossier, as recorded at the counter or read from an import row. */
public record DossierData(String code, Long procedureId, Long fieldId, Long unitId, Channel channel,
        OnlineLevel onlineLevel, LocalDateTime receivedAt, LocalDate receivedOn, LocalDate dueOn, LocalDate resultOn,
        LocalDate returnedOn, LocalDate endedOn, DossierStatus status, long fee, boolean paidOnline,
        boolean digitizedComponents, boolean digitizedResult, boolean apologySent, String apologyReason,
        LocalDate newDueOn, String handler, Boolean componentsStored, Boolean resultStored, Boolean reusedData) {

    /**
     * A dossier whose electronic-warehouse and reuse facts are not recorded ({@code null}): the optional records
     * of the digitization form that the one-stop software may or may not give.
     */
    public DossierData(String code, Long procedureId, Long fieldId, Long unitId, Channel channel,
            OnlineLevel onlineLevel, LocalDateTime receivedAt, LocalDate receivedOn, LocalDate dueOn,
            LocalDate resultOn, LocalDate returnedOn, LocalDate endedOn, DossierStatus status, long fee,
            boolean paidOnline, boolean digitizedComponents, boolean digitizedResult, boolean apologySent,
            String apologyReason, LocalDate newDueOn, String handler) {
        this(code, procedureId, fieldId, unitId, channel, onlineLevel, receivedAt, receivedOn, dueOn, resultOn,
                returnedOn, endedOn, status, fee, paidOnline, digitizedComponents, digitizedResult, apologySent,
                apologyReason, newDueOn, handler, null, null, null);
    }

    /** The same dossier in another state: result, return and end days follow the status. */
    public DossierData withStatus(DossierStatus newStatus, LocalDate result, LocalDate returned, LocalDate ended) {
        return new DossierData(code, procedureId, fieldId, unitId, channel, onlineLevel, receivedAt, receivedOn, dueOn,
                result, returned, ended, newStatus, fee, paidOnline, digitizedComponents, digitizedResult,
                apologySent, apologyReason, newDueOn, handler, componentsStored, resultStored, reusedData);
    }

    /** The same dossier with its apology letter: the reason and the new return date. */
    public DossierData withApology(String reason, LocalDate newDue) {
        return new DossierData(code, procedureId, fieldId, unitId, channel, onlineLevel, receivedAt, receivedOn, dueOn,
                resultOn, returnedOn, endedOn, status, fee, paidOnline, digitizedComponents, digitizedResult, true,
                reason, newDue, handler, componentsStored, resultStored, reusedData);
    }

    /** The same dossier counted from another intake day. */
    public DossierData withReceivedOn(String trimmedCode, LocalDate day) {
        return new DossierData(trimmedCode, procedureId, fieldId, unitId, channel, onlineLevel, receivedAt, day, dueOn,
                resultOn, returnedOn, endedOn, status, fee, paidOnline, digitizedComponents, digitizedResult,
                apologySent, apologyReason, newDueOn, handler, componentsStored, resultStored, reusedData);
    }

    /** The same dossier with its warehouse and reuse records ({@code null}: not recorded). */
    public DossierData withDigitalRecords(Boolean components, Boolean result, Boolean reused) {
        return new DossierData(code, procedureId, fieldId, unitId, channel, onlineLevel, receivedAt, receivedOn, dueOn,
                resultOn, returnedOn, endedOn, status, fee, paidOnline, digitizedComponents, digitizedResult,
                apologySent, apologyReason, newDueOn, handler, components, result, reused);
    }

    /** Late at {@code day}: resolved after the due day, or still open past it ({@link Lateness#pastDueAt}). */
    public boolean isLate(LocalDate day) {
        return Lateness.pastDueAt(day).test(this);
    }
}
