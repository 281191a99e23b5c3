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

    /** A new dossier's values, set by name; unset values are empty (null, 0, no). */
    public static Builder builder() {
        return new Builder();
    }

    /** These values, to change some by name. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.procedureId = procedureId;
        b.fieldId = fieldId;
        b.unitId = unitId;
        b.channel = channel;
        b.onlineLevel = onlineLevel;
        b.receivedAt = receivedAt;
        b.receivedOn = receivedOn;
        b.dueOn = dueOn;
        b.resultOn = resultOn;
        b.returnedOn = returnedOn;
        b.endedOn = endedOn;
        b.status = status;
        b.fee = fee;
        b.paidOnline = paidOnline;
        b.digitizedComponents = digitizedComponents;
        b.digitizedResult = digitizedResult;
        b.apologySent = apologySent;
        b.apologyReason = apologyReason;
        b.newDueOn = newDueOn;
        b.handler = handler;
        b.componentsStored = componentsStored;
        b.resultStored = resultStored;
        b.reusedData = reusedData;
        return b;
    }

    /** The same dossier in another state: result, return and end days follow the status. */
    public DossierData withStatus(DossierStatus newStatus, LocalDate result, LocalDate returned, LocalDate ended) {
        return toBuilder().status(newStatus).resultOn(result).returnedOn(returned).endedOn(ended).build();
    }

    /** The same dossier with its apology letter: the reason and the new return date. */
    public DossierData withApology(String reason, LocalDate newDue) {
        return toBuilder().apologySent(true).apologyReason(reason).newDueOn(newDue).build();
    }

    /** The same dossier counted from another intake day. */
    public DossierData withReceivedOn(String trimmedCode, LocalDate day) {
        return toBuilder().code(trimmedCode).receivedOn(day).build();
    }

    /** The same dossier with its warehouse and reuse records ({@code null}: not recorded). */
    public DossierData withDigitalRecords(Boolean components, Boolean result, Boolean reused) {
        return toBuilder().componentsStored(components).resultStored(result).reusedData(reused).build();
    }

    /** Late at {@code day}: resolved after the due day, or still open past it ({@link Lateness#pastDueAt}). */
    public boolean isLate(LocalDate day) {
        return Lateness.pastDueAt(day).test(this);
    }

    /**
     * The values of a dossier by name: the one place that lists them in the record's order, so that a new value is
     * added here and not at every place that makes a dossier.
     */
    public static final class Builder {
        private String code;
        private Long procedureId;
        private Long fieldId;
        private Long unitId;
        private Channel channel;
        private OnlineLevel onlineLevel;
        private LocalDateTime receivedAt;
        private LocalDate receivedOn;
        private LocalDate dueOn;
        private LocalDate resultOn;
        private LocalDate returnedOn;
        private LocalDate endedOn;
        private DossierStatus status;
        private long fee;
        private boolean paidOnline;
        private boolean digitizedComponents;
        private boolean digitizedResult;
        private boolean apologySent;
        private String apologyReason;
        private LocalDate newDueOn;
        private String handler;
        private Boolean componentsStored;
        private Boolean resultStored;
        private Boolean reusedData;

        private Builder() {
        }

        public Builder code(String value) {
            this.code = value;
            return this;
        }

        public Builder procedureId(Long value) {
            this.procedureId = value;
            return this;
        }

        public Builder fieldId(Long value) {
            this.fieldId = value;
            return this;
        }

        public Builder unitId(Long value) {
            this.unitId = value;
            return this;
        }

        public Builder channel(Channel value) {
            this.channel = value;
            return this;
        }

        public Builder onlineLevel(OnlineLevel value) {
            this.onlineLevel = value;
            return this;
        }

        public Builder receivedAt(LocalDateTime value) {
            this.receivedAt = value;
            return this;
        }

        public Builder receivedOn(LocalDate value) {
            this.receivedOn = value;
            return this;
        }

        public Builder dueOn(LocalDate value) {
            this.dueOn = value;
            return this;
        }

        public Builder resultOn(LocalDate value) {
            this.resultOn = value;
            return this;
        }

        public Builder returnedOn(LocalDate value) {
            this.returnedOn = value;
            return this;
        }

        public Builder endedOn(LocalDate value) {
            this.endedOn = value;
            return this;
        }

        public Builder status(DossierStatus value) {
            this.status = value;
            return this;
        }

        public Builder fee(long value) {
            this.fee = value;
            return this;
        }

        public Builder paidOnline(boolean value) {
            this.paidOnline = value;
            return this;
        }

        public Builder digitizedComponents(boolean value) {
            this.digitizedComponents = value;
            return this;
        }

        public Builder digitizedResult(boolean value) {
            this.digitizedResult = value;
            return this;
        }

        public Builder apologySent(boolean value) {
            this.apologySent = value;
            return this;
        }

        public Builder apologyReason(String value) {
            this.apologyReason = value;
            return this;
        }

        public Builder newDueOn(LocalDate value) {
            this.newDueOn = value;
            return this;
        }

        public Builder handler(String value) {
            this.handler = value;
            return this;
        }

        public Builder componentsStored(Boolean value) {
            this.componentsStored = value;
            return this;
        }

        public Builder resultStored(Boolean value) {
            this.resultStored = value;
            return this;
        }

        public Builder reusedData(Boolean value) {
            this.reusedData = value;
            return this;
        }

        public DossierData build() {
            return new DossierData(code, procedureId, fieldId, unitId, channel, onlineLevel, receivedAt, receivedOn,
                    dueOn, resultOn, returnedOn, endedOn, status, fee, paidOnline, digitizedComponents, digitizedResult,
                    apologySent, apologyReason, newDueOn, handler, componentsStored, resultStored, reusedData);
        }
    }
}
