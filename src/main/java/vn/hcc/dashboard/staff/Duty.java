package vn.hcc.dashboard.staff;

import java.time.LocalDate;

/** One cell of the duty schedule as the views show it: who sits at which counter that day. */
public record Duty(long id, long version, LocalDate day, long counterId, String counterName, long staffId,
        String staffName) {
}
