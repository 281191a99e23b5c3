package vn.hcc.dashboard.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.figures.DatabaseTallies;
import vn.hcc.dashboard.figures.DossierFilter;
import vn.hcc.dashboard.figures.PeriodFigures;
import vn.hcc.dashboard.figures.PeriodFiguresService.GroupBy;
import vn.hcc.dashboard.figures.PeriodFiguresService;
import vn.hcc.dashboard.figures.Shortfall;
import vn.hcc.dashboard.figures.TallyColumn;
import vn.hcc.dashboard.importing.DossierImportService;
import vn.hcc.dashboard.importing.ImportFiles;
import vn.hcc.dashboard.importing.ImportProgress;
import vn.hcc.dashboard.importing.ImportResult;

/**
 * The summary (dossier_tally, V7) against the per-dossier definition ({@link RawPeriodFigures}) on varied random
 * dossiers written through every path that writes one, committed for real: record, batch record, the tests' tallied writes,
 * status changes, edits, apology letters, an import, its idempotent re-import and an updating import, a rolled-back
 * transaction, deletion. Then the rebuild and V7's backfill recount the same table. Run on H2 (the normal suite) and
 * on MariaDB (tag mariadb).
 */
@WithMockUser(roles = "ADMIN")
abstract class SummaryAgreementChecks {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    PeriodFiguresService figures;
    @Autowired
    DossierService dossiers;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    DossierRepository repository;
    @Autowired
    DossierImportService imports;
    @Autowired
    DossierRowService rows;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    PlatformTransactionManager transactions;
    @TempDir
    Path dir;

    private final List<RandomDossiers.Proc> procs = new ArrayList<>();
    private RawPeriodFigures raw;
    private int checked;

    @BeforeEach
    void catalogue() {
        raw = new RawPeriodFigures(named);
        jdbc.update("INSERT INTO org_unit (code, name, kind) VALUES ('SUMU1', 'Đơn vị tổng hợp 1', 'COMMUNE'),"
                + " ('SUMU2', 'Đơn vị tổng hợp 2', 'COMMUNE'), ('SUMU3', 'Đơn vị tổng hợp 3', 'DEPARTMENT')");
        jdbc.update("INSERT INTO work_field (code, name) VALUES ('SUMF1', 'Lĩnh vực tổng hợp 1'),"
                + " ('SUMF2', 'Lĩnh vực tổng hợp 2'), ('SUMF3', 'Lĩnh vực tổng hợp 3')");
        for (int i = 1; i <= 5; i++) {
            int u = 1 + i % 3;
            int f = 1 + (i * 2) % 3;
            jdbc.update("INSERT INTO admin_procedure (code, name, field_id, unit_id, online_level, processing_days,"
                    + " fee, afternoon_cutoff) SELECT ?, ?, f.id, u.id, 'PARTLY', 5, 0, ? FROM work_field f, org_unit u"
                    + " WHERE f.code = ? AND u.code = ?", "SUMP" + i, "Thủ tục tổng hợp " + i, i <= 2, "SUMF" + f,
                    "SUMU" + u);
        }
        jdbc.query("SELECT p.id, p.code, p.field_id, f.name, p.unit_id, u.name, p.afternoon_cutoff FROM admin_procedure p"
                + " JOIN work_field f ON f.id = p.field_id JOIN org_unit u ON u.id = p.unit_id"
                + " WHERE p.code LIKE 'SUMP%' ORDER BY p.code", rs -> {
                    procs.add(new RandomDossiers.Proc(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), rs.getBoolean(7)));
                });
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM dossier WHERE code LIKE 'SUM-%'");
        jdbc.update("DELETE FROM admin_procedure WHERE code LIKE 'SUMP%'");
        jdbc.update("DELETE FROM work_field WHERE code LIKE 'SUMF%'");
        jdbc.update("DELETE FROM org_unit WHERE code LIKE 'SUMU%'");
        figures.rebuildSummary();
    }

    @Test
    void theSummaryCountsWhatTheDefinitionCountsWhateverWroteTheDossiers() throws IOException {
        RandomDossiers gen = new RandomDossiers(20250129, procs, calendar);
        Random rnd = gen.random();
        int n = 0;
        for (; n < 250; n++) {
            dossiers.record(gen.next("SUM-" + n));
        }
        for (int batch = 0; batch < 3; batch++) {
            List<DossierData> many = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                many.add(gen.next("SUM-" + n++));
            }
            dossiers.recordAll(many);
        }
        List<DossierData> direct = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            direct.add(gen.next("SUM-" + n++));
        }
        TalliedWrites.save(context, direct);
        assertAgrees("after recording");

        for (int i = 0; i < 300; i++) {
            Dossier d = dossiers.findByCode("SUM-" + rnd.nextInt(n)).orElseThrow();
            try {
                switch (rnd.nextInt(3)) {
                    case 0 -> {
                        DossierData next = gen.moved(d.data(), DossierStatus.values()[rnd.nextInt(8)]);
                        LocalDate day = next.resultOn() != null ? next.resultOn() : next.endedOn();
                        dossiers.changeStatus(d.getId(), d.getVersion(), next.status(), day);
                    }
                    case 1 -> {
                        DossierData other = gen.next(d.getCode());
                        DossierData now = d.data();
                        dossiers.update(d.getId(), d.getVersion(), now.toBuilder().procedureId(other.procedureId())
                                .fieldId(other.fieldId()).unitId(other.unitId()).channel(other.channel())
                                .dueOn(now.dueOn().plusDays(rnd.nextInt(3))).fee(other.fee())
                                .paidOnline(other.paidOnline()).digitizedComponents(other.digitizedComponents())
                                .digitizedResult(other.digitizedResult()).handler("cán bộ " + i)
                                .componentsStored(other.componentsStored()).resultStored(other.resultStored())
                                .reusedData(other.reusedData()).build());
                    }
                    default -> dossiers.recordApology(d.getId(), d.getVersion(), "Mất điện",
                            d.data().dueOn().plusDays(1 + rnd.nextInt(5)));
                }
            } catch (FieldValidationException refused) {
                // a random move the rules refuse (final dossier, second letter…) changes nothing
            }
        }
        assertAgrees("after status changes, edits and letters");

        Map<String, Long> before = tallies();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            dossiers.record(gen.next("SUM-rolled-back"));
            assertThat(figures.figures(Period.of(RandomDossiers.FIRST, LocalDate.of(2025, 12, 31)), DossierFilter.ALL))
                    .as("read in the writing transaction").isEqualTo(raw.figures(RandomDossiers.FIRST,
                            LocalDate.of(2025, 12, 31), DossierFilter.ALL));
            tx.setRollbackOnly();
        });
        assertThat(tallies()).as("a rolled-back dossier leaves no trace").isEqualTo(before);

        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(gen.importRow(gen.next("SUM-imp-" + i)));
        }
        assertThat(importRows(rows).created()).isEqualTo(200);
        assertAgrees("after an import");
        Map<String, Long> imported = tallies();
        assertThat(importRows(rows).unchanged()).isEqualTo(200);
        assertThat(tallies()).as("re-importing the same file changes nothing").isEqualTo(imported);
        for (int i = 0; i < 200; i += 2) {
            rows.set(i, gen.importRow(gen.next("SUM-imp-" + i)));
        }
        assertThat(importRows(rows).updated()).isGreaterThan(50);
        assertAgrees("after an updating import");

        TalliedWrites.delete(context, List.of("SUM-1", "SUM-2", "SUM-300", "SUM-imp-3"));
        assertAgrees("after deleting");

        Map<String, Long> kept = tallies();
        assertThat(DatabaseTallies.rebuilt(jdbc, transactions)).as("a recount in a rolled-back transaction")
                .isEqualTo(kept);
        assertThat(tallies()).as("the rolled-back recount leaves the table").isEqualTo(kept);
        figures.rebuildSummary();
        assertThat(tallies()).as("the rebuild recounts the same table").isEqualTo(kept);
        jdbc.update("DELETE FROM dossier_tally");
        jdbc.update("DELETE FROM dossier_tally_month");
        jdbc.update("DELETE FROM dossier_tally_in_person");
        jdbc.update("DELETE FROM dossier_tally_unit");
        jdbc.update("DELETE FROM dossier_tally_unit_month");
        jdbc.update("DELETE FROM dossier_tally_unit_in_person");
        jdbc.update("DELETE FROM dossier_tally_unit_in_person_month");
        for (String statement : backfill("V7__dossier_tally.sql", "INSERT INTO dossier_tally (")) {
            jdbc.update(statement);
        }
        for (String statement : backfill("V19__dossier_tally_unit.sql", "INSERT INTO dossier_tally_unit (")) {
            jdbc.update(statement);
        }
        // V7's backfill knows V7's columns; V11's start at 0, as no dossier recorded their facts before V11
        assertThat(tallies()).as("V7's backfill (and V19's after it) counts the same table")
                .isEqualTo(withoutColumns(kept, Stream.of(TallyColumn.COMPONENTS_STORED,
                        TallyColumn.COMPONENTS_STORED_KNOWN, TallyColumn.RESULT_STORED, TallyColumn.RESULT_STORED_KNOWN,
                        TallyColumn.REUSED_DATA, TallyColumn.REUSED_DATA_KNOWN).map(TallyColumn::column).toList()));
        assertThat(kept.keySet()).as("the random dossiers record V11's facts")
                .anyMatch(k -> k.endsWith("/components_stored")).anyMatch(k -> k.endsWith("/result_stored_known"))
                .anyMatch(k -> k.endsWith("/reused_data"));
        System.out.printf("SUMMARY-AGREEMENT: %d comparisons of summary and definition agree%n", checked);
    }

    private ImportResult importRows(List<List<Object>> rows) throws IOException {
        Path file = ImportFiles.csv(dir, "sum.csv", ImportFiles.csvText(',', ImportFiles.HEADERS, rows), false);
        ImportResult result = imports.importFile(file, "sum.csv", ImportProgress.NONE);
        assertThat(result.succeeded()).as("import: %s", result).isTrue();
        return result;
    }

    /** Every non-zero cell of the summary tables ({@link DatabaseTallies}). */
    private Map<String, Long> tallies() {
        return DatabaseTallies.cells(jdbc);
    }

    private static Map<String, Long> withoutColumns(Map<String, Long> cells, List<String> columns) {
        Map<String, Long> kept = new TreeMap<>(cells);
        kept.keySet().removeIf(k -> columns.stream().anyMatch(c -> k.endsWith("/" + c)));
        return kept;
    }

    /** A migration's backfill statements: from the first {@code start} on. */
    private static List<String> backfill(String migration, String start) throws IOException {
        String sql = new ClassPathResource("db/migration/" + migration).getContentAsString(StandardCharsets.UTF_8);
        String tail = sql.substring(sql.indexOf(start));
        return List.of(tail.split(";")).stream().map(String::strip).filter(s -> s.startsWith("INSERT")).toList();
    }

    /**
     * The lateness conditions read the same evaluated in Java, as SQL and as a JPA predicate, and say what the
     * domain says: late = resolved after the due day or in progress past it; the intake screen's "late" also counts
     * a suspended dossier past its due day.
     */
    private void assertLatenessAgrees(String when) {
        List<DossierData> all = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(
                tx -> repository.findAll().forEach(d -> all.add(d.data())));
        LocalDate first = RandomDossiers.FIRST;
        for (LocalDate day : List.of(first.plusDays(60), first.plusDays(RandomDossiers.DAYS / 2),
                first.plusDays(RandomDossiers.DAYS + 30))) {
            java.util.function.Predicate<DossierData> overdue = d -> d.status() == DossierStatus.IN_PROGRESS
                    && d.dueOn().isBefore(day);
            java.util.function.Predicate<DossierData> resolvedLate = d -> d.resultOn() != null
                    && d.resultOn().isAfter(d.dueOn());
            Map<DossierCondition, java.util.function.Predicate<DossierData>> domain = Map.of(
                    Lateness.overdueAt(day), overdue, Lateness.lateAt(day), resolvedLate.or(overdue),
                    Lateness.pastDueAt(day), d -> d.resultOn() != null ? d.resultOn().isAfter(d.dueOn())
                            : !d.status().isFinal() && d.dueOn().isBefore(day));
            domain.forEach((condition, expected) -> {
                java.util.Set<String> codes = new java.util.TreeSet<>(all.stream().filter(expected)
                        .map(DossierData::code).toList());
                String at = when + ", " + condition + " at " + day;
                assertThat(codes).as("%s: some match", at).isNotEmpty();
                assertThat(new java.util.TreeSet<>(all.stream().filter(condition::test).map(DossierData::code)
                        .toList())).as("%s in Java", at).isEqualTo(codes);
                assertThat(new java.util.TreeSet<>(jdbc.queryForList("SELECT code FROM dossier WHERE "
                        + condition.sql(), String.class))).as("%s in SQL", at).isEqualTo(codes);
                assertThat(new java.util.TreeSet<>(repository.findAll(condition.specification()).stream()
                        .map(Dossier::getCode).toList())).as("%s in JPA", at).isEqualTo(codes);
            });
        }
    }

    /** Periods over month, year, holiday and due-day edges, and random ones; every grouping, filter and series. */
    /** Each drill-down selects exactly the dossiers its figures' difference counts. */
    private void assertShortfallsAgree(String at, Period period, Long unitId) {
        PeriodFigures f = figures.figures(period, new DossierFilter(unitId, null, null));
        Map<Shortfall, Long> expected = Map.of(Shortfall.RESOLVED_LATE, f.resolvedLate(),
                Shortfall.LATE_OR_OVERDUE, f.resolvedLate() + f.inProgressOverdue(),
                Shortfall.NOT_ONLINE, f.receivedDirect(),
                Shortfall.COMPONENTS_NOT_DIGITIZED, f.receivedInPeriod() - f.receivedWithDigitizedComponents(),
                Shortfall.RESULT_NOT_DIGITIZED, f.resolved() - f.resolvedWithDigitizedResult(),
                Shortfall.FEE_NOT_PAID_ONLINE, f.resolvedWithFee() - f.resolvedPaidOnline(),
                Shortfall.DATA_NOT_REUSED, f.receivedInPeriod() - f.reusedData());
        assertThat(expected).hasSize(Shortfall.values().length);
        expected.forEach((shortfall, count) -> {
            assertThat(rows.count(shortfall.condition(period, unitId))).as("%s, %s, unit %s", at, shortfall, unitId)
                    .isEqualTo(count);
            checked++;
        });
    }

    private void assertAgrees(String when) {
        assertLatenessAgrees(when);
        Random rnd = new Random(7);
        List<LocalDate[]> periods = new ArrayList<>(List.of(
                period("2025-01-01", "2025-12-31"), period("2024-10-01", "2025-07-31"),
                period("2025-01-24", "2025-02-23"), period("2025-01-27", "2025-01-27"),
                period("2025-02-03", "2025-02-03"), period("2024-12-15", "2025-03-14"),
                period("2025-04-30", "2025-05-02")));
        for (int i = 0; i < 8; i++) {
            LocalDate from = RandomDossiers.FIRST.minusDays(10).plusDays(rnd.nextInt(RandomDossiers.DAYS + 40));
            periods.add(new LocalDate[] {from, from.plusDays(rnd.nextInt(i < 4 ? 10 : 200))});
        }
        RandomDossiers.Proc p = procs.get(1);
        List<DossierFilter> filters = List.of(DossierFilter.ALL, new DossierFilter(p.unitId(), null, null),
                new DossierFilter(null, p.fieldId(), null), new DossierFilter(p.unitId(), p.fieldId(), Channel.ONLINE));
        for (LocalDate[] pr : periods) {
            String at = when + ", " + pr[0] + " – " + pr[1];
            assertShortfallsAgree(at, Period.of(pr[0], pr[1]), null);
            assertShortfallsAgree(at, Period.of(pr[0], pr[1]), p.unitId());
            for (DossierFilter f : filters) {
                for (GroupBy g : GroupBy.values()) {
                    Map<Long, PeriodFigures> expected = raw.grouped(pr[0], pr[1], f, g);
                    assertThat(figures.grouped(Period.of(pr[0], pr[1]), f, g)).as("%s, %s by %s", at, f, g).isEqualTo(expected);
                    expected.values().forEach(e -> assertThat(e.addsUp()).as("%s adds up", at).isTrue());
                    checked++;
                }
            }
            for (PeriodFiguresService.Slice s : figures.monthly(Period.of(pr[0], pr[1]), filters.get(1))) {
                assertThat(s.figures()).as("%s, month %s", at, s.period())
                        .isEqualTo(raw.figures(s.period().from(), s.period().to(), filters.get(1)));
                checked++;
            }
            for (DossierFilter f : List.of(DossierFilter.ALL, filters.get(1))) {
                Map<String, PeriodFigures> cells = new TreeMap<>();
                figures.byUnitAndChannel(Period.of(pr[0], pr[1]), f).forEach((unit, byChannel) -> byChannel
                        .forEach((c, fig) -> cells.put(unit + "/" + c.name(), fig)));
                assertThat(cells).as("%s, %s by unit and channel", at, f)
                        .isEqualTo(new TreeMap<>(raw.groupedBy(pr[0], pr[1], f, "unit_id", "channel")));
                checked++;
            }
            figures.byChannel(Period.of(pr[0], pr[1]), filters.get(2)).forEach((c, fig) -> {
                assertThat(fig).as("%s, channel %s", at, c)
                        .isEqualTo(raw.figures(pr[0], pr[1], new DossierFilter(null, p.fieldId(), c)));
                checked++;
            });
        }
    }

    private static LocalDate[] period(String from, String to) {
        return new LocalDate[] {LocalDate.parse(from), LocalDate.parse(to)};
    }
}
