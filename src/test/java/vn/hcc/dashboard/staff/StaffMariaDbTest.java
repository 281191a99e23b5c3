package vn.hcc.dashboard.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.MariaDbTest;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.UnitDraft;
import vn.hcc.dashboard.catalog.UnitKind;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.queue.CounterDraft;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.security.SystemAccess;

/** Staff on MariaDB ({@link MariaDbTest}). */
@MariaDbTest
class StaffMariaDbTest {

    @Autowired
    private FieldService fields;
    @Autowired
    private UnitService units;
    @Autowired
    private CounterService counters;
    @Autowired
    private StaffService staff;
    @Autowired
    private DutyService duties;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

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
}
