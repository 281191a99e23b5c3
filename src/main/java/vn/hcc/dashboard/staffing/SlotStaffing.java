package vn.hcc.dashboard.staffing;

import java.time.LocalTime;

/**
 * One 30-minute slot of one day and field: the tickets expected (the average of the same weekdays' history), their
 * average wait then, the counters needed by the Erlang-C estimate and the counters the duty schedule staffs.
 *
 * @param needed null when the field and the center have no service time in the history ("không đủ dữ liệu")
 * @param avgWaitMinutes null when no ticket of the slot was called
 */
public record SlotStaffing(LocalTime start, LocalTime end, double arrivals, Double avgWaitMinutes, Integer needed,
        int onDuty) {

    public boolean understaffed() {
        return needed != null && needed > onDuty;
    }

    /** Counters needed minus counters on duty (negative: more staffed than needed); null without an estimate. */
    public Integer gap() {
        return needed == null ? null : needed - onDuty;
    }
}
