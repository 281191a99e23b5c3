package vn.hcc.dashboard.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit's letterhead as stored; read and changed through {@link LetterheadService} as {@link LetterheadDraft}. */
@Entity
@Table(name = "report_letterhead")
class Letterhead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false, unique = true)
    private Long unitId;

    @Column(nullable = false, length = 200)
    private String governingBody;

    @Column(nullable = false, length = 200)
    private String issuer;

    @Column(nullable = false, length = 40)
    private String numberSymbol;

    @Column(nullable = false, length = 100)
    private String place;

    @Column(nullable = false, length = 100)
    private String preparerName;

    @Column(nullable = false, length = 100)
    private String headTitle;

    @Column(nullable = false, length = 100)
    private String headName;

    @Version
    private long version;

    protected Letterhead() {
    }

    Letterhead(long unitId) {
        this.unitId = unitId;
    }

    void update(LetterheadDraft d) {
        governingBody = d.governingBody();
        issuer = d.issuer();
        numberSymbol = d.numberSymbol();
        place = d.place();
        preparerName = d.preparerName();
        headTitle = d.headTitle();
        headName = d.headName();
    }

    LetterheadDraft draft() {
        return new LetterheadDraft(unitId, version, governingBody, issuer, numberSymbol, place, preparerName,
                headTitle, headName);
    }

    Long getUnitId() {
        return unitId;
    }

    long getVersion() {
        return version;
    }
}
