package vn.hcc.dashboard.staff;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Where a week's duty schedule staffs fewer counters than the expected demand needs, for the duty schedule's
 * warnings. Implemented outside this feature (by the staffing estimate, which reads this feature's schedule), so the
 * schedule view asks for it through this interface and the two features do not need each other.
 */
public interface StaffingWarnings {

    /** Consecutive understaffed slots of one day and field, merged into one time range. */
    record Understaffed(LocalDate day, LocalTime from, LocalTime to, long fieldId, String fieldName, int needed,
            int onDuty) {
    }

    /** The understaffed ranges of the week of {@code day}, by day, field and time. */
    List<Understaffed> understaffed(LocalDate day);
}
