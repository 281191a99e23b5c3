package vn.hcc.dashboard.queue;

import java.time.LocalDateTime;

/** One call or recall on the hall display's list: which number went to which counter, when (the latest time). */
public record RecentCall(long ticketId, String number, Long counterId, String counterName, LocalDateTime announcedAt,
        int recallCount) {

    /** Tells a recall of the same ticket from its first call: the display announces each. */
    public String key() {
        return ticketId + "@" + announcedAt;
    }
}
