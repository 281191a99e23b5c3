package vn.hcc.dashboard.staff;

import java.time.LocalDate;
import java.util.Set;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.QueueTestIds;

/** Staff drafts for the tests: the demo catalogue's fields and counters by code. */
final class StaffFixtures {

    private final FieldService fields;
    private final CounterService counters;

    StaffFixtures(FieldService fields, CounterService counters) {
        this.fields = fields;
        this.counters = counters;
    }

    long field(String code) {
        return QueueTestIds.field(fields, code);
    }

    long counter(String code) {
        return QueueTestIds.counter(counters, code);
    }

    /** A permanent, full-time person serving {@code fieldCode} at {@code counterCode} from {@code from}. */
    StaffDraft person(String name, String fieldCode, String counterCode, LocalDate from, LocalDate to) {
        return new StaffDraft(null, 0, name, "Công chức tiếp nhận", EmploymentType.PERMANENT, null, null, false,
                from, to, null, fieldCode == null ? Set.of() : Set.of(field(fieldCode)),
                counterCode == null ? Set.of() : Set.of(counter(counterCode)));
    }

    static StaffDraft typed(String name, EmploymentType type, Long homeUnit, String concurrent, LocalDate from,
            LocalDate to) {
        return new StaffDraft(null, 0, name, "Thành viên Bộ phận Một cửa", type, homeUnit, concurrent, false, from,
                to, null, Set.of(), Set.of());
    }
}
