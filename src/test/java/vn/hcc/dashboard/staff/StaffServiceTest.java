package vn.hcc.dashboard.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.security.UserService;

/** The roster's rules, its counts against seeds 002 and 003, and who may write. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "DIRECTOR")
class StaffServiceTest {

    /** Seed 003's one-stop shop was set up by decision 10/QĐ-UBND of 11/01/2023 and reported in April 2024. */
    static final LocalDate BA_VI_SINCE = LocalDate.of(2023, 1, 11);
    static final LocalDate BA_VI_REPORT = LocalDate.of(2024, 4, 16);

    @Autowired
    StaffService staff;
    @Autowired
    DutyService duties;
    @Autowired
    UnitService units;
    @Autowired
    UserService users;
    @Autowired
    Clock clock;
    @Autowired
    FieldService fieldService;
    @Autowired
    CounterService counterService;

    StaffFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new StaffFixtures(fieldService, counterService);
    }

    private long unit(String code) {
        return units.listAll().stream().filter(u -> u.getCode().equals(code)).findFirst().map(Unit::getId)
                .orElseThrow();
    }

    private long account(String username) {
        return users.accounts().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().id();
    }

    private static FieldValidationException refusal(Runnable r) {
        try {
            r.run();
        } catch (FieldValidationException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theDemoRosterIsSeed002sCenterTwelveIsTenCivilServantsPlusTwoSupportWorkers() {
        StaffSummary s = staff.summary(LocalDate.now(clock));
        assertThat(s.total()).isEqualTo(12);
        assertThat(s.civilServants()).isEqualTo(10);
        assertThat(s.supportWorkers()).isEqualTo(2);
        // one of the ten works at the Center besides his post in the office (concurrent duty), none is seconded
        assertThat(s.ownStaff()).isEqualTo(9);
        assertThat(s.sentByDepartments()).isZero();
        assertThat(s.concurrentOwn()).isEqualTo(1);
        // before the Center opened on 1/7/2025 nobody was there
        assertThat(staff.summary(LocalDate.of(2025, 6, 30)).total()).isZero();
    }

    @Test
    void seed003sAppendixFiveCommuneOfficialsOnConcurrentDutyCountFiveZeroZero() {
        LocalDate end = LocalDate.of(2025, 6, 30);
        for (String[] p : new String[][] {{"Đinh Văn A", "Văn phòng – Thống kê"}, {"Đinh Văn B", "Văn hóa – Xã hội"},
                {"Đinh Văn C", "Tư pháp – Hộ tịch"}, {"Đinh Văn D", "Tư pháp – Hộ tịch"},
                {"Đinh Văn E", "Địa chính – Nông nghiệp – Xây dựng và Môi trường"}}) {
            staff.save(StaffFixtures.typed(p[0], EmploymentType.PERMANENT, null, "Công chức " + p[1], BA_VI_SINCE,
                    end));
        }
        StaffSummary s = staff.summary(BA_VI_REPORT);
        // "Tổng số 05 | Thuộc biên chế (hoặc biệt phái) của BPMC 0 | do các cơ quan chuyên môn được cử đến 0"
        assertThat(s.civilServants()).isEqualTo(5);
        assertThat(s.ownStaff()).isZero();
        assertThat(s.sentByDepartments()).isZero();
        assertThat(s.total()).isEqualTo(5);
        assertThat(s.concurrentOwn()).isEqualTo(5);
    }

    @Test
    void eachEmploymentTypeLandsInItsColumnOnlyWhileActive() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        long tuPhap = unit("P-TP");
        staff.save(StaffFixtures.typed("Biên chế chuyên trách", EmploymentType.PERMANENT, null, null, day, null));
        staff.save(StaffFixtures.typed("Biệt phái", EmploymentType.SECONDED, tuPhap, null, day, null));
        staff.save(StaffFixtures.typed("Cử đến", EmploymentType.SECONDED, tuPhap, "Chuyên viên Phòng Tư pháp", day,
                null));
        staff.save(StaffFixtures.typed("Kiêm nhiệm", EmploymentType.PERMANENT, null, "Công chức Văn phòng", day,
                null));
        staff.save(StaffFixtures.typed("Hỗ trợ", EmploymentType.SUPPORT, null, null, day, null));
        staff.save(StaffFixtures.typed("Đã nghỉ", EmploymentType.PERMANENT, null, null, day.minusYears(1),
                day.minusDays(1)));
        staff.save(StaffFixtures.typed("Chưa đến", EmploymentType.PERMANENT, null, null, day.plusDays(1), null));
        assertThat(staff.summary(day)).isEqualTo(new StaffSummary(day, 5, 4, 1, 2, 1));
        assertThat(staff.summary(day).concurrentOwn()).isEqualTo(1);
        assertThat(staff.summary(day.minusDays(1))).isEqualTo(new StaffSummary(day.minusDays(1), 1, 1, 0, 1, 0));
    }

    @Test
    void savesEveryAttributeAndFindsByTextTypeAndActivity() {
        StaffDraft d = new StaffDraft(null, 0, "  Nguyễn Văn Bình ", "Chuyên viên", EmploymentType.SECONDED,
                unit("CN-VPDKDD"), "Chuyên viên Chi nhánh VPĐKĐĐ", true, LocalDate.of(2024, 1, 2), null,
                account("lanhdao"), Set.of(fx.field("DD")), Set.of(fx.counter("Q4"), fx.counter("Q5")));
        StaffMember saved = staff.save(d);
        StaffMember read = staff.find(saved.getId()).orElseThrow();
        assertThat(read.getFullName()).isEqualTo("Nguyễn Văn Bình");
        assertThat(read.getType()).isEqualTo(EmploymentType.SECONDED);
        assertThat(read.getHomeUnitId()).isEqualTo(unit("CN-VPDKDD"));
        assertThat(read.isSignatureHolder()).isTrue();
        assertThat(read.getUserId()).isEqualTo(account("lanhdao"));
        assertThat(read.getCounterIds()).containsExactlyInAnyOrder(fx.counter("Q4"), fx.counter("Q5"));
        assertThat(read.getFieldIds()).containsExactly(fx.field("DD"));
        assertThat(staff.search(new StaffFilter("bình", null, true), Pageable.unpaged()).getContent())
                .extracting(StaffMember::getFullName).containsExactly("Nguyễn Văn Bình");
        assertThat(staff.search(new StaffFilter("", EmploymentType.SECONDED, false), Pageable.unpaged())
                .getContent()).extracting(StaffMember::getFullName).containsExactly("Nguyễn Văn Bình");
        assertThat(staff.count(new StaffFilter("", EmploymentType.SUPPORT, true))).isEqualTo(2);
        staff.save(fx.person("Người đã nghỉ", "HT", null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)));
        assertThat(staff.count(new StaffFilter("người đã nghỉ", null, true))).isZero();
        assertThat(staff.count(new StaffFilter("người đã nghỉ", null, false))).isEqualTo(1);
    }

    @Test
    void aPageOfTheRosterNamesUnitCountersFieldsAndSignIn() {
        StaffMember named = staff.save(new StaffDraft(null, 0, "Zoãn Văn An", "Chuyên viên", EmploymentType.SECONDED,
                unit("CN-VPDKDD"), null, false, LocalDate.of(2024, 1, 2), null, account("lanhdao"),
                Set.of(fx.field("DKKD"), fx.field("DD")), Set.of(fx.counter("Q5"), fx.counter("Q4"))));
        StaffMember bare = staff.save(fx.person("Zoãn Văn Bích", null, null, LocalDate.of(2024, 1, 2), null));
        StaffFilter zoan = new StaffFilter("zoãn", null, true);
        List<StaffRow> rows = staff.searchRows(zoan, Pageable.unpaged()).getContent();
        assertThat(rows).extracting(r -> r.member().getId()).containsExactly(named.getId(), bare.getId());
        StaffRow first = rows.get(0);
        assertThat(first.homeUnitName()).isEqualTo(units.nameOf(unit("CN-VPDKDD")).orElseThrow());
        assertThat(first.counterNames()).containsExactly("Quầy 4", "Quầy 5");
        assertThat(first.fieldNames()).containsExactly("Đăng ký kinh doanh", "Đất đai");
        assertThat(first.username()).isEqualTo("lanhdao");
        assertThat(rows.get(1)).extracting(StaffRow::homeUnitName, StaffRow::counterNames, StaffRow::fieldNames,
                StaffRow::username).containsExactly("", List.of(), List.of(), "");
        // paged like the plain search: the second line alone on page two, the filter's count as the total
        var second = staff.searchRows(zoan, org.springframework.data.domain.PageRequest.of(1, 1));
        assertThat(second.getTotalElements()).isEqualTo(staff.count(zoan)).isEqualTo(2);
        assertThat(second.getContent()).extracting(r -> r.member().getFullName()).containsExactly("Zoãn Văn Bích");
    }

    @Test
    void badInputIsRefusedAtTheField() {
        LocalDate from = LocalDate.of(2025, 3, 1);
        FieldValidationException e = refusal(() -> staff.save(fx.person("A", "HT", null, from, from.minusDays(1))));
        assertThat(e.field()).isEqualTo("activeTo");
        assertThat(e.messageKey()).isEqualTo("staff.error.ends-before-start");
        e = refusal(() -> staff.save(StaffFixtures.typed("B", EmploymentType.SECONDED, null, null, from, null)));
        assertThat(e.field()).isEqualTo("homeUnit");
        assertThat(e.messageKey()).isEqualTo("staff.error.seconded-needs-unit");
        e = refusal(() -> staff.save(fx.person(" ", "HT", null, from, null)));
        assertThat(e.field()).isEqualTo("fullName");
        e = refusal(() -> staff.save(StaffFixtures.typed("C", null, null, null, from, null)));
        assertThat(e.field()).isEqualTo("type");
        e = refusal(() -> staff.save(StaffFixtures.typed("D", EmploymentType.PERMANENT, null, null, null, null)));
        assertThat(e.field()).isEqualTo("activeFrom");
        e = refusal(() -> staff.save(new StaffDraft(null, 0, "E", "x", EmploymentType.PERMANENT, null, null, false,
                from, null, null, Set.of(-1L), Set.of())));
        assertThat(e.field()).isEqualTo("fields");
        e = refusal(() -> staff.save(new StaffDraft(null, 0, "E", "x", EmploymentType.PERMANENT, null, null, false,
                from, null, null, Set.of(), Set.of(-1L))));
        assertThat(e.field()).isEqualTo("counters");
    }

    @Test
    void aSignInBelongsToOnePerson() {
        // the demo links "tiepnhan" to Phạm Thị Lan
        StaffDraft d = fx.person("Người khác", "HT", null, LocalDate.of(2025, 1, 1), null);
        FieldValidationException e = refusal(() -> staff.save(new StaffDraft(null, 0, d.fullName(), d.position(),
                d.type(), null, null, false, d.activeFrom(), null, account("tiepnhan"), Set.of(), Set.of())));
        assertThat(e.field()).isEqualTo("user");
        assertThat(e.messageKey()).isEqualTo("staff.error.user-linked");
        assertThat(e.args()).containsExactly("tiepnhan", "Phạm Thị Lan");
        e = refusal(() -> staff.save(new StaffDraft(null, 0, "F", "x", EmploymentType.PERMANENT, null, null, false,
                d.activeFrom(), null, -5L, Set.of(), Set.of())));
        assertThat(e.messageKey()).isEqualTo("staff.error.unknown-user");
    }

    @Test
    void aSaveOverAnotherUsersChangeIsRefused() {
        StaffMember m = staff.save(fx.person("Lê Văn Cũ", "HT", null, LocalDate.of(2025, 1, 1), null));
        StaffDraft opened = m.draft();
        staff.save(new StaffDraft(m.getId(), m.getVersion(), "Lê Văn Mới", "x", EmploymentType.PERMANENT, null,
                null, false, m.getActiveFrom(), null, null, Set.of(), Set.of()));
        assertThatThrownBy(() -> staff.save(opened)).isInstanceOf(ConcurrentEditException.class);
        assertThat(staff.find(m.getId()).orElseThrow().getFullName()).isEqualTo("Lê Văn Mới");
    }

    @Test
    void datesThatWouldLeaveDutiesOutsideAreRefused() {
        StaffMember m = staff.save(fx.person("Trực Thử", "CT", "Q1", LocalDate.of(2025, 1, 1), null));
        duties.assign(LocalDate.of(2025, 9, 10), m.getId(), fx.counter("Q1"));
        StaffDraft d = m.draft();
        FieldValidationException e = refusal(() -> staff.save(new StaffDraft(d.id(), d.version(), d.fullName(),
                d.position(), d.type(), null, null, false, d.activeFrom(), LocalDate.of(2025, 9, 9), null,
                d.fieldIds(), d.counterIds())));
        assertThat(e.field()).isEqualTo("activeTo");
        assertThat(e.messageKey()).isEqualTo("staff.error.duties-outside");
        assertThat(e.args()).containsExactly(1L);
        e = refusal(() -> staff.save(new StaffDraft(d.id(), d.version(), d.fullName(), d.position(), d.type(), null,
                null, false, LocalDate.of(2025, 9, 11), null, null, d.fieldIds(), d.counterIds())));
        assertThat(e.field()).isEqualTo("activeFrom");
    }

    @Test
    void leavingTodayKeepsThePastAndRemovesThePlannedDuties() {
        LocalDate today = LocalDate.now(clock);
        StaffMember m = staff.save(fx.person("Sắp Nghỉ", "CT", "Q1", LocalDate.of(2025, 1, 1), null));
        duties.assign(LocalDate.of(2025, 9, 10), m.getId(), fx.counter("Q1"));
        LocalDate future = DutyService.mondayOf(today).plusWeeks(3).plusDays(5); // a Saturday: always open
        duties.assign(future, m.getId(), fx.counter("Q1"));
        assertThatThrownBy(() -> staff.deactivate(m.getId(), m.getVersion() + 1))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(staff.deactivate(m.getId(), m.getVersion())).isEqualTo(1);
        StaffMember after = staff.find(m.getId()).orElseThrow();
        assertThat(after.getActiveTo()).isEqualTo(today);
        assertThat(duties.week(LocalDate.of(2025, 9, 10)).of(LocalDate.of(2025, 9, 10), m.getId())).isPresent();
        assertThat(duties.week(future).of(future, m.getId())).isEmpty();
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadershipReadsTheRosterButCannotChangeIt() {
        assertThat(staff.count(StaffFilter.ALL)).isEqualTo(12);
        assertThat(staff.summary(LocalDate.now(clock)).total()).isEqualTo(12);
        StaffMember lan = staff.search(new StaffFilter("Phạm Thị Lan", null, false), Pageable.unpaged())
                .getContent().getFirst();
        assertThatThrownBy(() -> staff.save(fx.person("X", null, null, LocalDate.of(2025, 1, 1), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.deactivate(lan.getId(), lan.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "RECEPTION")
    void receptionDoesNotReadTheRoster() {
        assertThatThrownBy(() -> staff.count(StaffFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.summary(LocalDate.now(clock))).isInstanceOf(AccessDeniedException.class);
        // the account list behind the roster's link field is not for everyone either
        assertThatThrownBy(() -> users.accounts()).isInstanceOf(AccessDeniedException.class);
        assertThat(users.currentAccount()).isEmpty();
    }
}
