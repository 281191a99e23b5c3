/**
 * The Decision 766 service index, estimated: its sub-indicators with their points and thresholds (data the
 * administrator keeps), each unit's score per period computed from the KPIs, the ranking and the monthly trend.
 */
package vn.hcc.dashboard.scorecard;
