package vn.hcc.dashboard.scorecard;

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
import vn.hcc.dashboard.targets.Kpi;

/**
 * One sub-indicator of the index: its group, the KPI that measures it ({@code null}: no source here), the points it
 * is worth and the rate (percent) at which it earns them in full. Changed only through {@link ScorecardService}.
 */
@Entity
@Table(name = "scorecard_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_code", nullable = false, length = 24)
    private ScoreGroup group;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Kpi kpi;

    @Column(name = "max_points", nullable = false, precision = 5, scale = 2)
    private BigDecimal maxPoints;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal threshold;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected Indicator() {
    }

    void apply(IndicatorDraft draft) {
        this.maxPoints = draft.maxPoints();
        this.threshold = draft.threshold();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public ScoreGroup getGroup() {
        return group;
    }

    public Kpi getKpi() {
        return kpi;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }
}
