package vn.hcc.dashboard.pakn;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;

/** The working days per category (table {@code pakn_deadline}) and the deadline they give over the calendar. */
@Component
class PaknDeadlines {

    /** Decree 20/2008 as amended by Decree 92/2017: 15 working days from receipt. */
    static final int DEFAULT_DAYS = 15;

    private final PaknDeadlineRepository repository;
    private final WorkingDayCalendar calendar;

    PaknDeadlines(PaknDeadlineRepository repository, WorkingDayCalendar calendar) {
        this.repository = repository;
        this.calendar = calendar;
    }

    Map<PaknCategory, Integer> days() {
        Map<PaknCategory, Integer> days = new EnumMap<>(PaknCategory.class);
        for (PaknCategory c : PaknCategory.values()) {
            days.put(c, DEFAULT_DAYS);
        }
        repository.findAll().forEach(d -> days.put(d.getCategory(), d.getWorkingDays()));
        return days;
    }

    LocalDate deadline(LocalDate receivedOn, PaknCategory category) {
        int days = repository.findById(category).map(PaknDeadline::getWorkingDays).orElse(DEFAULT_DAYS);
        return calendar.addWorkingDays(receivedOn, days);
    }

    void set(PaknCategory category, int workingDays) {
        PaknDeadline row = repository.findById(category).orElseGet(() -> new PaknDeadline(category, workingDays));
        row.setWorkingDays(workingDays);
        repository.save(row);
    }
}
