package vn.hcc.dashboard.staff;

import java.util.Optional;

/** The signed-in user's own week: empty {@code staffName} when the account is linked to no staff record. */
public record MyWeek(Optional<String> staffName, DutyWeek week) {
}
