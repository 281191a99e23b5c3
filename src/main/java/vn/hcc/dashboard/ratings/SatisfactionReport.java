package vn.hcc.dashboard.ratings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.reports.ReportChoice;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportTexts;
import vn.hcc.dashboard.reports.ReportValue;
import vn.hcc.dashboard.reports.TableReport;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * "Đánh giá hài lòng": the period's ratings per counter (or officer, or field, the report's choice) with the count
 * of each level and the satisfaction rate, and the total of the period. Every count and rate is
 * {@link RatingService}'s (grouped in the database); the rows partition the ratings, so the total's counts are the
 * rows' sums, and its rate the service's rate of all ratings.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
class SatisfactionReport implements TableReport {

    private final RatingService ratings;

    SatisfactionReport(RatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    public String key() {
        return "RATINGS";
    }

    @Override
    public String filePrefix() {
        return "DanhGiaHaiLong";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of(Picker.CHOICE);
    }

    /** Per counter unless the user picks per officer or per field. */
    @Override
    public Optional<ReportChoice> choice(ReportTexts t) {
        return Optional.of(new ReportChoice("group", t.get("reports.ratings.group"),
                t.get("reports.ratings.by.COUNTER"), List.of(
                        new ReportChoice.Option(RatingGroupBy.OFFICER.name(), t.get("reports.ratings.by.OFFICER")),
                        new ReportChoice.Option(RatingGroupBy.FIELD.name(), t.get("reports.ratings.by.FIELD")))));
    }

    @Override
    public ReportTable table(ReportRequest request, ReportTexts t) {
        RatingGroupBy by = request.choice() == null ? RatingGroupBy.COUNTER : RatingGroupBy.valueOf(request.choice());
        List<ReportTable.Row> rows = new ArrayList<>();
        for (RatingGroup g : ratings.grouped(request.period(), RatingFilter.ALL, by)) {
            rows.add(row(g.name() == null ? t.get("reports.ratings.unknown") : g.name(), g.counts()));
        }
        RatingCounts all = ratings.counts(request.period(), RatingFilter.ALL);
        List<ReportTable.Group> groups = List.of(
                new ReportTable.Group(t.get("reports.ratings.g.count"), List.of(t.get("reports.c.total"),
                        t.get("reports.ratings.c.very"), t.get("reports.ratings.c.satisfied"),
                        t.get("reports.ratings.c.unsatisfied"))),
                new ReportTable.Group(t.get("reports.ratings.g.rate"), List.of()));
        return new ReportTable(t.get("reports.ratings.title"),
                List.of(t.get("reports.period", VnFormat.date(request.period().from()),
                        VnFormat.date(request.period().to())), t.get("reports.ratings.measure")),
                t.get("reports.ratings.by-label." + by.name()), groups, rows, row(t.get("reports.total"), all));
    }

    private static ReportTable.Row row(String label, RatingCounts c) {
        return new ReportTable.Row(label, List.of(ReportValue.count(c.total()), ReportValue.count(c.verySatisfied()),
                ReportValue.count(c.satisfied()), ReportValue.count(c.unsatisfied()),
                ReportValue.percent(c.rate(), c.formattedRate())));
    }
}
