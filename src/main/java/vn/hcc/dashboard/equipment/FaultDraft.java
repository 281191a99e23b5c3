package vn.hcc.dashboard.equipment;

import java.time.LocalDate;

/** A new fault of an item: when, what is wrong, and whether the item already went for repair. */
public record FaultDraft(LocalDate openedOn, String description, boolean underRepair) {
}
