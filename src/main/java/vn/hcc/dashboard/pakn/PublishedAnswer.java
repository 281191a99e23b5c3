package vn.hcc.dashboard.pakn;

import java.time.LocalDate;

/**
 * A published answer as the public page shows it. It has no citizen name or contact by construction: the public
 * service method returns only this record, so no view can leak them.
 */
public record PublishedAnswer(long id, LocalDate receivedOn, PaknCategory category, String locality, String content,
        String answer, LocalDate answeredOn, LocalDate publishedOn, String unitName, int responseWorkingDays) {

    /** {@code responseWorkingDays}: working days from receipt to the answer. */
    static PublishedAnswer of(Pakn p, String unitName, int responseWorkingDays) {
        return new PublishedAnswer(p.getId(), p.getReceivedOn(), p.getCategory(), p.getLocality(), p.getContent(),
                p.getAnswer(), p.getAnsweredOn(), p.getPublishedOn(), unitName, responseWorkingDays);
    }
}
