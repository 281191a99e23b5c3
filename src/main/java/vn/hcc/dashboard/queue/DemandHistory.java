package vn.hcc.dashboard.queue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import vn.hcc.dashboard.base.Period;

/**
 * The queue's demand over a period by weekday, 30-minute slot (by the time of issue) and field, as
 * {@link QueueDemandService#demandBySlot} sums it: what staffing against demand is estimated from.
 *
 * @param daysWithTickets per weekday, how many days of the period had any ticket (the days the hall was open)
 * @param serviceTimes per field, the tickets served and their total service time (called until served)
 */
public record DemandHistory(Period period, Map<DayOfWeek, Long> daysWithTickets, List<Slot> slots,
        Map<Long, ServiceTime> serviceTimes) {

    /** The tickets issued in one slot of one weekday for one field, summed over the period's such weekdays. */
    public record Slot(DayOfWeek weekday, LocalTime start, long fieldId, long arrivals, long called,
            long waitSeconds) {
    }

    public record ServiceTime(long served, long totalSeconds) {
    }
}
