package vn.hcc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Holiday;
import vn.hcc.dashboard.catalog.HolidayService;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.ProcedureDraft;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitDraft;
import vn.hcc.dashboard.catalog.UnitKind;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.Dossier;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierFilter;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.intake.PeriodFigures;
import vn.hcc.dashboard.intake.PeriodFiguresService;
import vn.hcc.dashboard.pakn.Pakn;
import vn.hcc.dashboard.pakn.PaknCategory;
import vn.hcc.dashboard.pakn.PaknChannel;
import vn.hcc.dashboard.pakn.PaknCounts;
import vn.hcc.dashboard.pakn.PaknDraft;
import vn.hcc.dashboard.pakn.PaknFiguresService;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.pakn.PaknSteeringService;
import vn.hcc.dashboard.queue.CounterDraft;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.HandTickets;
import vn.hcc.dashboard.queue.QueueFigures;
import vn.hcc.dashboard.queue.QueueFiguresService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.staff.DutyService;
import vn.hcc.dashboard.staff.EmploymentType;
import vn.hcc.dashboard.staff.StaffDraft;
import vn.hcc.dashboard.staff.StaffService;
import vn.hcc.dashboard.staff.StaffSummary;
import vn.hcc.dashboard.security.UserService;

/**
 * The production setup against a real MariaDB: profile {@code mariadb}, the database from {@code DB_URL} /
 * {@code DB_USER} / {@code DB_PASSWORD}, no demo data. Left out of {@code ./mvnw test}; CI runs it on a fresh
 * database with {@code ./mvnw test -Dgroups=mariadb -DexcludedGroups=} (see .ci/run). Safe to re-run on the same
 * database: every record it writes has a fresh code.
 */
@Tag("mariadb")
@EnabledIfEnvironmentVariable(named = "DB_URL", matches = "jdbc:mariadb:.+")
@SpringBootTest(properties = {"app.admin.username=" + MariaDbIntegrationTest.ADMIN,
        "app.admin.password=" + MariaDbIntegrationTest.ADMIN_PASSWORD})
@ActiveProfiles("mariadb")
class MariaDbIntegrationTest {

    static final String ADMIN = "quantri";
    static final String ADMIN_PASSWORD = "Mật-khẩu-CI-2025";

    /** Three rows of V2 look like ('2025-01-27', 'Tết Nguyên đán', 'DAY_OFF'). */
    private static final Pattern HOLIDAY_ROW = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '([^']*)', '(\\w+)'\\)");

    @Autowired
    private DataSource dataSource;
    @Autowired
    private Flyway flyway;
    @Autowired
    private Environment environment;
    @Autowired
    private UnitService units;
    @Autowired
    private FieldService fields;
    @Autowired
    private ProcedureService procedures;
    @Autowired
    private HolidayService holidays;
    @Autowired
    private DossierService dossiers;
    @Autowired
    private PeriodFiguresService periodFigures;
    @Autowired
    private CounterService counters;
    @Autowired
    private QueueService queue;
    @Autowired
    private QueueFiguresService queueFigures;
    @Autowired
    private UserDetailsService userDetails;
    @Autowired
    private UserService users;
    @Autowired
    private PaknService pakn;
    @Autowired
    PaknSteeringService steering;
    @Autowired
    private PaknFiguresService paknFigures;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private StaffService staff;
    @Autowired
    private DutyService duties;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void runsOnMariaDbWithHibernateOnlyValidatingTheSchema() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("MariaDB");
        }
        // The context started, so Hibernate found every entity's table and column as Flyway created them.
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(environment.getProperty("app.demo-data")).isEqualTo("false");
    }

    @Test
    void flywayAppliedEveryMigrationFile() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql");
        List<String> fileVersions = Arrays.stream(files).map(Resource::getFilename)
                .map(n -> n.substring(1, n.indexOf("__"))).sorted().toList();
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(fileVersions).isNotEmpty();
        assertThat(applied).hasSameSizeAs(fileVersions);
        assertThat(Arrays.stream(applied).map(i -> i.getVersion().getVersion()).sorted().toList())
                .isEqualTo(fileVersions);
        assertThat(applied).allSatisfy(i -> assertThat(i.getState().isApplied()).isTrue())
                .noneSatisfy(i -> assertThat(i.getState().isFailed()).isTrue());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void officialHolidaysOfV2AreStoredWithTheirVietnameseNames() throws IOException {
        String v2 = new PathMatchingResourcePatternResolver()
                .getResource("classpath:db/migration/V2__official_holidays_2024_2026.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        Map<LocalDate, String> expected = new TreeMap<>();
        Matcher m = HOLIDAY_ROW.matcher(v2);
        while (m.find()) {
            expected.put(LocalDate.parse(m.group(1)), m.group(2) + "|" + m.group(3));
        }
        assertThat(expected).hasSizeGreaterThan(30).containsEntry(LocalDate.of(2025, 1, 27), "Tết Nguyên đán|DAY_OFF");

        List<Holiday> stored = SystemAccess.asAdmin(
                () -> holidays.between(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)));
        Map<LocalDate, String> actual = stored.stream().collect(Collectors.toMap(Holiday::getDay,
                h -> h.getName() + "|" + h.getKind(), (a, b) -> a, TreeMap::new));
        assertThat(actual).containsAllEntriesOf(expected);
    }

    @Test
    void firstAdministratorComesFromTheEnvironmentAndThereAreNoDemoAccounts() {
        UserDetails admin = userDetails.loadUserByUsername(ADMIN);
        assertThat(admin.getAuthorities()).map(GrantedAuthority::getAuthority).contains("ROLE_ADMIN");
        assertThat(passwordEncoder.matches(ADMIN_PASSWORD, admin.getPassword())).isTrue();
        assertThat(admin.isEnabled()).isTrue();
        assertThatThrownBy(() -> userDetails.loadUserByUsername("giamdoc"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void administratorCreatesUnitFieldAndProcedureAndReadsThemBack() {
        Unit unit = SystemAccess.asAdmin(() -> units.save(new UnitDraft(null, 0, "UBX" + suffix,
                "UBND xã Phú Hòa " + suffix, UnitKind.COMMUNE, null, true)));
        WorkField field = SystemAccess.asAdmin(() -> fields.save(null, 0, "HT" + suffix, "Hộ tịch " + suffix));
        Procedure procedure = SystemAccess.asAdmin(() -> procedures.save(new ProcedureDraft(null, 0,
                "1.001193." + suffix, "Thủ tục đăng ký khai sinh " + suffix, field.getId(), unit.getId(),
                OnlineLevel.FULLY, 3, 8_000, true, true)));

        Procedure read = SystemAccess.asAdmin(() -> procedures.findByCode("1.001193." + suffix)).orElseThrow();
        assertThat(read.getId()).isEqualTo(procedure.getId());
        assertThat(read.getName()).isEqualTo("Thủ tục đăng ký khai sinh " + suffix);
        assertThat(read.getField().getId()).isEqualTo(field.getId());
        assertThat(read.getUnit().getId()).isEqualTo(unit.getId());
        assertThat(read.getOnlineLevel()).isEqualTo(OnlineLevel.FULLY);
        assertThat(read.getFee()).isEqualTo(8_000);
        assertThat(read.isAfternoonCutoff()).isTrue();

        // Search lower-cases the filter, as the views do, and must match the Vietnamese name on MariaDB too.
        assertThat(SystemAccess.asAdmin(() -> units.search("phú hòa " + suffix.toLowerCase(), null,
                Pageable.unpaged()).getContent())).extracting(Unit::getId).containsExactly(unit.getId());
        assertThat(SystemAccess.asAdmin(() -> fields.search("hộ tịch " + suffix.toLowerCase(),
                Pageable.unpaged()).getContent())).extracting(WorkField::getId).containsExactly(field.getId());
    }

    @Test
    void aSaveWithAStaleVersionIsRefusedAndChangesNothing() {
        WorkField created = SystemAccess.asAdmin(() -> fields.save(null, 0, "CT" + suffix, "Chứng thực " + suffix));
        WorkField renamed = SystemAccess.asAdmin(() -> fields.save(created.getId(), created.getVersion(),
                "CT" + suffix, "Chứng thực bản sao " + suffix));
        assertThat(renamed.getVersion()).isEqualTo(created.getVersion() + 1);

        // A second administrator still holds the version loaded before the rename.
        assertThatThrownBy(() -> SystemAccess.asAdmin(() -> fields.save(created.getId(), created.getVersion(),
                "CT" + suffix, "Chứng thực cũ " + suffix))).isInstanceOf(ConcurrentEditException.class);
        assertThat(SystemAccess.asAdmin(() -> fields.search("ct" + suffix.toLowerCase(), Pageable.unpaged())
                .getContent())).singleElement().satisfies(f -> {
                    assertThat(f.getName()).isEqualTo("Chứng thực bản sao " + suffix);
                    assertThat(f.getVersion()).isEqualTo(renamed.getVersion());
                });
    }

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
        PeriodFigures february = SystemAccess.asAdmin(() -> periodFigures.figures(LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 28), new DossierFilter(unit.getId(), null, null)));
        assertThat(february.receivedDirect()).isEqualTo(1);
        assertThat(february.receivedOnline()).isZero();
        assertThat(february.resolvedEarly()).isEqualTo(1);
        assertThat(february.feeAmount()).isEqualTo(2_000);
    }

    /** A petition goes from receipt to the published answer on MariaDB; its figures and history come back. */
    @Test
    void aPetitionIsAnsweredPublishedAndCountedOnMariaDb() {
        Unit unit = SystemAccess.asAdmin(() -> units.save(new UnitDraft(null, 0, "XP" + suffix,
                "UBND xã Phản Ánh " + suffix, UnitKind.COMMUNE, null, true)));
        String handler = "xl" + suffix.toLowerCase();
        SystemAccess.asAdmin(() -> users.create(new UserService.NewUser(handler, "Cán bộ xử lý " + suffix,
                "Mật-khẩu-dài-2025", java.util.EnumSet.of(vn.hcc.dashboard.security.Role.PAKN_HANDLER))));
        LocalDateTime at = LocalDateTime.of(2024, 8, 27, 9, 15, 30);
        Pakn recorded = SystemAccess.asAdmin(() -> pakn.record(new PaknDraft(at, PaknChannel.MOBILE_APP,
                "Nguyễn Văn Bình", "0912 345 678", "Rác thải ven đường " + suffix + " chưa được thu gom",
                PaknCategory.LOCAL, "xã Lai Hạ", null, unit.getId())));
        // 2–3/9/2024 are Quốc khánh: 15 working days from 27/8 end on 19/9
        assertThat(recorded.getDeadline()).isEqualTo(LocalDate.of(2024, 9, 19));
        Pakn assigned = SystemAccess.asAdmin(() -> steering.assign(recorded.getId(), recorded.getVersion(),
                unit.getId(), handler));
        Pakn answered = SystemAccess.asAdmin(() -> pakn.answer(assigned.getId(), assigned.getVersion(),
                "Đã thu gom xong", null, true));
        SystemAccess.asAdmin(() -> steering.publish(answered.getId(), answered.getVersion()));
        assertThatThrownBy(() -> SystemAccess.asAdmin(
                () -> steering.hide(answered.getId(), answered.getVersion(), "x")))
                .isInstanceOf(ConcurrentEditException.class);
        // the unit was given at receipt, so assigning records only the status and the handler
        assertThat(SystemAccess.asAdmin(() -> pakn.history(recorded.getId()))).extracting(h -> h.getField())
                .containsExactly("status", "status", "handler", "status", "answer", "answeredOn", "status");
        assertThat(pakn.published("RÁC THẢI VEN ĐƯỜNG " + suffix, org.springframework.data.domain.PageRequest.of(0,
                10))).singleElement().satisfies(a -> assertThat(a.answer()).isEqualTo("Đã thu gom xong"));
        // answered today, long after its deadline: late; counted by the aggregate query per unit
        PaknCounts counts = SystemAccess.asAdmin(() -> paknFigures.figures(LocalDate.of(2024, 8, 24),
                pakn.today(), unit.getId())).total();
        assertThat(counts.received()).isEqualTo(1);
        assertThat(counts.handledLate()).isEqualTo(1);
        assertThat(counts.addsUp()).isTrue();
        PaknCounts august = SystemAccess.asAdmin(() -> paknFigures.figures(LocalDate.of(2024, 8, 24),
                LocalDate.of(2024, 9, 23), unit.getId())).total();
        assertThat(august.pendingOverdue()).isEqualTo(1);
    }

    /**
     * H2 compares names exactly; MariaDB's default utf8mb4 collations ignore tone marks, which would turn two real
     * commune names into "duplicates". The mariadb profile sets utf8mb4_uca1400_vietnamese_as_ci before Flyway
     * creates the tables (CI's database is created with the server default): tone marks count, letter case not.
     */
    @Test
    void namesThatDifferOnlyByToneMarksAreDistinctButCaseIsIgnored() {
        SystemAccess.asAdmin(() -> units.save(new UnitDraft(null, 0, "TL1" + suffix, "Xã Tân Lập " + suffix,
                UnitKind.COMMUNE, null, true)));
        Unit other = SystemAccess.asAdmin(() -> units.save(new UnitDraft(null, 0, "TL2" + suffix,
                "Xã Tấn Lập " + suffix, UnitKind.COMMUNE, null, true)));
        assertThat(other.getId()).isNotNull();
        assertThatThrownBy(() -> SystemAccess.asAdmin(() -> units.save(new UnitDraft(null, 0, "TL3" + suffix,
                "XÃ TÂN LẬP " + suffix, UnitKind.COMMUNE, null, true))))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("name"));
    }

    /**
     * V5 and the queue figures on MariaDB: the same hand-computed set as QueueFiguresServiceTest gives the same
     * averages and nearest-rank 90th percentiles (window functions, TIMESTAMPDIFF). Fresh fields and counters per run
     * keep the rows of earlier runs out of the grouped figures.
     */
    @Test
    void queueFiguresMatchTheHandComputedSet() {
        long ct = SystemAccess.asAdmin(() -> fields.save(null, 0, "QC" + suffix, "Chứng thực quầy " + suffix)).getId();
        long ht = SystemAccess.asAdmin(() -> fields.save(null, 0, "QH" + suffix, "Hộ tịch quầy " + suffix)).getId();
        long q1 = counter("A" + suffix, Set.of(ct));
        long q2 = counter("B" + suffix, Set.of(ct, ht));
        long q3 = counter("C" + suffix, Set.of(ht));
        SystemAccess.asAdmin(() -> queue.importHistory(HandTickets.of(ct, ht, q1, q2, q3)));

        Map<Object, QueueFigures> perCounter = SystemAccess.asAdmin(() -> queueFigures.grouped(HandTickets.DAY1,
                HandTickets.DAY2, QueueFiguresService.GroupBy.COUNTER));
        QueueFigures one = perCounter.get(q1);
        assertThat(one.tickets()).isEqualTo(6);
        assertThat(one.noShows()).isEqualTo(1);
        assertThat(one.waitSecondsTotal()).isEqualTo(1470);
        assertThat(one.p90WaitSeconds()).isEqualTo(360);
        assertThat(one.serviceSecondsTotal()).isEqualTo(1530);
        assertThat(one.p90ServiceSeconds()).isEqualTo(480);
        assertThat(perCounter.get(q2).p90WaitSeconds()).isEqualTo(1200);
        assertThat(perCounter.get(q3).p90ServiceSeconds()).isEqualTo(900);
        Map<Object, QueueFigures> perField = SystemAccess.asAdmin(() -> queueFigures.grouped(HandTickets.DAY1,
                HandTickets.DAY2, QueueFiguresService.GroupBy.FIELD));
        assertThat(perField.get(ct).waitSecondsTotal()).isEqualTo(2670);
        assertThat(perField.get(ct).p90WaitSeconds()).isEqualTo(1200);
        assertThat(perField.get(ct).visits()).isEqualTo(6);
        assertThat(perField.get(ht).p90WaitSeconds()).isEqualTo(840);
        assertThat(perField.get(ht).serviceSecondsTotal()).isEqualTo(2220);
    }

    /** Numbers per field and day, and two counters calling at once on MariaDB's REPEATABLE READ. */
    @Test
    void twoCountersCallingAtOnceNeverGetTheSameTicketOnMariaDb() throws Exception {
        long ct = SystemAccess.asAdmin(() -> fields.save(null, 0, "QK" + suffix, "Kiosk " + suffix)).getId();
        long q1 = counter("D" + suffix, Set.of(ct));
        long q2 = counter("E" + suffix, Set.of(ct));
        assertThat(queue.issue(ct).number()).isEqualTo("QK" + suffix + "-001");
        for (int i = 0; i < 29; i++) {
            queue.issue(ct);
        }
        List<String> called = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (long counter : new long[] {q1, q2}) {
                runs.add(pool.submit(() -> SystemAccess.asAdmin(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    for (var t = queue.callNext(counter); t.isPresent(); t = queue.callNext(counter)) {
                        called.add(t.get().getNumber());
                        queue.serve(t.get().getId(), t.get().getVersion());
                    }
                })));
            }
            start.countDown();
            for (var run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(called).hasSize(30).doesNotHaveDuplicates();
    }

    /**
     * V9 on MariaDB: the staff counts' aggregate (CASE over the enum column) and the schedule's conflicts. The people
     * work for one month at a random date of the last century, so earlier runs' rows stay out of the counts.
     */
    @Test
    void staffCountsAndDutyConflictsOnMariaDb() {
        LocalDate from = LocalDate.of(1950, 1, 2).plusDays(Math.floorMod(suffix.hashCode(), 18_000));
        LocalDate to = from.plusDays(30);
        long ct = SystemAccess.asAdmin(() -> fields.save(null, 0, "NS" + suffix, "Nhân sự " + suffix)).getId();
        long q = counter("S" + suffix, Set.of(ct));
        long dept = SystemAccess.asAdmin(() -> units.save(new UnitDraft(null, 0, "PTP" + suffix,
                "Phòng Tư pháp " + suffix, UnitKind.DEPARTMENT, null, true))).getId();
        long permanent = SystemAccess.asAdmin(() -> staff.save(new StaffDraft(null, 0, "Biên chế " + suffix, "x",
                EmploymentType.PERMANENT, null, null, true, from, to, null, Set.of(ct), Set.of(q)))).getId();
        SystemAccess.asAdmin(() -> staff.save(new StaffDraft(null, 0, "Cử đến " + suffix, "x",
                EmploymentType.SECONDED, dept, "Chuyên viên Phòng Tư pháp", false, from, to, null, Set.of(),
                Set.of())));
        long support = SystemAccess.asAdmin(() -> staff.save(new StaffDraft(null, 0, "Hỗ trợ " + suffix, "x",
                EmploymentType.SUPPORT, null, null, false, from, to, null, Set.of(), Set.of()))).getId();
        assertThat(SystemAccess.asAdmin(() -> staff.summary(from.plusDays(1))))
                .isEqualTo(new StaffSummary(from.plusDays(1), 3, 2, 1, 1, 1));

        LocalDate saturday = from.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
        assertThat(SystemAccess.asAdmin(() -> duties.assign(saturday, permanent, q)).servesCounter()).isTrue();
        assertThatThrownBy(() -> SystemAccess.asAdmin(() -> duties.assign(saturday, support, q)))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("duty.error.counter-taken"));
        assertThat(SystemAccess.asAdmin(() -> duties.copyPreviousWeek(saturday.plusDays(7))).copied()).isEqualTo(1);
    }

    private long counter(String code, Set<Long> fieldIds) {
        return SystemAccess.asAdmin(() -> counters.save(new CounterDraft(null, 0, code, "Quầy " + code, fieldIds,
                true))).getId();
    }

    @Test
    @WithMockUser(roles = "RECEPTION")
    void nonAdministratorsCannotWrite() {
        assertThatThrownBy(() -> fields.save(null, 0, "X" + suffix, "Không được phép " + suffix))
                .isInstanceOf(AccessDeniedException.class);
    }
}
