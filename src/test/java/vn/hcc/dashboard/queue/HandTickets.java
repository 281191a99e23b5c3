package vn.hcc.dashboard.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Ten tickets over two days whose figures are computed by hand below; the H2 test and the MariaDB suite check the
 * aggregate queries against the same numbers. Counters: q1 serves ct, q2 serves ct and ht, q3 serves ht.
 *
 * <pre>
 * ticket day   counter field issued   called    served    wait  service
 * t1     04/03 q1      ct    08:00    08:02     08:07     120 s  300 s
 * t2     04/03 q1      ct    08:01    08:07     08:10     360    180
 * t3     04/03 q1      ct    08:05    08:10     no-show   300    –
 * t4     04/03 q1      ct    08:06    08:12     08:20     360    480
 * t5     04/03 q3      ht    08:00    08:00     08:10       0    600
 * t6     04/03 q3      ht    08:03    08:10     08:25     420    900
 * t7     05/03 q2      ct    09:00    09:20     09:24    1200    240
 * t8     05/03 q2      ht    09:10    09:24     09:36     840    720
 * t9     05/03 q1      ct    09:05    09:09     09:15     240    360
 * t10    05/03 q1      ct    14:00    14:01:30  14:05      90    210
 * </pre>
 *
 * The 90th percentile is the nearest rank: the value at rank ceil(0,9·n) of the sorted durations.
 */
public final class HandTickets {

    public static final LocalDate DAY1 = LocalDate.of(2024, 3, 4);
    public static final LocalDate DAY2 = LocalDate.of(2024, 3, 5);

    private HandTickets() {
    }

    public static List<TicketHistory> of(long ct, long ht, long q1, long q2, long q3) {
        return List.of(
                served(DAY1, ct, q1, "08:00", "08:02", "08:07"),
                served(DAY1, ct, q1, "08:01", "08:07", "08:10"),
                new TicketHistory(ct, DAY1.atTime(LocalTime.parse("08:05")), DAY1.atTime(LocalTime.parse("08:10")), q1,
                        "tiepnhan", null, TicketStatus.NO_SHOW),
                served(DAY1, ct, q1, "08:06", "08:12", "08:20"),
                served(DAY1, ht, q3, "08:00", "08:00", "08:10"),
                served(DAY1, ht, q3, "08:03", "08:10", "08:25"),
                served(DAY2, ct, q2, "09:00", "09:20", "09:24"),
                served(DAY2, ht, q2, "09:10", "09:24", "09:36"),
                served(DAY2, ct, q1, "09:05", "09:09", "09:15"),
                served(DAY2, ct, q1, "14:00", "14:01:30", "14:05"));
    }

    private static TicketHistory served(LocalDate day, long field, long counter, String issued, String called,
            String until) {
        return new TicketHistory(field, at(day, issued), at(day, called), counter, "tiepnhan", at(day, until),
                TicketStatus.SERVED);
    }

    private static LocalDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time));
    }
}
