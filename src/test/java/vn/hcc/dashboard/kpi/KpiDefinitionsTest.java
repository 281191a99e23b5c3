package vn.hcc.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.targets.Kpi;

/**
 * Every KPI explains itself from the one catalogue: a Vietnamese formula, what counts and its source for each, and
 * numbers that are the very counts the KPI divides (seed 002 Kim Thành Q3/2025 and seed 000 Sơn Trung 2024).
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "DIRECTOR")
class KpiDefinitionsTest {

    static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    static final Period QUARTER = Period.of(FROM, LocalDate.of(2025, 9, 30));

    @Autowired
    KpiService kpis;
    @Autowired
    DossierService dossiers;
    @Autowired
    UnitService units;
    @Autowired
    FieldService fields;

    @Test
    void everyKpiHasAVietnameseDefinition() {
        for (Kpi kpi : Kpi.values()) {
            for (String key : List.of(KpiDefinitions.formulaKey(kpi), KpiDefinitions.countsKey(kpi),
                    KpiDefinitions.sourceKey(kpi))) {
                // VI_TEXTS throws on a missing key
                assertThat(VI_TEXTS.get(key)).as(key).isNotBlank();
            }
        }
        assertThat(VI_TEXTS.get(KpiDefinitions.formulaKey(Kpi.ON_TIME)))
                .isEqualTo("(Số hồ sơ giải quyết trước hạn + đúng hạn) / Số hồ sơ đã giải quyết trong kỳ");
        assertThat(VI_TEXTS.get(KpiDefinitions.sourceKey(Kpi.ON_TIME))).contains("Thông tư 01/2020/TT-VPCP",
                "QĐ 766/QĐ-TTg");
    }

    @Test
    void theNumbersAreTheCountsTheKpiDivides() {
        Map<String, Unit> unit = KpiSeeds.record(units, fields, dossiers, FROM);
        for (String code : List.of("TTHCC", "X-THUA")) {
            KpiSet set = kpis.kpis(QUARTER, unit.get(code).getId());
            for (Kpi kpi : Kpi.values()) {
                KpiValue value = set.get(kpi);
                KpiExplanation e = KpiDefinitions.explain(set, kpi);
                assertThat(e.hasNumbers()).as(code + " " + kpi).isEqualTo(value.hasData());
                if (value.hasData()) {
                    assertThat(e.numerator().stream().mapToLong(KpiTerm::value).sum()).as(code + " " + kpi)
                            .isEqualTo(value.numerator());
                    assertThat(e.denominator().value()).as(code + " " + kpi).isEqualTo(value.denominator());
                    assertThat(e.numbers(VI_TEXTS::get)).endsWith(" = " + value.formattedRate());
                }
            }
            KpiSet center = kpis.kpis(QUARTER, unit.get("TTHCC").getId());
            assertThat(KpiDefinitions.explain(center, Kpi.ON_TIME).numbers(VI_TEXTS::get))
                    .isEqualTo("(Trước hạn 4.379 + Đúng hạn 0) / Đã giải quyết 4.399 = 99,54%");
            assertThat(KpiDefinitions.explain(center, Kpi.ONLINE_SUBMISSION).numbers(VI_TEXTS::get))
                    .isEqualTo("Trực tuyến 2.483 / Tiếp nhận trong kỳ 4.466 = 55,59%");
            assertThat(KpiDefinitions.explain(center, Kpi.ONLINE_PAYMENT).numbers(VI_TEXTS::get))
                    .isEqualTo("Thanh toán trực tuyến 1.212 / Có phí, lệ phí 3.144 = 38,54%");
            assertThat(KpiDefinitions.explain(center, Kpi.REUSE).numbers(VI_TEXTS::get))
                    .as("the Kim Thành center records no reuse: no numbers").isNull();
        }
    }

    @Test
    void theFormulaWithNumbersReadsAsTheReportsWriteIt() {
        KpiExplanation e = new KpiExplanation(Kpi.ON_TIME, KpiDefinitions.formulaKey(Kpi.ON_TIME),
                List.of(new KpiTerm("kpi.term.early", 207), new KpiTerm("kpi.term.on-time", 5)),
                new KpiTerm("kpi.term.resolved", 213), new KpiValue(Kpi.ON_TIME, 212L, 213L, null).formattedRate(),
                KpiDefinitions.countsKey(Kpi.ON_TIME), KpiDefinitions.sourceKey(Kpi.ON_TIME));
        assertThat(e.numbers(VI_TEXTS::get)).isEqualTo("(Trước hạn 207 + Đúng hạn 5) / Đã giải quyết 213 = 99,53%");
    }
}
