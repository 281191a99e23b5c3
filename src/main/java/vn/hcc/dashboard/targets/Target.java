package vn.hcc.dashboard.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.hcc.dashboard.base.Period;
import java.time.temporal.ChronoUnit;

/** A target for one KPI, for all units ({@code unitId == null}) or one unit, over [validFrom, validTo]. */
@Entity
@Table(name = "kpi_target")
public class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Kpi kpi;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    /** Percent, e.g. 60.00 for "≥ 60%". */
    @Column(name = "target_value", nullable = false, precision = 5, scale = 2)
    private BigDecimal value;

    @Version
    private long version;

    protected Target() {
    }

    Target(TargetDraft d) {
        apply(d);
    }

    final void apply(TargetDraft d) {
        this.kpi = d.kpi();
        this.unitId = d.unitId();
        this.validFrom = d.from();
        this.validTo = d.to();
        // two decimals as the column keeps them, so a saved target equals a reloaded one
        this.value = d.value().setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /**
     * Whether this target applies to the whole period: its own range contains it, or it is a calendar year's
     * target and the period lies in that year's official reporting year (15/12 of the year before to 14/12), which
     * the year's reports use.
     */
    /** The days it applies to, [validFrom, validTo]. */
    public Period period() {
        return Period.of(validFrom, validTo);
    }

    public boolean covers(Period period) {
        return coversLiterally(period) || (isCalendarYear()
                && Period.reportingYear(validFrom.getYear()).contains(period));
    }

    /** Whether its own range contains the period: such a target beats one that covers it as a reporting year. */
    boolean coversLiterally(Period period) {
        return Period.of(validFrom, validTo).contains(period);
    }

    private boolean isCalendarYear() {
        return Period.of(validFrom, validTo).equals(Period.calendarYear(validFrom.getYear()));
    }

    public long days() {
        return ChronoUnit.DAYS.between(validFrom, validTo) + 1;
    }

    public Long getId() {
        return id;
    }

    public Kpi getKpi() {
        return kpi;
    }

    public Long getUnitId() {
        return unitId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public BigDecimal getValue() {
        return value;
    }

    public long getVersion() {
        return version;
    }

    public TargetDraft draft() {
        return new TargetDraft(id, version, kpi, unitId, validFrom, validTo, value);
    }
}
