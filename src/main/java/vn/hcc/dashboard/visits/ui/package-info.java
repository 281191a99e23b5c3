/** The timeline view ({@code /visit}). */
package vn.hcc.dashboard.visits.ui;
