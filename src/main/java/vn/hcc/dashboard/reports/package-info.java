/**
 * Reports for leadership in the official forms (Biểu II.06a, per-unit tables, online services, digitization,
 * targets against actuals, PAKN appendix V, the dossier list, staff counts, equipment inventory and Art. 13
 * checklist): built only from the features' figure services and the KPI service, and written as Excel files with
 * POI SXSSF.
 *
 * <h2>Adding a report (one class)</h2>
 * <ol>
 * <li>Write a Spring bean ({@code @Service}, {@code @Transactional(readOnly = true)}, {@code @PreAuthorize} for the
 * roles that may read it) in your own feature's package that implements
 * <ul>
 * <li>{@link vn.hcc.dashboard.reports.TableReport} when the report fits in memory (a row per field, unit, category…):
 * return a {@link vn.hcc.dashboard.reports.ReportTable} with title, subtitles, a two-level header
 * ({@code Group("Tạm dừng", List.of("Yêu cầu bổ sung", …))}; a group without columns spans both header rows), rows
 * of {@link vn.hcc.dashboard.reports.ReportValue}s and a total row ({@code null}: none). Counts in the total row are
 * written as SUM formulas over the rows, so they must be the rows' sums; rates must be
 * {@code ReportValue.rate(kpiValue)} from the KPI service, never your own division; a figure nothing records yet is
 * {@code ReportValue.noData()} (an empty cell, never a made-up 0) with a subtitle line saying so; user-typed text as
 * {@code ReportValue.text(...)} is written inert (a leading = + - @ never becomes a formula);</li>
 * <li>or {@link vn.hcc.dashboard.reports.ListReport} for any number of rows: a header table, a count, a page for the
 * lazy grid and a streaming {@code forEach} for the export.</li>
 * </ul></li>
 * <li>{@code key()} (e.g. {@code "PAKN"}), {@code filePrefix()} (no diacritics, e.g. {@code "PhuLucV_PAKN"}),
 * {@code order()} (built-ins use 10…70; PAKN would take 60), {@code pickers()} (any of REPORTING_UNIT, UNIT_LIST,
 * DOSSIER_STATUS; empty set: the period only), {@code dates()} (RANGE, the default; AS_OF: one day, the view shows
 * only "Tính đến ngày"; CURRENT: today's state, no date) and {@code available()} (false hides it).</li>
 * <li>Add the translation keys {@code reports.kind.<key>} (the picker's label) and {@code reports.sheet.<key>} (the
 * sheet name, ≤ 31 characters) to both translation files, in your own block.</li>
 * <li>Test it by reading the written file back: {@code ReportWorkbook.write(table, "Sheet", out)} then POI's
 * {@code XSSFWorkbook} (see {@code ReportWorkbookTest}).</li>
 * </ol>
 * {@code ReportsView} collects every {@link vn.hcc.dashboard.reports.ReportDefinition} bean; nothing else changes.
 * The download adds the official heading and the signature block from the unit's letterhead
 * ({@link vn.hcc.dashboard.reports.LetterheadService}, edited at {@code /reports/letterhead}): a report bean never
 * writes them.
 * A feature view links to its report by the plain URL {@code reports?report=<key>} (no class dependency).
 * A bean in another feature depends on this package, so this package must never depend on that feature.
 */
package vn.hcc.dashboard.reports;
