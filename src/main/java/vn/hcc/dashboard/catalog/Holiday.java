package vn.hcc.dashboard.catalog;

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

/** One exception to the Monday–Friday week: a weekday off, or a weekend day worked in a government swap. */
@Entity
@Table(name = "holiday")
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private LocalDate day;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HolidayKind kind;

    @Version
    private long version;

    protected Holiday() {
    }

    Holiday(LocalDate day, String name, HolidayKind kind) {
        update(day, name, kind);
    }

    final void update(LocalDate day, String name, HolidayKind kind) {
        this.day = day;
        this.name = name;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }

    public HolidayKind getKind() {
        return kind;
    }

    public long getVersion() {
        return version;
    }
}
