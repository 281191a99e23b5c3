package vn.hcc.dashboard.equipment;

/**
 * One line of the Decree 61/2018 Art. 13 checklist: the Center's rule ({@code fixedCount + perCounter × activeCounters}
 * = {@code required}) against the quantity {@code present} in working order (status in use). Label key:
 * {@code equipment.type.<NAME>}; {@code version} is the requirement's, for editing it.
 */
public record ChecklistLine(EquipmentType type, int perCounter, int fixedCount, int activeCounters, long required,
        long present, long version) {

    public boolean met() {
        return present >= required;
    }

    public long missing() {
        return Math.max(0, required - present);
    }
}
