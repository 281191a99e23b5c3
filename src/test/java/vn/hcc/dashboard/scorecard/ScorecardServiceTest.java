package vn.hcc.dashboard.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.audit.AuditFilter;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.kpi.KpiSeeds;

/**
 * The estimated index of the two seed quarters (Q3/2025): the Kim Thành center (4.466 dossiers, 55,59% online,
 * 38,54% paid online, no reuse records) and the Sơn Trung unit (802, reuse recorded as 0), with the sub-indicators
 * seeded by V17.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "DIRECTOR")
class ScorecardServiceTest {

    static final Period QUARTER = Period.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));

    @Autowired
    ScorecardService scorecards;
    @Autowired
    DossierService dossiers;
    @Autowired
    UnitService units;
    @Autowired
    FieldService fields;
    @Autowired
    AuditService audit;

    Map<String, Unit> unit;

    @BeforeEach
    void recordTheSeeds() {
        unit = KpiSeeds.record(units, fields, dossiers, QUARTER.from());
    }

    private static List<String> points(Scorecard card) {
        return card.lines().stream().map(l -> l.indicator().code() + "=" + (l.computed() ? l.points().toPlainString()
                : "-")).toList();
    }

    @Test
    void theKimThanhCenterLineByLineOverTheComputablePoints() {
        Scorecard card = scorecards.scorecard(QUARTER, unit.get("TTHCC").getId());
        // progress (4.379 early + 0 in progress within the deadline) / (4.399 resolved + 67 overdue) = 98,05%
        assertThat(points(card)).containsExactly("CK-1=10.00", "CK-2=-", "TD-1=19.61", "TT-1=12.00", "SH-1=8.00",
                "SH-2=8.00", "SH-3=-", "HL-1=-", "HL-2=-", "TTTT-1=6.42");
        assertThat(card.total()).isEqualByComparingTo("64.03");
        assertThat(card.computable()).as("100 − 8 (no source) − 6 (reuse) − 10 (ratings) − 8 (PAKN)")
                .isEqualByComparingTo("68");
        assertThat(card.maximum()).isEqualByComparingTo("100");
        assertThat(card.share()).isEqualByComparingTo("94.16");
        assertThat(card.lines().get(1).value()).as("publication: no source in this product").isNull();
    }

    @Test
    void unitsRankByTheShareOfTheirComputablePoints() {
        Scorecard thua = scorecards.scorecard(QUARTER, unit.get("X-THUA").getId());
        // reuse recorded (0 of 802): it counts, with 0 points; no fee: online payment has no data
        assertThat(points(thua)).containsExactly("CK-1=10.00", "CK-2=-", "TD-1=19.75", "TT-1=12.00", "SH-1=8.00",
                "SH-2=8.00", "SH-3=0.00", "HL-1=-", "HL-2=-", "TTTT-1=-");
        assertThat(thua.total()).isEqualByComparingTo("57.75");
        assertThat(thua.computable()).isEqualByComparingTo("64");
        assertThat(scorecards.ranking(QUARTER)).extracting(u -> u.unitId(), u -> u.scorecard().total())
                .containsExactly(tuple(unit.get("TTHCC").getId(), new BigDecimal("64.03")),
                        tuple(unit.get("X-THUA").getId(), new BigDecimal("57.75")));
        List<Scorecard> months = scorecards.monthly(QUARTER, unit.get("TTHCC").getId());
        assertThat(months).hasSize(12);
        assertThat(months.get(11).period()).isEqualTo(Period.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)));
        assertThat(months.get(0).computable()).as("October 2024: nothing to compute").isEqualByComparingTo("0");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theAdministratorChangesPointsAndThresholdsWithTrace() {
        IndicatorRow payment = scorecards.indicators().stream().filter(i -> i.code().equals("TTTT-1")).findFirst()
                .orElseThrow();
        scorecards.update(new IndicatorDraft(payment.id(), payment.version(), new BigDecimal("10"),
                new BigDecimal("40")));
        // 38,54 × 10 / 40 = 9,635 → 9,64
        assertThat(scorecards.scorecard(QUARTER, unit.get("TTHCC").getId()).total()).isEqualByComparingTo("67.25");
        assertThat(audit.search(new AuditFilter(Period.of(LocalDate.of(2000, 1, 1), scorecards.today()),
                AuditedType.SCORECARD_INDICATOR, "", ""), 0, 10)).hasSize(1);
        assertThatThrownBy(() -> scorecards.update(new IndicatorDraft(payment.id(), payment.version(),
                new BigDecimal("10"), new BigDecimal("50")))).as("read before the change")
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> scorecards.update(new IndicatorDraft(payment.id(), payment.version() + 1,
                new BigDecimal("10"), BigDecimal.ZERO))).isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("threshold"));
        assertThatThrownBy(() -> scorecards.update(new IndicatorDraft(payment.id(), payment.version() + 1,
                new BigDecimal("101"), BigDecimal.TEN))).isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("maxPoints"));
    }

    @Test
    void onlyTheAdministratorChangesThem() {
        IndicatorRow any = scorecards.indicators().get(0);
        assertThatThrownBy(() -> scorecards.update(new IndicatorDraft(any.id(), any.version(), BigDecimal.ONE,
                BigDecimal.TEN))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "RECEPTION")
    void receptionHasNoScorecard() {
        assertThatThrownBy(() -> scorecards.scorecard(QUARTER, null)).isInstanceOf(AccessDeniedException.class);
    }
}
