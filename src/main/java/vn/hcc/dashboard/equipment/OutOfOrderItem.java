package vn.hcc.dashboard.equipment;

import java.time.LocalDate;

/** An item broken or under repair, with the day its open fault was logged ({@code null}: no fault logged). */
public record OutOfOrderItem(long itemId, EquipmentType type, String name, int quantity, String place,
        EquipmentStatus status, LocalDate since) {
}
