package vn.hcc.dashboard.queue;

/**
 * The queue figures of one row (a period, a counter, a field or a day), computed only by {@link QueueFiguresService}.
 * {@code visits} are the citizen visits of the reports (lượt tiếp công dân): served tickets taken at the kiosk, so a
 * citizen transferred to another field counts once. Waits run from issue to the first call, service from the call to
 * "served"; the 90th percentile is the nearest-rank value: 90% of the tickets took at most that long.
 */
public record QueueFigures(long tickets, long visits, long served, long noShows, long waiting,
        long waitCount, long waitSecondsTotal, long p90WaitSeconds,
        long serviceCount, long serviceSecondsTotal, long p90ServiceSeconds) {

    public static final QueueFigures EMPTY = new QueueFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Average wait in minutes, or null without a called ticket. */
    public Double avgWaitMinutes() {
        return waitCount == 0 ? null : waitSecondsTotal / 60.0 / waitCount;
    }

    public Double p90WaitMinutes() {
        return waitCount == 0 ? null : p90WaitSeconds / 60.0;
    }

    public Double avgServiceMinutes() {
        return serviceCount == 0 ? null : serviceSecondsTotal / 60.0 / serviceCount;
    }

    public Double p90ServiceMinutes() {
        return serviceCount == 0 ? null : p90ServiceSeconds / 60.0;
    }

    QueueFigures withDurations(long wCount, long wTotal, long wP90, long sCount, long sTotal, long sP90) {
        return new QueueFigures(tickets, visits, served, noShows, waiting, wCount, wTotal, wP90, sCount, sTotal, sP90);
    }
}
