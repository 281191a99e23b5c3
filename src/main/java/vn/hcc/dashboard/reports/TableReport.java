package vn.hcc.dashboard.reports;

/** A report built in memory as one {@link ReportTable}, written by {@link ReportWorkbook#write}. */
public interface TableReport extends ReportDefinition {

    ReportTable table(ReportRequest request, ReportTexts texts);

    /** The whole table: its rows and total. */
    @Override
    default ReportPreview preview(ReportRequest request, ReportTexts texts) {
        return ReportPreview.of(table(request, texts));
    }

    @Override
    default long writeTo(ReportRequest request, ReportTexts texts, ReportHeading heading, String sheetName,
            java.io.OutputStream out) throws java.io.IOException {
        return ReportWorkbook.write(table(request, texts), heading, sheetName, out);
    }
}
