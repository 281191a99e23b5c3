/**
 * The official dossier figures: the day tallies that every dossier write updates (one column definition,
 * {@code TallyColumn}) and the period figures summed from them ({@code PeriodFiguresService}).
 */
package vn.hcc.dashboard.figures;
