/**
 * The report contract, the workbook writer, the letterheads and the reports view: every feature writes its own
 * reports for leadership in the official forms against this contract, and the view at {@code /reports} offers them
 * all and downloads them as Excel files written with POI SXSSF. This package depends on no feature but catalog
 * (the letterheads name units), security and base; the contract and the writer on no feature at all (see
 * {@code ReportArchitectureTest}). Who owns which: Biểu II.06a, the per-unit table and the online services
 * form live in figures, the dossier list in intake, digitization and targets against actuals in kpi (both read its
 * rates), PAKN appendix V in pakn, the staff counts in staff, inventory and the Art. 13 checklist in equipment.
 *
 * <h2>Adding a report (one class, in your feature)</h2>
 * <ol>
 * <li>Write a Spring bean ({@code @Service}, {@code @Transactional(readOnly = true)},
 * {@code @Requires(Permission.REPORT_EXPORT)}) in your own feature's package, package-private, that implements
 * <ul>
 * <li>{@link vn.hcc.dashboard.reports.TableReport} when the report fits in memory (a row per field, unit, category…):
 * return a {@link vn.hcc.dashboard.reports.ReportTable} with title, subtitles, a two-level header
 * ({@code Group("Tạm dừng", List.of("Yêu cầu bổ sung", …))}; a group without columns spans both header rows), rows
 * of {@link vn.hcc.dashboard.reports.ReportValue}s and a total row ({@code null}: none). Counts in the total row are
 * written as SUM formulas over the rows, so they must be the rows' sums; a KPI's rate must be
 * {@code kpi.KpiReportValues.rate(kpiValue)} from the KPI service, never your own division (the contract only takes
 * {@code ReportValue.percent(value, text)}); a figure nothing records yet is {@code ReportValue.noData()} (an empty
 * cell, never a made-up 0) with a subtitle line saying so; user-typed text as {@code ReportValue.text(...)} is
 * written inert (a leading = + - @ never becomes a formula);</li>
 * <li>or {@link vn.hcc.dashboard.reports.ListReport} for any number of rows: a header table, a count, a page for the
 * lazy grid and a streaming {@code forEach} for the export.</li>
 * </ul></li>
 * <li>{@code key()} (e.g. {@code "PAKN"}), {@code filePrefix()} (no diacritics, e.g. {@code "PhuLucV_PAKN"}),
 * {@code order()} (the built-ins use 10…100), {@code pickers()} (any of REPORTING_UNIT, UNIT_LIST, CHOICE; empty
 * set: the period only), {@code dates()} (RANGE, the default; AS_OF: one day, the view shows only "Tính đến ngày";
 * CURRENT: today's state, no date) and {@code available()} (false hides it). With CHOICE, {@code choice(texts)}
 * supplies the picker's key, caption and translated options; the request carries the chosen option's value
 * ({@code ReportRequest.choice()}, e.g. a status's name).</li>
 * <li>Add the translation keys {@code reports.kind.<key>} (the picker's label) and {@code reports.sheet.<key>} (the
 * sheet name, ≤ 31 characters) to both translation files, in your own block.</li>
 * <li>Test it in your package by reading the written file back: {@code ReportFiles.writeAndRead(table)} and
 * {@code Sheets} (test helpers of this package), or {@code ReportWorkbook.write(table, "Sheet", out)} then POI's
 * {@code XSSFWorkbook}.</li>
 * </ol>
 * {@code ReportsView} collects every {@link vn.hcc.dashboard.reports.ReportDefinition} bean and renders it from what
 * it declares (its pickers, its dates, its {@code preview}); nothing else changes, and nothing outside your package
 * names your report's class. The download adds the official heading and the signature block from the unit's
 * letterhead ({@link vn.hcc.dashboard.reports.LetterheadService}, edited at {@code /reports/letterhead}): a report
 * bean never writes them. A feature view links to its report by the plain URL {@code reports?report=<key>}.
 */
package vn.hcc.dashboard.reports;
