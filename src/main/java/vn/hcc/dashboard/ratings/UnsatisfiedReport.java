package vn.hcc.dashboard.ratings;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.reports.ListReport;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportTexts;
import vn.hcc.dashboard.reports.ReportValue;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The scorecard's drill-down for satisfaction: the "Chưa hài lòng" ratings of the period, of one unit or all, newest
 * first, with what was rated, where, by whom served, why, the citizen's comment and whether it was followed up. The
 * rows are exactly the ratings the rate's numerator leaves out; a lazy grid and a streamed export.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
public class UnsatisfiedReport implements ListReport {

    public static final String KEY = "RATINGS_UNSATISFIED";
    private static final int CHUNK = 500;

    private final RatingService ratings;
    private final UnitService units;

    UnsatisfiedReport(RatingService ratings, UnitService units) {
        this.ratings = ratings;
        this.units = units;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String filePrefix() {
        return "DanhGiaChuaHaiLong";
    }

    @Override
    public int order() {
        return 115;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of(Picker.REPORTING_UNIT);
    }

    @Override
    public ReportTable header(ReportRequest r, ReportTexts t) {
        String unit = ListReport.unitLabel(r, t, units::nameOf);
        List<ReportTable.Group> columns = ListReport.columns(t, "ratings.col.",
                List.of("rated-at", "counter", "officer", "field", "reason", "comment", "follow-up"));
        return new ReportTable(t.get("reports.unsatisfied.title"),
                List.of(t.get("reports.period", VnFormat.date(r.from()), VnFormat.date(r.to())),
                        t.get("reports.unsatisfied.filter", unit)),
                t.get("ratings.col.subject"), columns, List.of(), null);
    }

    @Override
    public long count(ReportRequest r) {
        return ratings.unsatisfied(r.period(), RatingFilter.unit(r.unitId()), false, PageRequest.of(0, 1))
                .getTotalElements();
    }

    @Override
    public List<ReportTable.Row> page(ReportRequest r, int offset, int limit, ReportTexts t) {
        return ratings.unsatisfied(r.period(), RatingFilter.unit(r.unitId()), false,
                PageRequest.of(offset / limit, limit)).map(u -> row(u, t)).getContent();
    }

    @Override
    public void forEach(ReportRequest r, ReportTexts t, Consumer<ReportTable.Row> sink) {
        for (int page = 0;; page++) {
            Page<UnsatisfiedRating> chunk = ratings.unsatisfied(r.period(), RatingFilter.unit(r.unitId()), false,
                    PageRequest.of(page, CHUNK));
            chunk.forEach(u -> sink.accept(row(u, t)));
            if (!chunk.hasNext()) {
                return;
            }
        }
    }

    private static ReportTable.Row row(UnsatisfiedRating u, ReportTexts t) {
        return new ReportTable.Row(u.subject() == null ? "" : u.subject(), List.of(
                ReportValue.text(VnFormat.dateTime(u.ratedAt())), ReportValue.text(u.counterName()),
                ReportValue.text(u.officerName()), ReportValue.text(u.fieldName()),
                ReportValue.text(u.reason() == null ? "" : t.get("rating.reason." + u.reason().name())),
                ReportValue.text(u.comment() == null ? "" : u.comment()),
                ReportValue.text(t.get("ratings.follow-up." + u.followUp().name()))));
    }
}
