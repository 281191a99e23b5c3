package vn.hcc.dashboard.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.base.Period;

/** The seeded yearly defaults of V6, the most-specific rule, validation and who may write. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "DIRECTOR")
class TargetServiceTest {

    static final LocalDate Y2025 = LocalDate.of(2025, 1, 1);
    static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

    @Autowired
    TargetService targets;
    @Autowired
    UnitService units;

    Map<String, Long> unitIds;

    @BeforeEach
    void catalogue() {
        unitIds = units.listAll().stream().collect(Collectors.toMap(Unit::getCode, Unit::getId));
    }

    private Optional<BigDecimal> applicable(Kpi kpi, Long unit, LocalDate from, LocalDate to) {
        return targets.applicable(kpi, unit, Period.of(from, to)).map(Target::getValue);
    }

    private static BigDecimal pct(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theSeedsTargetsApplyToEveryUnitForTheYear() {
        LocalDate march = LocalDate.of(2025, 3, 1);
        LocalDate endMarch = LocalDate.of(2025, 3, 31);
        assertThat(applicable(Kpi.ONLINE_SUBMISSION, null, march, endMarch)).contains(pct("60.00"));
        assertThat(applicable(Kpi.ONLINE_PAYMENT, null, Y2025, END_2025)).contains(pct("60.00"));
        assertThat(applicable(Kpi.UPDATED_IN_SYSTEM, null, Y2025, END_2025)).contains(pct("100.00"));
        assertThat(applicable(Kpi.DIGITIZED_COMPONENTS, null, Y2025, END_2025)).contains(pct("100.00"));
        assertThat(applicable(Kpi.DIGITIZED_RESULTS, null, Y2025, END_2025)).contains(pct("100.00"));
        assertThat(applicable(Kpi.REUSE, null, Y2025, END_2025)).contains(pct("50.00"));
        assertThat(applicable(Kpi.PAKN_ON_TIME, null, Y2025, END_2025)).contains(pct("100.00"));
        assertThat(applicable(Kpi.ON_TIME, unitIds.get("X-THUA"), march, endMarch)).contains(pct("98.00"));
        // the seeds give no satisfaction target, and a period across two years has no yearly target
        assertThat(applicable(Kpi.SATISFACTION, null, Y2025, END_2025)).isEmpty();
        assertThat(applicable(Kpi.ONLINE_SUBMISSION, null, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 3, 31)))
                .isEmpty();
        // but the official reporting year (15/12 of the year before to 14/12) takes the calendar year's target
        assertThat(applicable(Kpi.ONLINE_SUBMISSION, null, LocalDate.of(2024, 12, 15), LocalDate.of(2025, 10, 31)))
                .isEqualTo(applicable(Kpi.ONLINE_SUBMISSION, null, Y2025, END_2025));
        assertThat(applicable(Kpi.ONLINE_PAYMENT, null, LocalDate.of(2024, 12, 15), LocalDate.of(2025, 12, 14)))
                .contains(pct("60.00"));
        assertThat(applicable(Kpi.ONLINE_PAYMENT, null, LocalDate.of(2024, 12, 14), LocalDate.of(2025, 12, 14)))
                .isEmpty();
    }

    @Test
    void theMostSpecificTargetCoveringThePeriodApplies() {
        long thua = unitIds.get("X-THUA");
        LocalDate q2 = LocalDate.of(2025, 4, 1);
        LocalDate endQ2 = LocalDate.of(2025, 6, 30);
        LocalDate may = LocalDate.of(2025, 5, 1);
        LocalDate endMay = LocalDate.of(2025, 5, 31);
        targets.save(new TargetDraft(null, 0, Kpi.ONLINE_PAYMENT, null, q2, endQ2, pct("80")));
        targets.save(new TargetDraft(null, 0, Kpi.ONLINE_PAYMENT, thua, Y2025, END_2025, pct("95")));

        // shorter beats longer for all units: the quarter's 80% in May, the year's 60% for the year
        assertThat(applicable(Kpi.ONLINE_PAYMENT, null, may, endMay)).contains(pct("80.00"));
        assertThat(applicable(Kpi.ONLINE_PAYMENT, null, Y2025, END_2025)).contains(pct("60.00"));
        // a period not inside the quarter is not covered by it
        assertThat(applicable(Kpi.ONLINE_PAYMENT, null, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 31)))
                .contains(pct("60.00"));
        // unit-specific beats all-units, even when the all-units target is shorter
        assertThat(applicable(Kpi.ONLINE_PAYMENT, thua, may, endMay)).contains(pct("95.00"));
        // another unit never sees Thứa's target
        assertThat(applicable(Kpi.ONLINE_PAYMENT, unitIds.get("X-ANTHINH"), may, endMay)).contains(pct("80.00"));
        // a year's target covers the reporting year from 15/12, after the target whose own year contains the period
        targets.save(new TargetDraft(null, 0, Kpi.ONLINE_PAYMENT, thua, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), pct("97")));
        assertThat(applicable(Kpi.ONLINE_PAYMENT, thua, LocalDate.of(2025, 12, 15), END_2025)).contains(pct("95.00"));
        assertThat(applicable(Kpi.ONLINE_PAYMENT, thua, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 5)))
                .contains(pct("97.00"));
        // the snapshot used by the dashboard decides the same way
        var snapshot = targets.covering(Period.of(may, endMay));
        assertThat(snapshot.of(Kpi.ONLINE_PAYMENT, thua)).contains(pct("95.00"));
        assertThat(snapshot.of(Kpi.ONLINE_PAYMENT, null)).contains(pct("80.00"));
    }

    @Test
    void refusesBadInputAtTheField() {
        LocalDate d = LocalDate.of(2025, 1, 1);
        assertThatThrownBy(() -> targets.save(new TargetDraft(null, 0, null, null, d, d, pct("60"))))
                .hasFieldOrPropertyWithValue("field", "kpi").hasFieldOrPropertyWithValue("messageKey",
                        "validation.required");
        assertThatThrownBy(() -> targets.save(new TargetDraft(null, 0, Kpi.REUSE, null, d, d.minusDays(1),
                pct("60")))).hasFieldOrPropertyWithValue("field", "to");
        assertThatThrownBy(() -> targets.save(new TargetDraft(null, 0, Kpi.REUSE, null, d, d, pct("100.5"))))
                .hasFieldOrPropertyWithValue("field", "value")
                .hasFieldOrPropertyWithValue("messageKey", "target.error.value-range");
        assertThatThrownBy(() -> targets.save(new TargetDraft(null, 0, Kpi.REUSE, null, d, d, pct("0"))))
                .hasFieldOrPropertyWithValue("messageKey", "target.error.value-range");
        assertThatThrownBy(() -> targets.save(new TargetDraft(null, 0, Kpi.REUSE, null, d, d, pct("60.125"))))
                .hasFieldOrPropertyWithValue("messageKey", "target.error.value-decimals");
        // the seeded 2025 target for all units exists already
        assertThatThrownBy(() -> targets.save(new TargetDraft(null, 0, Kpi.REUSE, null, Y2025, END_2025,
                pct("70")))).hasFieldOrPropertyWithValue("messageKey", "target.error.duplicate");
    }

    @Test
    void editsWithTheLoadedVersionOnly() {
        Target t = targets.save(new TargetDraft(null, 0, Kpi.SATISFACTION, null, Y2025, END_2025, pct("90")));
        Target edited = targets.save(new TargetDraft(t.getId(), t.getVersion(), Kpi.SATISFACTION, null, Y2025,
                END_2025, pct("92.5")));
        assertThat(edited.getValue()).isEqualByComparingTo("92.5");
        assertThatThrownBy(() -> targets.save(new TargetDraft(t.getId(), t.getVersion() - 1, Kpi.SATISFACTION,
                null, Y2025, END_2025, pct("91")))).isInstanceOf(vn.hcc.dashboard.base.ConcurrentEditException.class);
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadershipReadsButCannotWrite() {
        assertThat(targets.search(Pageable.unpaged()).getTotalElements()).isEqualTo(32);
        assertThatThrownBy(() -> targets.save(new TargetDraft(null, 0, Kpi.SATISFACTION, null, Y2025, END_2025,
                pct("90")))).isInstanceOf(AccessDeniedException.class);
        long any = targets.search(Pageable.unpaged()).getContent().get(0).getId();
        assertThatThrownBy(() -> targets.delete(any)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "RECEPTION")
    void receptionDoesNotSeeTargets() {
        assertThatThrownBy(() -> targets.search(Pageable.unpaged())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPageOfTargetsNamesEachUnitAndLeavesTheAllUnitsOnesUnnamed() {
        long thua = unitIds.get("X-THUA");
        Target forThua = targets.save(new TargetDraft(null, 0, Kpi.ONLINE_PAYMENT, thua, Y2025, END_2025, pct("95")));
        var rows = targets.searchRows(Pageable.unpaged()).getContent();
        assertThat(rows).extracting(TargetRow::target).containsExactlyElementsOf(targets.search(Pageable.unpaged()));
        assertThat(rows).filteredOn(r -> r.target().getId().equals(forThua.getId())).singleElement()
                .extracting(TargetRow::unitName).isEqualTo(units.nameOf(thua).orElseThrow());
        assertThat(rows).filteredOn(r -> r.target().getUnitId() == null).isNotEmpty()
                .allSatisfy(r -> assertThat(r.unitName()).isNull());
        var second = targets.searchRows(org.springframework.data.domain.PageRequest.of(1, 2));
        assertThat(second.getTotalElements()).isEqualTo(targets.count());
        assertThat(second.getContent()).extracting(TargetRow::target)
                .containsExactlyElementsOf(targets.search(org.springframework.data.domain.PageRequest.of(1, 2)));
    }
}
