package vn.hcc.dashboard.equipment;

/** The inventory's filters; {@code null} means any. */
public record EquipmentFilter(EquipmentType type, EquipmentStatus status, Long counterId) {

    public static final EquipmentFilter ALL = new EquipmentFilter(null, null, null);
}
