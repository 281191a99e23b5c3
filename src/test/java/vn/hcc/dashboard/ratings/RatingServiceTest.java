package vn.hcc.dashboard.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.kpi.KpiService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.QueueTestIds;
import vn.hcc.dashboard.queue.Ticket;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.staff.EmploymentType;
import vn.hcc.dashboard.staff.StaffDraft;
import vn.hcc.dashboard.staff.StaffFilter;
import vn.hcc.dashboard.staff.StaffMember;
import vn.hcc.dashboard.staff.StaffService;
import vn.hcc.dashboard.targets.Kpi;

/**
 * The ratings' rules and figures on the demo counters (Quầy 1 serves Chứng thực, Quầy 3 Hộ tịch; the officer
 * {@code tiepnhan} is Phạm Thị Lan of the roster). Each test runs on its own day of the test clock and is rolled back.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "tiepnhan", roles = "RECEPTION")
class RatingServiceTest {

    private static final ResourceBundle VI = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.of("vi"));

    @Autowired
    RatingService ratings;
    @Autowired
    QueueService queue;
    @Autowired
    DeviceService devices;
    @Autowired
    CounterService counters;
    @Autowired
    FieldService fields;
    @Autowired
    KpiService kpis;
    @Autowired
    TestClock clock;
    @Autowired
    StaffService staff;
    @Autowired
    UnitService units;

    long q1;
    long q3;
    long ct;
    long ht;

    @BeforeEach
    void ids() {
        SystemAccess.asAdmin(() -> {
            q1 = QueueTestIds.counter(counters, "Q1");
            q3 = QueueTestIds.counter(counters, "Q3");
            ct = QueueTestIds.field(fields, "CT");
            ht = QueueTestIds.field(fields, "HT");
        });
    }

    private static void refused(ThrowingCallable call, String field, String vietnamese) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FieldValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(new java.text.MessageFormat(VI.getString(e.messageKey()), Locale.of("vi")).format(e.args()))
                    .isEqualTo(vietnamese);
        });
    }

    private static ImportedRating imported(String code, LocalDate day, RatingLevel level) {
        return new ImportedRating(code, null, null, day.atTime(9, 0), level);
    }

    private RatingCounts counts(LocalDate from, LocalDate to) {
        return SystemAccess.asAdmin(() -> ratings.counts(Period.of(from, to), RatingFilter.ALL));
    }

    /** Seed 000 (Sơn Trung, 15/12/2023–31/10/2024): 100% "Rất hài lòng", so satisfaction is 100,00%. */
    @Test
    void seed000IsAHundredPercentSatisfied() {
        LocalDate from = LocalDate.of(2023, 12, 15);
        LocalDate to = LocalDate.of(2024, 10, 31);
        List<ImportedRating> batch = new ArrayList<>();
        for (int i = 0; i < 790; i++) { // the seed's 790 resolved dossiers, each rated "Rất hài lòng"
            batch.add(imported("SEED000-" + i, from.plusDays(i % 300), RatingLevel.VERY_SATISFIED));
        }
        SystemAccess.asAdmin(() -> ratings.importRatings(batch));
        RatingCounts c = counts(from, to);
        assertThat(c).isEqualTo(new RatingCounts(790, 0, 0));
        assertThat(c.formattedRate()).isEqualTo("100,00%");
        var kpi = SystemAccess.asAdmin(() -> kpis.kpis(Period.of(from, to), null)).get(Kpi.SATISFACTION);
        assertThat(kpi.numerator()).isEqualTo(790);
        assertThat(kpi.denominator()).isEqualTo(790);
        assertThat(kpi.formattedRate()).isEqualTo("100,00%");
        // per calendar month by one query: each month's count is that month's (the first and last cut to the period)
        Period cut = Period.of(LocalDate.of(2024, 1, 20), LocalDate.of(2024, 6, 10));
        var perMonth = SystemAccess.asAdmin(() -> ratings.countsPerMonth(cut, RatingFilter.ALL));
        assertThat(perMonth).hasSize(6);
        for (Period month : cut.months()) {
            assertThat(perMonth.get(java.time.YearMonth.from(month.from()))).as("%s", month)
                    .isEqualTo(counts(month.from(), month.to()));
        }
        // a dashboard's ratings in one query: two periods (overlapping the months or not) and the months
        Period first = Period.of(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 20));
        Period second = Period.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 14));
        var overview = SystemAccess.asAdmin(() -> ratings.overview(first, second, cut, RatingFilter.ALL));
        assertThat(overview.first()).isEqualTo(counts(first.from(), first.to())).isNotEqualTo(RatingCounts.EMPTY);
        assertThat(overview.second()).isEqualTo(counts(second.from(), second.to()));
        assertThat(overview.months()).isEqualTo(perMonth);
        assertThat(SystemAccess.asAdmin(() -> ratings.overview(first, second, cut, RatingFilter.unit(-1L))).first())
                .isEqualTo(RatingCounts.EMPTY);
    }

    /** (very satisfied + satisfied) / ratings, cut to two decimals; a period without ratings has no rate. */
    @Test
    void theRateIsSatisfiedOverRatingsCut() {
        LocalDate day = LocalDate.of(2025, 3, 3);
        SystemAccess.asAdmin(() -> ratings.importRatings(List.of(imported("R-1", day, RatingLevel.VERY_SATISFIED),
                imported("R-2", day, RatingLevel.SATISFIED), imported("R-3", day, RatingLevel.UNSATISFIED),
                imported("R-4", day.plusDays(1), RatingLevel.SATISFIED),
                imported("R-5", day.plusDays(2), RatingLevel.UNSATISFIED),
                imported("R-6", day.plusDays(3), RatingLevel.UNSATISFIED))));
        RatingCounts c = counts(day, day.plusDays(3));
        assertThat(c).isEqualTo(new RatingCounts(1, 2, 3));
        assertThat(c.formattedRate()).isEqualTo("50,00%");
        assertThat(counts(day, day).formattedRate()).as("2/3 cut").isEqualTo("66,66%");
        assertThat(counts(day.minusDays(1), day.minusDays(1)).rate()).isNull();
        var kpi = SystemAccess.asAdmin(() -> kpis.kpis(Period.of(day, day), null)).get(Kpi.SATISFACTION);
        assertThat(kpi.formattedRate()).isEqualTo("66,66%");
        // imported again, corrected: updated, never duplicated
        SystemAccess.asAdmin(() -> ratings.importRatings(List.of(imported("R-3", day, RatingLevel.SATISFIED))));
        assertThat(counts(day, day)).isEqualTo(new RatingCounts(1, 2, 0));
    }

    @Test
    void theTabletAsksAboutTheTicketJustServedOnceOnly() {
        clock.set(LocalDateTime.of(2025, 3, 4, 9, 0));
        String tablet = RatingFixtures.tablet(devices, q1);
        assertThat(ratings.prompt(tablet, q1).state()).isEqualTo(TabletPrompt.State.IDLE);
        Ticket t = RatingFixtures.served(devices, queue, q1, ct);
        TabletPrompt ask = ratings.prompt(tablet, q1);
        assertThat(ask).isEqualTo(TabletPrompt.ask(t.getId(), "CT-001", "Phạm Thị Lan"));

        ratings.rate(tablet, t.getId(), RatingLevel.VERY_SATISFIED, null, "  Cảm ơn  ");
        assertThat(ratings.prompt(tablet, q1).state()).as("rated: back to idle").isEqualTo(TabletPrompt.State.IDLE);
        refused(() -> ratings.rate(tablet, t.getId(), RatingLevel.UNSATISFIED, RatingReason.OTHER, null), "level",
                "Số CT-001 đã được đánh giá. Cảm ơn quý khách!");
        assertThat(counts(queue.today(), queue.today())).isEqualTo(new RatingCounts(1, 0, 0));

        // the next citizen is called: the tablet says whom the counter serves; five minutes after a finish it stops asking
        vn.hcc.dashboard.queue.TestKiosk.issue(devices, queue, ct);
        queue.callNext(q1);
        assertThat(ratings.prompt(tablet, q1)).isEqualTo(TabletPrompt.serving("CT-002"));
        Ticket second = queue.serve(queue.current(q1).orElseThrow().getId(), queue.current(q1).orElseThrow()
                .getVersion());
        assertThat(ratings.prompt(tablet, q1).ticketNumber()).isEqualTo("CT-002");
        clock.set(LocalDateTime.of(2025, 3, 4, 9, 6));
        assertThat(ratings.prompt(tablet, q1).state()).isEqualTo(TabletPrompt.State.IDLE);
        assertThat(second.getNumber()).isEqualTo("CT-002");
    }

    @Test
    void aRatingNeedsItsReasonAShortCommentAndTheTabletOfItsCounter() {
        clock.set(LocalDateTime.of(2025, 3, 5, 9, 0));
        String tablet = RatingFixtures.tablet(devices, q1);
        Ticket t = RatingFixtures.served(devices, queue, q1, ct);
        refused(() -> ratings.rate(tablet, t.getId(), RatingLevel.UNSATISFIED, null, null), "reason",
                "Xin quý khách chọn một lý do.");
        refused(() -> ratings.rate(tablet, t.getId(), RatingLevel.SATISFIED, null, "x".repeat(501)), "comment",
                "Tối đa 500 ký tự");
        refused(() -> ratings.rate("not-a-token", t.getId(), RatingLevel.SATISFIED, null, null), "device",
                VI.getString("queue.device.error.not-registered"));
        String other = RatingFixtures.tablet(devices, q3);
        refused(() -> ratings.rate(other, t.getId(), RatingLevel.SATISFIED, null, null), "level",
                "Số CT-001 không được phục vụ tại quầy này.");
        refused(() -> ratings.tabletCounter(other, "Q1"), "counter",
                "Máy tính bảng này thuộc Quầy 3; địa chỉ trang ghi một quầy khác.");
        assertThat(ratings.tabletCounter(other, "q3").name()).isEqualTo("Quầy 3");
        assertThat(ratings.tabletCounter(RatingFixtures.tablet(devices, null), String.valueOf(q1)).id()).isEqualTo(q1);
        refused(() -> ratings.tabletCounter(RatingFixtures.tablet(devices, null), null), "counter",
                VI.getString("rating.tablet.error.no-counter"));

        ratings.rate(tablet, t.getId(), RatingLevel.UNSATISFIED, RatingReason.WAITING_TIME, "  Chờ lâu quá.  ");
        var rows = SystemAccess.asAdmin(() -> ratings.unsatisfied(Period.of(queue.today(), queue.today()),
                RatingFilter.ALL, false, PageRequest.of(0, 10))).getContent();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("CT-001");
            assertThat(r.counterName()).isEqualTo("Quầy 1");
            assertThat(r.officerName()).isEqualTo("Phạm Thị Lan");
            assertThat(r.fieldName()).isEqualTo("Chứng thực");
            assertThat(r.reason()).isEqualTo(RatingReason.WAITING_TIME);
            assertThat(r.comment()).isEqualTo("Chờ lâu quá.");
            assertThat(r.followUp()).isEqualTo(FollowUpState.OPEN);
        });
    }

    @Test
    void aFollowUpIsKeptInTheHistoryAndAStaleOneIsRefused() {
        LocalDate day = LocalDate.of(2025, 3, 6);
        clock.set(day.atTime(15, 0));
        SystemAccess.asAdmin(() -> ratings.importRatings(List.of(imported("F-1", day, RatingLevel.UNSATISFIED),
                imported("F-2", day, RatingLevel.SATISFIED))));
        Period period = Period.of(day, day);
        UnsatisfiedRating open = SystemAccess.asAdmin(() -> ratings.unsatisfied(period, RatingFilter.ALL, true,
                PageRequest.of(0, 10))).getContent().getFirst();
        assertThat(open.subject()).isEqualTo("F-1");
        assertThatThrownBy(() -> ratings.followUp(open.id(), open.version(), "Đã gọi lại"))
                .as("reception may not").isInstanceOf(AccessDeniedException.class);

        SystemAccess.asAdmin(() -> ratings.followUp(open.id(), open.version(), "  Đã gọi điện xin lỗi công dân.  "));
        assertThat(SystemAccess.asAdmin(() -> ratings.history(open.id()))).singleElement().satisfies(e -> {
            assertThat(e.note()).isEqualTo("Đã gọi điện xin lỗi công dân.");
            assertThat(e.doneBy()).isEqualTo("system");
            assertThat(e.doneAt()).isEqualTo(day.atTime(15, 0));
        });
        assertThat(SystemAccess.asAdmin(() -> ratings.unsatisfied(period, RatingFilter.ALL, true,
                PageRequest.of(0, 10))).getContent()).as("no longer open").isEmpty();
        assertThatThrownBy(() -> SystemAccess.asAdmin(() -> ratings.followUp(open.id(), open.version(), "Lần hai")))
                .as("someone followed it up since").isInstanceOf(ConcurrentEditException.class);
        UnsatisfiedRating done = SystemAccess.asAdmin(() -> ratings.unsatisfied(period, RatingFilter.ALL, false,
                PageRequest.of(0, 10))).getContent().getFirst();
        assertThat(done.followUp()).isEqualTo(FollowUpState.DONE);
        SystemAccess.asAdmin(() -> ratings.followUp(done.id(), done.version(), "Đã hẹn gặp trực tiếp."));
        assertThat(SystemAccess.asAdmin(() -> ratings.history(open.id()))).extracting(FollowUpEntry::note)
                .containsExactly("Đã gọi điện xin lỗi công dân.", "Đã hẹn gặp trực tiếp.");
        long now = SystemAccess.asAdmin(() -> ratings.unsatisfied(period, RatingFilter.ALL, false,
                PageRequest.of(0, 10))).getContent().getFirst().version();
        refused(() -> SystemAccess.asAdmin(() -> ratings.followUp(done.id(), now, " ")), "note",
                VI.getString("validation.required"));
    }

    @Test
    void figuresAreGroupedPerCounterOfficerAndField() {
        clock.set(LocalDateTime.of(2025, 3, 7, 9, 0));
        String tablet1 = RatingFixtures.tablet(devices, q1);
        String tablet3 = RatingFixtures.tablet(devices, q3);
        ratings.rate(tablet1, RatingFixtures.served(devices, queue, q1, ct).getId(), RatingLevel.VERY_SATISFIED,
                null, null);
        ratings.rate(tablet1, RatingFixtures.served(devices, queue, q1, ct).getId(), RatingLevel.UNSATISFIED,
                RatingReason.ATTITUDE, null);
        ratings.rate(tablet3, RatingFixtures.served(devices, queue, q3, ht).getId(), RatingLevel.SATISFIED, null,
                null);
        Period today = Period.of(queue.today(), queue.today());
        List<RatingGroup> perCounter = SystemAccess.asAdmin(() -> ratings.grouped(today, RatingFilter.ALL,
                RatingGroupBy.COUNTER));
        assertThat(perCounter).containsExactly(new RatingGroup("Quầy 1", new RatingCounts(1, 0, 1)),
                new RatingGroup("Quầy 3", new RatingCounts(0, 1, 0)));
        assertThat(SystemAccess.asAdmin(() -> ratings.grouped(today, RatingFilter.ALL, RatingGroupBy.FIELD)))
                .containsExactly(new RatingGroup("Chứng thực", new RatingCounts(1, 0, 1)),
                        new RatingGroup("Hộ tịch", new RatingCounts(0, 1, 0)));
        assertThat(SystemAccess.asAdmin(() -> ratings.grouped(today, RatingFilter.ALL, RatingGroupBy.OFFICER)))
                .containsExactly(new RatingGroup("Phạm Thị Lan", new RatingCounts(1, 1, 1)));
        assertThat(SystemAccess.asAdmin(() -> ratings.counts(today, new RatingFilter(null, q1, null, null)))
                .formattedRate()).isEqualTo("50,00%");
        assertThat(SystemAccess.asAdmin(() -> ratings.counts(today, new RatingFilter(null, null, "tiepnhan", ht))))
                .isEqualTo(new RatingCounts(0, 1, 0));
    }
    /** A tablet rating counts for the serving officer's home agency: the Center for its own staff, else the department. */
    @Test
    void aTabletRatingCountsForTheServingOfficersHomeAgency() {
        clock.set(LocalDateTime.of(2025, 3, 10, 9, 0));
        String tablet = RatingFixtures.tablet(devices, q1);
        ratings.rate(tablet, RatingFixtures.served(devices, queue, q1, ct).getId(), RatingLevel.SATISFIED, null, null);
        long center = SystemAccess.asAdmin(() -> units.center().orElseThrow().getId());
        Unit department = SystemAccess.asAdmin(() -> units.listAll().stream().filter(u -> u.getId() != center)
                .findFirst().orElseThrow());
        SystemAccess.asAdmin(() -> {
            StaffMember lan = staff.search(StaffFilter.ALL, PageRequest.of(0, 100)).stream()
                    .filter(m -> m.getFullName().equals("Phạm Thị Lan")).findFirst().orElseThrow();
            StaffDraft d = lan.draft();
            return staff.save(new StaffDraft(d.id(), d.version(), d.fullName(), d.position(), EmploymentType.SECONDED,
                    department.getId(), d.concurrentDuty(), d.signatureHolder(), d.activeFrom(), d.activeTo(),
                    d.userId(), d.fieldIds(), d.counterIds()));
        });
        ratings.rate(tablet, RatingFixtures.served(devices, queue, q1, ct).getId(), RatingLevel.UNSATISFIED,
                RatingReason.WAITING_TIME, null);
        Period today = Period.of(queue.today(), queue.today());
        assertThat(SystemAccess.asAdmin(() -> ratings.perUnit(today))).containsOnlyKeys(center, department.getId())
                .containsEntry(center, new RatingCounts(0, 1, 0))
                .containsEntry(department.getId(), new RatingCounts(0, 0, 1));
        assertThat(SystemAccess.asAdmin(() -> ratings.counts(today, RatingFilter.unit(department.getId()))))
                .isEqualTo(new RatingCounts(0, 0, 1));
        assertThat(counts(queue.today(), queue.today())).as("the whole center counts both")
                .isEqualTo(new RatingCounts(0, 1, 1));
        assertThat(SystemAccess.asAdmin(() -> kpis.kpis(today, department.getId())).get(Kpi.SATISFACTION).rate())
                .isZero();
    }
}
