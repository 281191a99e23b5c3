package vn.hcc.dashboard.reports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/**
 * Every report download goes through here, so it is measured in one place: {@code hcc_export_duration_seconds}
 * and {@code hcc_export_rows_total}, both per report key. The report itself checks who may read it.
 */
@Component
public class ReportExports {

    private final MeterRegistry registry;

    ReportExports(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@link ReportDefinition#writeTo}, timed, its rows counted once the workbook is written. */
    public long write(ReportDefinition report, ReportRequest request, ReportTexts texts, ReportHeading heading,
            String sheetName, OutputStream out) throws IOException {
        Timer.Sample sample = Timer.start(registry);
        long rows = report.writeTo(request, texts, heading, sheetName, out);
        sample.stop(Timer.builder("hcc.export.duration").description("Time to write a report workbook")
                .tag("report", report.key()).register(registry));
        Counter.builder("hcc.export.rows").description("Table rows written into downloaded reports")
                .tag("report", report.key()).register(registry).increment(rows);
        return rows;
    }
}
