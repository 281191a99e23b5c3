package vn.hcc.dashboard.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.MariaDbTest;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.ProcedureDraft;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitDraft;
import vn.hcc.dashboard.catalog.UnitKind;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.figures.DossierFilter;
import vn.hcc.dashboard.figures.PeriodFigures;
import vn.hcc.dashboard.figures.PeriodFiguresService;
import vn.hcc.dashboard.security.SystemAccess;

/** Dossiers on MariaDB ({@link MariaDbTest}); the summaries' agreement is {@link SummaryAgreementMariaDbTest}. */
@MariaDbTest
class IntakeMariaDbTest {

    @Autowired
    private UnitService units;
    @Autowired
    private FieldService fields;
    @Autowired
    private ProcedureService procedures;
    @Autowired
    private DossierService dossiers;
    @Autowired
    private PeriodFiguresService periodFigures;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    /** The dossier table of V4, the working-day calendar over V2's Tết and the period query, on MariaDB. */
    @Test
    void aDossierIsRecordedResolvedAndCountedByThePeriodQuery() {
        Unit unit = SystemAccess.asAdmin(() -> units.save(new UnitDraft(null, 0, "BP" + suffix,
                "Bộ phận một cửa " + suffix, UnitKind.DEPARTMENT, null, true)));
        WorkField field = SystemAccess.asAdmin(() -> fields.save(null, 0, "CTH" + suffix, "Chứng thực HS " + suffix));
        Procedure procedure = SystemAccess.asAdmin(() -> procedures.save(new ProcedureDraft(null, 0,
                "2.000815." + suffix, "Chứng thực bản sao từ bản chính " + suffix, field.getId(), unit.getId(),
                OnlineLevel.PARTLY, 3, 2_000, true, true)));
        // Friday before Tết 2025 after the 15:00 cut-off: the dossier counts from Monday 03/02/2025. Whole seconds:
        // V4's received_at TIMESTAMP keeps no fraction on MariaDB (H2 keeps microseconds).
        LocalDateTime receivedAt = LocalDateTime.of(2025, 1, 24, 15, 30, 12);
        Dossier recorded = SystemAccess.asAdmin(() -> dossiers.record(
                dossiers.propose(procedure.getId(), receivedAt, "HS-" + suffix, Channel.IN_PERSON)));
        DossierData stored = SystemAccess.asAdmin(() -> dossiers.findByCode("HS-" + suffix)).orElseThrow().data();
        assertThat(stored.receivedAt()).isEqualTo(receivedAt);
        assertThat(stored.receivedOn()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(stored.dueOn()).isEqualTo(LocalDate.of(2025, 2, 6));

        SystemAccess.asAdmin(() -> dossiers.changeStatus(recorded.getId(), recorded.getVersion(),
                DossierStatus.RESOLVED, LocalDate.of(2025, 2, 5)));
        assertThatThrownBy(() -> SystemAccess.asAdmin(() -> dossiers.changeStatus(recorded.getId(),
                recorded.getVersion(), DossierStatus.RETURNED, LocalDate.of(2025, 2, 5))))
                .isInstanceOf(ConcurrentEditException.class);
        PeriodFigures february = SystemAccess.asAdmin(() -> periodFigures.figures(Period.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)), new DossierFilter(unit.getId(), null, null)));
        assertThat(february.receivedDirect()).isEqualTo(1);
        assertThat(february.receivedOnline()).isZero();
        assertThat(february.resolvedEarly()).isEqualTo(1);
        assertThat(february.feeAmount()).isEqualTo(2_000);
    }
}
