/** UI parts of the KPIs shared by the views that show figures: the "how is this computed" info button. */
package vn.hcc.dashboard.kpi.ui;
