package vn.hcc.dashboard.staffing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import vn.hcc.dashboard.base.Period;

/**
 * The staffing estimate of the week from {@code monday}, per field (busiest first), forecast from {@code history}
 * (the same weekdays of the weeks before) for the target: {@code targetShare} of the citizens called within
 * {@code targetWait}, in 30-minute slots from {@code dayStart} to {@code dayEnd}.
 */
public record StaffingWeek(LocalDate monday, Period history, int historyWeeks, double targetShare,
        Duration targetWait, LocalTime dayStart, LocalTime dayEnd, List<FieldStaffing> fields) {

    public Optional<FieldStaffing> field(long fieldId) {
        return fields.stream().filter(f -> f.fieldId() == fieldId).findFirst();
    }
}
