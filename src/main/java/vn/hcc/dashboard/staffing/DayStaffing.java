package vn.hcc.dashboard.staffing;

import java.util.List;
import vn.hcc.dashboard.staff.DutyDay;

/** A day of the week for one field: its slots, or none flagged when the hall is closed that day. */
public record DayStaffing(DutyDay day, List<SlotStaffing> slots) {
}
