package vn.hcc.dashboard.equipment;

import java.util.EnumSet;
import java.util.Set;

/** Only {@link #IN_USE} counts as "present in working order" in the checklist. */
public enum EquipmentStatus {
    IN_USE, BROKEN, UNDER_REPAIR, RETIRED;

    /** Broken or under repair: what the dashboard lists as out of order. */
    public static final Set<EquipmentStatus> OUT_OF_ORDER = EnumSet.of(BROKEN, UNDER_REPAIR);
}
