package vn.hcc.dashboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.figures.DossierFilter;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.figures.PeriodFigures;
import vn.hcc.dashboard.figures.PeriodFiguresService;
import vn.hcc.dashboard.base.Period;

/** The demo year looks like seed 002's center: about 4.500 dossiers a quarter, 55% online, 99% on time. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "ADMIN")
class DemoDossiersTest {

    static final LocalDate TODAY = LocalDate.of(2025, 9, 30);

    @Autowired
    ProcedureService procedures;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    DossierService dossiers;
    @Autowired
    PeriodFiguresService figures;

    private List<DossierData> year() {
        List<Procedure> all = procedures.search("", null, null, Pageable.unpaged()).getContent();
        List<DossierData> out = new ArrayList<>();
        new DemoDossiers(all, calendar.snapshot()).generate(TODAY, 70, out::add);
        return out;
    }

    @Test
    void theSameDataOnEveryStart() {
        assertThat(year()).isEqualTo(year());
    }

    @Test
    void aQuarterHasTheSeedsProportionsAndAddsUp() {
        List<DossierData> year = year();
        assertThat(year.stream().map(DossierData::code).distinct().count()).isEqualTo(year.size());
        for (int i = 0; i < year.size(); i += 1000) {
            dossiers.recordAll(year.subList(i, Math.min(year.size(), i + 1000)));
        }
        PeriodFigures q3 = figures.figures(Period.of(LocalDate.of(2025, 7, 1), TODAY), DossierFilter.ALL);
        assertThat(q3.addsUp()).isTrue();
        assertThat(q3.receivedInPeriod()).isBetween(4_000L, 5_000L);
        assertThat(ratio(q3.receivedOnline(), q3.receivedInPeriod())).isBetween(0.50, 0.60);
        assertThat(ratio(q3.resolvedInTime(), q3.resolved())).isBetween(0.985, 0.995);
        assertThat(ratio(q3.resolvedWithFee(), q3.resolved())).isBetween(0.60, 0.80);
        assertThat(ratio(q3.resolvedPaidOnline(), q3.resolvedWithFee())).isBetween(0.40, 0.65);
        assertThat(ratio(q3.receivedWithDigitizedComponents(), q3.receivedInPeriod())).isBetween(0.98, 1.0);
        assertThat(ratio(q3.resolvedWithDigitizedResult(), q3.resolved())).isBetween(0.95, 1.0);
        assertThat(q3.withdrawn()).isPositive();
        assertThat(q3.lateWithApology()).isPositive();
        assertThat(q3.lateWithoutApology()).isPositive();
        assertThat(q3.inProgress()).isPositive();
        assertThat(q3.inProgressOverdue()).as("directors have overdue dossiers to look at").isPositive();
        // the digitization form's records: every dossier records them, so its columns show real counts
        assertThat(q3.componentsStoredRecorded()).isEqualTo(q3.receivedInPeriod());
        assertThat(q3.reusedDataRecorded()).isEqualTo(q3.receivedInPeriod());
        assertThat(q3.resultsStoredRecorded()).isEqualTo(q3.resolved());
        assertThat(ratio(q3.componentsStored(), q3.receivedInPeriod())).isBetween(0.6, 0.8);
        assertThat(ratio(q3.resultsStored(), q3.resolved())).isBetween(0.65, 0.85);
        assertThat(ratio(q3.reusedData(), q3.receivedInPeriod())).isBetween(0.25, 0.4);
        // and every channel of Biểu II.06a's detail occurs
        assertThat(List.of(q3.receivedInPerson(), q3.receivedOrdinaryPostal(), q3.receivedPublicPostal(),
                q3.receivedSmartphone())).allMatch(n -> n > 0);
        assertThat(q3.channelsAddUp()).isTrue();
    }

    private static double ratio(long numerator, long denominator) {
        return (double) numerator / denominator;
    }
}
