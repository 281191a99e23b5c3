package vn.hcc.dashboard.pakn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The working days allowed to answer a petition of one category (15 for all, Decree 20/2008 as amended). */
@Entity
@Table(name = "pakn_deadline")
public class PaknDeadline {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private PaknCategory category;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Version
    private long version;

    protected PaknDeadline() {
    }

    PaknDeadline(PaknCategory category, int workingDays) {
        this.category = category;
        this.workingDays = workingDays;
    }

    public PaknCategory getCategory() {
        return category;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    void setWorkingDays(int workingDays) {
        this.workingDays = workingDays;
    }

    public long getVersion() {
        return version;
    }
}
