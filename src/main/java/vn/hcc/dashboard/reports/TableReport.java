package vn.hcc.dashboard.reports;

/** A report built in memory as one {@link ReportTable}, written by {@link ReportWorkbook#write}. */
public interface TableReport extends ReportDefinition {

    ReportTable table(ReportRequest request, ReportTexts texts);
}
