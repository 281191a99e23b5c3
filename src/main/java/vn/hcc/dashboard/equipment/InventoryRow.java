package vn.hcc.dashboard.equipment;

import java.time.LocalDate;

/**
 * One inventory line for the Excel export. {@code place} is the counter's name, its location text, or both
 * ("Quầy 1 – Tầng 1"). Labels of type and status: translation keys {@code equipment.type.<NAME>},
 * {@code equipment.status.<NAME>}.
 */
public record InventoryRow(EquipmentType type, String name, int quantity, String place, EquipmentStatus status,
        LocalDate acquiredOn, LocalDate warrantyUntil, String notes) {
}
