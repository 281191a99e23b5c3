package vn.hcc.dashboard.equipment;

/**
 * An inventory item as screens show it: the item and its place, the counter's name, its location text or both
 * ("Quầy 1 – Tầng 1"), resolved by {@link EquipmentService}.
 */
public record ItemRow(EquipmentItem item, String place) {
}
