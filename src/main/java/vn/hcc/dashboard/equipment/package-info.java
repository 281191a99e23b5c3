/**
 * Equipment (trang thiết bị): the inventory with its fault and repair log, the outage log of software, network,
 * national-portal and power outages, and the Decree 61/2018 Art. 13 checklist, with the inventory and checklist
 * reports ({@code InventoryReport}, {@code ChecklistReport}, on the {@code reports} contract). Reads counters and
 * dossiers through their services.
 */
package vn.hcc.dashboard.equipment;
