package vn.hcc.dashboard.reports;

import java.time.LocalDate;

/** The built-in reports take key, file prefix and order from their {@link ReportKind}. */
interface BuiltInReport extends ReportDefinition {

    ReportKind kind();

    @Override
    default String key() {
        return kind().name();
    }

    @Override
    default String filePrefix() {
        return kind().filePrefix();
    }

    @Override
    default int order() {
        return kind().order();
    }

    @Override
    default String fileName(LocalDate from, LocalDate to) {
        return kind().fileName(from, to);
    }
}
