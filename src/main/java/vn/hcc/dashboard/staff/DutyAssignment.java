package vn.hcc.dashboard.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One person at one counter for one whole day. The counter is the queue feature's, kept by id. */
@Entity
@Table(name = "duty_assignment")
class DutyAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "duty_day", nullable = false)
    private LocalDate day;

    @Column(name = "counter_id", nullable = false)
    private long counterId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private StaffMember staff;

    @Version
    private long version;

    protected DutyAssignment() {
    }

    DutyAssignment(LocalDate day, long counterId, StaffMember staff) {
        this.day = day;
        this.counterId = counterId;
        this.staff = staff;
    }

    Long getId() {
        return id;
    }

    LocalDate getDay() {
        return day;
    }

    long getCounterId() {
        return counterId;
    }

    StaffMember getStaff() {
        return staff;
    }

    long getVersion() {
        return version;
    }
}
