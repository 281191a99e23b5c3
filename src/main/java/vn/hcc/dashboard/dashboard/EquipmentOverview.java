package vn.hcc.dashboard.dashboard;

import java.util.List;
import vn.hcc.dashboard.equipment.OutOfOrderItem;
import vn.hcc.dashboard.equipment.OutageImpact;

/** The dashboard's equipment part: how many items are out of order, the first of them, and the period's outages. */
public record EquipmentOverview(long outOfOrderCount, List<OutOfOrderItem> outOfOrder, List<OutageImpact> outages) {
}
