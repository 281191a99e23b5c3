package vn.hcc.dashboard.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.hcc.dashboard.catalog.OnlineLevel;

/**
 * One dossier (hồ sơ). Catalogue entries are referenced by id: the catalogue is another feature, read through its
 * services. {@code receivedOn} is the day intake counts from (after the 15:00 cut-off, the next working day);
 * {@code endedOn} is the day a dossier was withdrawn or refused.
 */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(name = "procedure_id")
    private Long procedureId;

    @Column(name = "field_id", nullable = false)
    private Long fieldId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level", nullable = false, length = 16)
    private OnlineLevel onlineLevel;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "result_on")
    private LocalDate resultOn;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DossierStatus status;

    @Column(nullable = false)
    private long fee;

    @Column(name = "paid_online", nullable = false)
    private boolean paidOnline;

    @Column(name = "digitized_components", nullable = false)
    private boolean digitizedComponents;

    @Column(name = "digitized_result", nullable = false)
    private boolean digitizedResult;

    @Column(name = "apology_sent", nullable = false)
    private boolean apologySent;

    @Column(name = "apology_reason", length = 500)
    private String apologyReason;

    @Column(name = "new_due_on")
    private LocalDate newDueOn;

    @Column(length = 100)
    private String handler;

    // null: not recorded (the digitization form's cells stay empty then, never 0)
    @Column(name = "components_stored")
    private Boolean componentsStored;

    @Column(name = "result_stored")
    private Boolean resultStored;

    @Column(name = "reused_data")
    private Boolean reusedData;

    /** The queue ticket the citizen held when reception recorded the dossier; null: none (online, post, import). */
    @Column(name = "ticket_id")
    private Long ticketId;

    @Version
    private long version;

    protected Dossier() {
    }

    Dossier(DossierData d) {
        this.code = d.code();
        apply(d);
    }

    /** Copies every field but the code, which identifies the dossier for ever. */
    final void apply(DossierData d) {
        this.procedureId = d.procedureId();
        this.fieldId = d.fieldId();
        this.unitId = d.unitId();
        this.channel = d.channel();
        this.onlineLevel = d.onlineLevel();
        this.receivedAt = d.receivedAt();
        this.receivedOn = d.receivedOn();
        this.dueOn = d.dueOn();
        this.resultOn = d.resultOn();
        this.returnedOn = d.returnedOn();
        this.endedOn = d.endedOn();
        this.status = d.status();
        this.fee = d.fee();
        this.paidOnline = d.paidOnline();
        this.digitizedComponents = d.digitizedComponents();
        this.digitizedResult = d.digitizedResult();
        this.apologySent = d.apologySent();
        this.apologyReason = d.apologyReason();
        this.newDueOn = d.newDueOn();
        this.handler = d.handler();
        this.componentsStored = d.componentsStored();
        this.resultStored = d.resultStored();
        this.reusedData = d.reusedData();
    }

    /** The attributes of {@link #data()} in the order of its record's components, for queries of plain columns. */
    static final java.util.List<String> COLUMNS = java.util.List.of("code", "procedureId", "fieldId", "unitId",
            "channel", "onlineLevel", "receivedAt", "receivedOn", "dueOn", "resultOn", "returnedOn", "endedOn",
            "status", "fee", "paidOnline", "digitizedComponents", "digitizedResult", "apologySent", "apologyReason",
            "newDueOn", "handler", "componentsStored", "resultStored", "reusedData");

    /** The values of {@link #COLUMNS} found in {@code row} from index {@code from} on, as {@link #data()} has them. */
    static DossierData data(Object[] row, int from) {
        int f = from;
        return new DossierData((String) row[f], (Long) row[f + 1], (Long) row[f + 2], (Long) row[f + 3],
                (Channel) row[f + 4], (OnlineLevel) row[f + 5], (LocalDateTime) row[f + 6], (LocalDate) row[f + 7],
                (LocalDate) row[f + 8], (LocalDate) row[f + 9], (LocalDate) row[f + 10], (LocalDate) row[f + 11],
                (DossierStatus) row[f + 12], (Long) row[f + 13], (Boolean) row[f + 14], (Boolean) row[f + 15],
                (Boolean) row[f + 16], (Boolean) row[f + 17], (String) row[f + 18], (LocalDate) row[f + 19],
                (String) row[f + 20], (Boolean) row[f + 21], (Boolean) row[f + 22], (Boolean) row[f + 23]);
    }

    /** The dossier's values as a record, to compare, edit and validate. */
    public DossierData data() {
        return DossierData.builder().code(code).procedureId(procedureId).fieldId(fieldId).unitId(unitId)
                .channel(channel).onlineLevel(onlineLevel).receivedAt(receivedAt).receivedOn(receivedOn).dueOn(dueOn)
                .resultOn(resultOn).returnedOn(returnedOn).endedOn(endedOn).status(status).fee(fee)
                .paidOnline(paidOnline).digitizedComponents(digitizedComponents).digitizedResult(digitizedResult)
                .apologySent(apologySent).apologyReason(apologyReason).newDueOn(newDueOn).handler(handler)
                .componentsStored(componentsStored).resultStored(resultStored).reusedData(reusedData).build();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getVersion() {
        return version;
    }

    public Long getTicketId() {
        return ticketId;
    }

    /** Set once, when reception records the dossier ({@link DossierService#record(DossierData, String)}). */
    void heldTicket(Long ticketId) {
        this.ticketId = ticketId;
    }
}
