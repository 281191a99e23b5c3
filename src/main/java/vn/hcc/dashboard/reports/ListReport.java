package vn.hcc.dashboard.reports;

import java.util.List;
import java.util.function.Consumer;

/**
 * A report of any number of rows (one per dossier…): the grid pages through {@link #page}, the export streams every
 * row through {@link #forEach} into an SXSSF sheet, so neither ever holds all rows in memory.
 */
public interface ListReport extends ReportDefinition {

    /** Plain columns (no sub-columns) headed by the texts {@code prefix + key}, in order. */
    static List<ReportTable.Group> columns(ReportTexts texts, String prefix, List<String> keys) {
        return new java.util.ArrayList<>(keys.stream()
                .map(k -> new ReportTable.Group(texts.get(prefix + k), List.<String>of())).toList());
    }

    /** The request's unit as a subtitle says it: its name, or "all units" when none is chosen. */
    static String unitLabel(ReportRequest request, ReportTexts texts,
            java.util.function.Function<Long, java.util.Optional<String>> nameOf) {
        return request.unitId() == null ? texts.get("reports.list.all-units")
                : nameOf.apply(request.unitId()).orElse("");
    }

    /** Title, subtitles and the column headers; rows and total are empty. */
    ReportTable header(ReportRequest request, ReportTexts texts);

    long count(ReportRequest request);

    /** Rows {@code offset .. offset + limit - 1} in the report's order, for the grid. */
    List<ReportTable.Row> page(ReportRequest request, int offset, int limit, ReportTexts texts);

    /** Every row in order, without keeping them: the consumer must not hold on to them either. */
    void forEach(ReportRequest request, ReportTexts texts, Consumer<ReportTable.Row> sink);

    /** The header, and the rows a page at a time. */
    @Override
    default ReportPreview preview(ReportRequest request, ReportTexts texts) {
        return ReportPreview.paged(header(request, texts), new ReportPreview.Pages() {
            @Override
            public long count() {
                return ListReport.this.count(request);
            }

            @Override
            public List<ReportTable.Row> page(int offset, int limit) {
                return ListReport.this.page(request, offset, limit, texts);
            }
        });
    }

    /** Streams every row into the workbook: only SXSSF's window of rows is ever in memory. */
    @Override
    default long writeTo(ReportRequest request, ReportTexts texts, ReportHeading heading, String sheetName,
            java.io.OutputStream out) throws java.io.IOException {
        return ReportWorkbook.writeRows(header(request, texts), heading, sheetName, sink -> forEach(request, texts, sink),
                out);
    }
}
