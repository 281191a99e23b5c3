/**
 * Equipment views: the inventory with each item's fault log, the outage log and the Art. 13 checklist. The director and
 * the administrator edit; leadership reads.
 */
package vn.hcc.dashboard.equipment.ui;
