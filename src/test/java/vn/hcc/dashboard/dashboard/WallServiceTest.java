package vn.hcc.dashboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.equipment.EquipmentService;
import vn.hcc.dashboard.equipment.EquipmentStatus;
import vn.hcc.dashboard.equipment.EquipmentType;
import vn.hcc.dashboard.equipment.ItemDraft;
import vn.hcc.dashboard.equipment.OutageDraft;
import vn.hcc.dashboard.equipment.OutageKind;
import vn.hcc.dashboard.equipment.OutageService;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.pakn.PaknCategory;
import vn.hcc.dashboard.pakn.PaknChannel;
import vn.hcc.dashboard.pakn.PaknDraft;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceDraft;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.QueueTestIds;
import vn.hcc.dashboard.queue.TestKiosk;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.staff.DutyService;
import vn.hcc.dashboard.staff.StaffFilter;
import vn.hcc.dashboard.staff.StaffService;

/**
 * Each figure of the wall from records made for it, on days chosen for the calendar: the two-working-day horizon
 * across a weekend and the Giỗ Tổ holiday, the weekday average without the 1/5 holiday; and one computation shared
 * by every wall until a change. Commits for real (the wall reads on a thread of its own); TestIsolation puts the
 * database back after the class. Every figure is compared with the wall before the records were made.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "giamdoc", roles = "DIRECTOR")
class WallServiceTest {

    @Autowired
    WallService wall;
    @Autowired
    TestClock clock;
    @Autowired
    Broadcaster broadcaster;
    @Autowired
    DossierService dossiers;
    @Autowired
    UnitService units;
    @Autowired
    FieldService fields;
    @Autowired
    PaknService pakn;
    @Autowired
    EquipmentService equipment;
    @Autowired
    OutageService outages;
    @Autowired
    QueueService queue;
    @Autowired
    CounterService counters;
    @Autowired
    DeviceService devices;
    @Autowired
    DutyService duties;
    @Autowired
    StaffService staff;

    long unit;
    long field;
    int seq;

    @BeforeEach
    void ids() {
        unit = units.listAll().get(0).getId();
        field = QueueTestIds.field(fields, "HT");
    }

    @Test
    void eachFigureCountsItsRecordsWithTheHorizonAcrossAWeekendAndAHoliday() throws InterruptedException {
        // Friday 24/04/2026: the next two working days skip the weekend and Monday 27/04 (Giỗ Tổ, compensated)
        LocalDate friday = LocalDate.of(2026, 4, 24);
        clock.set(friday.atTime(7, 0));
        WallData before = current();
        assertThat(before.dueUntil()).isEqualTo(LocalDate.of(2026, 4, 29));

        for (int i = 0; i < 3; i++) {
            dossier(friday.atTime(6, 30), LocalDate.of(2026, 6, 30), DossierStatus.IN_PROGRESS);
        }
        dossier(friday.minusDays(1).atTime(9, 0), LocalDate.of(2026, 6, 30), DossierStatus.IN_PROGRESS);
        dossier(friday.minusDays(1).atTime(15, 0), LocalDate.of(2026, 6, 30), DossierStatus.IN_PROGRESS);
        // same weekday: 4 on 17/04 and 2 on 27/02, the 8th Friday back; none on 20/02, the 9th
        for (int i = 0; i < 4; i++) {
            dossier(LocalDate.of(2026, 4, 17).atTime(10, 0), LocalDate.of(2026, 6, 30), DossierStatus.IN_PROGRESS);
        }
        dossier(LocalDate.of(2026, 2, 27).atTime(10, 0), LocalDate.of(2026, 6, 30), DossierStatus.IN_PROGRESS);
        dossier(LocalDate.of(2026, 2, 27).atTime(11, 0), LocalDate.of(2026, 6, 30), DossierStatus.IN_PROGRESS);
        dossier(LocalDate.of(2026, 2, 20).atTime(11, 0), LocalDate.of(2026, 6, 30), DossierStatus.IN_PROGRESS);
        // overdue: in progress past its due day; suspended (clock stopped) and resolved ones are not
        dossier(LocalDate.of(2026, 4, 1).atTime(8, 0), LocalDate.of(2026, 4, 23), DossierStatus.IN_PROGRESS);
        dossier(LocalDate.of(2026, 4, 1).atTime(8, 0), LocalDate.of(2026, 4, 22), DossierStatus.SUPPLEMENT_REQUESTED);
        // due today, on the Tuesday and the Wednesday after the long weekend; not the Thursday 30/04
        for (LocalDate due : new LocalDate[] {friday, LocalDate.of(2026, 4, 28), LocalDate.of(2026, 4, 29),
                LocalDate.of(2026, 4, 30)}) {
            dossier(LocalDate.of(2026, 4, 2).atTime(8, 0), due, DossierStatus.IN_PROGRESS);
        }
        // PAKN: one received in March is past its 15 working days, one received this week is not
        pakn.record(petition(LocalDate.of(2026, 3, 2).atTime(8, 0)));
        pakn.record(petition(LocalDate.of(2026, 4, 21).atTime(8, 0)));
        // equipment: broken and under repair count, in use does not
        equipment.save(item("Máy in quầy 3 (tường)", EquipmentStatus.BROKEN));
        equipment.save(item("Máy quét quầy 5 (tường)", EquipmentStatus.UNDER_REPAIR));
        equipment.save(item("Máy tính quầy 6 (tường)", EquipmentStatus.IN_USE));
        long q1 = QueueTestIds.counter(counters, "Q1");
        long q2 = QueueTestIds.counter(counters, "Q2");
        long openOutage = outages.save(new OutageDraft(null, 0, OutageKind.POWER, friday.atTime(6, 45), null,
                Set.of(q1), "Mất mạng")).getId();
        outages.save(new OutageDraft(null, 0, OutageKind.OTHER, friday.atTime(6, 0), friday.atTime(6, 30), Set.of(),
                "Mất điện ngắn"));
        // the queue: three tickets; the director calls the first at Quầy 2; Phạm Thị Lan is on duty at Quầy 1
        for (int minute : new int[] {0, 10, 20}) {
            clock.set(friday.atTime(7, minute));
            TestKiosk.issue(devices, queue, field);
        }
        clock.set(friday.atTime(7, 40));
        assertThat(queue.callNext(q2)).get().extracting(t -> t.getNumber()).isEqualTo("HT-001");
        long lan = staff.search(new StaffFilter("Phạm Thị Lan", null, false), org.springframework.data.domain.Pageable
                .unpaged()).getContent().getFirst().getId();
        duties.assign(friday, lan, q1);

        WallData after = current();
        assertThat(after.intakeToday() - before.intakeToday()).isEqualTo(3);
        assertThat(after.intakeYesterday() - before.intakeYesterday()).isEqualTo(2);
        assertThat(after.weekdaySamples()).isEqualTo(8);
        assertThat(after.weekdayAverage() * 8 - before.weekdayAverage() * 8).isCloseTo(6.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(after.overdue() - before.overdue()).isEqualTo(1);
        assertThat(after.dueSoon() - before.dueSoon()).isEqualTo(3);
        assertThat(after.paknOverdue() - before.paknOverdue()).isEqualTo(1);
        assertThat(after.outOfOrder() - before.outOfOrder()).isEqualTo(2);
        assertThat(after.outages()).extracting(WallData.WallOutage::id).contains(openOutage);
        assertThat(after.outages().size() - before.outages().size()).isEqualTo(1);
        assertThat(after.outages()).filteredOn(o -> o.id() == openOutage).singleElement()
                .satisfies(o -> assertThat(o.where()).containsExactly("Quầy 1"));
        assertThat(after.waiting()).isEqualTo(2);
        assertThat(after.oldestWaitingSince()).isEqualTo(friday.atTime(7, 10));
        assertThat(after.oldestWaitingNumber()).isEqualTo("HT-002");
        assertThat(after.counters()).filteredOn(c -> c.counterId() == q2).singleElement()
                .satisfies(c -> {
                    assertThat(c.number()).isEqualTo("HT-001");
                    assertThat(c.officer()).isEqualTo("Trần Thị Minh");
                });
        assertThat(after.counters()).filteredOn(c -> c.counterId() == q1).singleElement()
                .satisfies(c -> {
                    assertThat(c.number()).isNull();
                    assertThat(c.officer()).isEqualTo("Phạm Thị Lan");
                });
        assertThat(after.openCounters()).isEqualTo(2);
        assertThat(after.counters()).hasSize(counters.listActive().size());
    }

    @Test
    void theWeekdayAverageOfAWorkingDayLeavesTheHolidayOut() throws InterruptedException {
        // Friday 08/05/2026: the Friday a week back is 1/5 (Quốc tế Lao động); the horizon spans one weekend
        LocalDate friday = LocalDate.of(2026, 5, 8);
        clock.set(friday.atTime(9, 0));
        WallData before = current();
        assertThat(before.weekdaySamples()).isEqualTo(7);
        assertThat(before.dueUntil()).isEqualTo(LocalDate.of(2026, 5, 12));
        for (int i = 0; i < 5; i++) {
            dossier(LocalDate.of(2026, 5, 1).atTime(10, 0), LocalDate.of(2026, 6, 30), DossierStatus.IN_PROGRESS);
        }
        for (int i = 0; i < 7; i++) {
            dossier(LocalDate.of(2026, 4, 10).atTime(10, 0), LocalDate.of(2026, 6, 30), DossierStatus.IN_PROGRESS);
        }
        WallData after = current();
        assertThat(after.weekdaySamples()).isEqualTo(7);
        assertThat(after.weekdayAverage() - before.weekdayAverage()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void wallsShareOneComputationUntilAChangeOfTheirTopics() throws InterruptedException {
        clock.set(LocalDateTime.of(2026, 6, 3, 9, 0));
        String token = register(DeviceKind.WALL);
        WallData first = current();
        long computed = wall.computations();
        for (int i = 0; i < 5; i++) {
            assertThat(wall.data()).isSameAs(first);
            assertThat(wall.forDevice(token)).isSameAs(first);
        }
        assertThat(wall.computations()).isEqualTo(computed);
        broadcaster.publish("users", null);
        settle();
        assertThat(wall.data()).isSameAs(first);
        for (String topic : WallService.TOPICS) {
            WallData previous = wall.data();
            broadcaster.publish(topic, null);
            settle();
            assertThat(wall.data()).as(topic).isNotSameAs(previous);
        }
        assertThat(wall.computations()).isEqualTo(computed + WallService.TOPICS.size());
        // a new day is a new wall even without a change
        WallData lastOfDay = wall.data();
        clock.set(LocalDateTime.of(2026, 6, 4, 7, 0));
        assertThat(wall.data()).isNotSameAs(lastOfDay).extracting(WallData::today)
                .isEqualTo(LocalDate.of(2026, 6, 4));
    }

    @Test
    void aTvReadsTheWallOnlyWithAWallTokenAndNobodyElseWithoutThePermission() {
        clock.set(LocalDateTime.of(2026, 6, 5, 9, 0));
        String wallToken = register(DeviceKind.WALL);
        String displayToken = register(DeviceKind.DISPLAY);
        SecurityContextHolder.clearContext();
        // a TV is nobody: its token is its only key
        assertThat(wall.forDevice(wallToken).today()).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThatThrownBy(() -> wall.forDevice(displayToken)).isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> wall.forDevice("made-up")).isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> wall.forDevice(null)).isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> wall.data()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        // nor reads a signed-in user without the permission
        SystemAccess.withPermissions("someone", Set.of(vn.hcc.dashboard.security.Permission.DOSSIER_VIEW), () -> {
            assertThatThrownBy(() -> wall.data()).isInstanceOf(
                    org.springframework.security.authorization.AuthorizationDeniedException.class);
            return null;
        });
        // the shared computation's identity may read, never change
        assertThat(WallService.READS).noneMatch(p -> p.name().endsWith("_EDIT") || p.name().endsWith("_ADMIN")
                || p.name().endsWith("_SERVE") || p.name().endsWith("_ANSWER") || p.name().endsWith("_STEER"));
    }

    private String register(DeviceKind kind) {
        return SystemAccess.asAdmin(() -> devices.register(new DeviceDraft("Thiết bị " + kind + " " + System.nanoTime(),
                kind, null)).token());
    }

    /** The wall after every change made so far has reached it. */
    private WallData current() throws InterruptedException {
        settle();
        return wall.data();
    }

    /**
     * Waits until the broadcaster has delivered every event published so far: its one thread delivers in order, so
     * a marker published now arrives after them.
     */
    private void settle() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        String marker = "wall-test-" + System.nanoTime();
        Broadcaster.Registration r = broadcaster.register(e -> {
            if (marker.equals(e.topic())) {
                done.countDown();
            }
        });
        try {
            broadcaster.publish(marker, null);
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            r.remove();
        }
    }

    private void dossier(LocalDateTime received, LocalDate due, DossierStatus status) {
        dossiers.record(new DossierData("W-" + (++seq) + "-" + System.nanoTime(), null, field, unit,
                Channel.IN_PERSON, OnlineLevel.PARTLY, received, received.toLocalDate(), due, null, null, null,
                status, 0, false, false, false, false, null, null, null));
    }

    private PaknDraft petition(LocalDateTime received) {
        return new PaknDraft(received, PaknChannel.PORTAL, "Người dân", null, "Kiến nghị về thủ tục",
                PaknCategory.REGULATION, null, null, unit);
    }

    private static ItemDraft item(String name, EquipmentStatus status) {
        return new ItemDraft(null, 0, EquipmentType.PRINTER, name, 1, null, "Sảnh", status, null, null, null);
    }
}
