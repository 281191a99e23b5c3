package vn.hcc.dashboard.staffing;

import java.util.List;

/**
 * A field's week: the mean service time the estimate used (the field's own, else the center's; null: no data) and
 * the days. {@code historyArrivals} orders the fields, busiest first.
 */
public record FieldStaffing(long fieldId, String fieldName, Double meanServiceMinutes, long historyArrivals,
        List<DayStaffing> days) {
}
