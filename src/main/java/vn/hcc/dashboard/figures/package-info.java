/**
 * The official dossier figures: the day tallies that every dossier write updates (one column definition,
 * {@code TallyColumn}) and the period figures summed from them ({@code PeriodFiguresService}), and the official forms that are
 * tables of those figures (Biểu II.06a, the per-unit table, online services).
 */
package vn.hcc.dashboard.figures;
