package vn.hcc.dashboard.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A week of the schedule from {@code monday}: Monday to Saturday, and the duties of those days. */
public record DutyWeek(LocalDate monday, List<DutyDay> days, List<Duty> duties) {

    public Optional<Duty> at(LocalDate day, long counterId) {
        return duties.stream().filter(d -> d.day().equals(day) && d.counterId() == counterId).findFirst();
    }

    public Optional<Duty> of(LocalDate day, long staffId) {
        return duties.stream().filter(d -> d.day().equals(day) && d.staffId() == staffId).findFirst();
    }
}
