package vn.hcc.dashboard.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.hcc.dashboard.equipment.OutOfOrderItem;
import vn.hcc.dashboard.equipment.OutageKind;

/**
 * Everything the wall shows, computed once per change and shared by every wall (see {@link WallService}); nothing
 * else reaches a wall's TV.
 *
 * @param oldestWaitingSince when the longest-waiting citizen took their ticket; null when nobody waits
 * @param intakeToday dossiers received today (by the time they arrived, as the intake desk counts "today")
 * @param weekdayAverage the same weekday's average intake over the previous 8 weeks, days of the same kind as today
 *     only (a holiday is not averaged into a working day); null when no such day was left
 * @param dueUntil the last day of the "due in the next two working days" horizon (the dashboard's due-soon list)
 */
public record WallData(LocalDateTime computedAt, LocalDate today, long waiting, LocalDateTime oldestWaitingSince,
        String oldestWaitingNumber, List<WallCounter> counters, long intakeToday, long intakeYesterday,
        Double weekdayAverage, int weekdaySamples, long overdue, long dueSoon, LocalDate dueUntil, long paknOverdue,
        long outOfOrder, List<OutOfOrderItem> outOfOrderFirst, List<WallOutage> outages) {

    /** How many counters are open: someone is on duty there today or it is calling a ticket now. */
    public long openCounters() {
        return counters.stream().filter(WallCounter::open).count();
    }

    /**
     * An active counter: who serves it (today's duty, else the officer of the ticket it is calling; null for
     * nobody) and the number it is calling (null for none).
     */
    public record WallCounter(long counterId, String name, String officer, String number) {

        public boolean open() {
            return officer != null || number != null;
        }
    }

    /** An outage going on now; {@code where} lists its counters' names, empty for the whole Center. */
    public record WallOutage(long id, OutageKind kind, LocalDateTime since, List<String> where) {
    }
}
