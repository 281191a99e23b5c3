package vn.hcc.dashboard.staff;

import java.util.Map;

/**
 * A day of the schedule's week and, per field, how many of that day's staffed counters serve it. A counter that
 * serves several fields counts fully for each of them (its officer can take any of their tickets).
 */
public record DutyCover(DutyDay day, Map<Long, Integer> countersPerField) {

    public int counters(long fieldId) {
        return countersPerField.getOrDefault(fieldId, 0);
    }
}
