package vn.hcc.dashboard.equipment;

import java.time.LocalDate;

/** What the item form sends: {@code id == null} creates. A counter, a location text, or both, say where it stands. */
public record ItemDraft(Long id, long version, EquipmentType type, String name, Integer quantity, Long counterId,
        String location, EquipmentStatus status, LocalDate acquiredOn, LocalDate warrantyUntil, String notes) {
}
