package vn.hcc.dashboard.pakn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Period;
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
 * The scorecard's drill-down for "PAKN handled on time": the petitions of the period, of one unit or all, answered
 * after their deadline or still unanswered past it at the period's end, each with why. Its rows are exactly the
 * difference the on-time rate loses ({@link PaknFiguresService#countLate}); a lazy grid and a streamed export, a
 * page of ids at a time. Texts typed by citizens are inert in the file.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
public class PaknLateReport implements ListReport {

    public static final String KEY = "PAKN_LATE";
    private static final int CHUNK = 500;
    private static final int CONTENT_CHARS = 200;

    private final PaknFiguresService figures;
    private final PaknRepository items;
    private final PaknLookups lookups;
    private final UnitService units;

    PaknLateReport(PaknFiguresService figures, PaknRepository items, PaknLookups lookups, UnitService units) {
        this.figures = figures;
        this.items = items;
        this.lookups = lookups;
        this.units = units;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String filePrefix() {
        return "PAKN_TreHan";
    }

    @Override
    public int order() {
        return 76;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of(Picker.REPORTING_UNIT);
    }

    @Override
    public ReportTable header(ReportRequest r, ReportTexts t) {
        String unit = ListReport.unitLabel(r, t, units::nameOf);
        List<ReportTable.Group> columns = ListReport.columns(t, "pakn.field.", List.of("receivedOn", "channel",
                "category", "content", "unit", "handler", "deadline", "answeredOn", "status"));
        columns.add(new ReportTable.Group(t.get("reports.pakn-late.why"), List.of()));
        return new ReportTable(t.get("reports.pakn-late.title"),
                List.of(t.get("reports.period", VnFormat.date(r.from()), VnFormat.date(r.to())),
                        t.get("reports.pakn-late.filter", unit), t.get("scorecard.estimate")),
                t.get("pakn.field.id"), columns, List.of(), null);
    }

    @Override
    public long count(ReportRequest r) {
        return figures.countLate(r.period(), r.unitId());
    }

    @Override
    public List<ReportTable.Row> page(ReportRequest r, int offset, int limit, ReportTexts t) {
        return rows(r.period(), figures.lateIds(r.period(), r.unitId(), offset, limit), t);
    }

    @Override
    public void forEach(ReportRequest r, ReportTexts t, Consumer<ReportTable.Row> sink) {
        for (long offset = 0;; offset += CHUNK) {
            List<Long> ids = figures.lateIds(r.period(), r.unitId(), offset, CHUNK);
            rows(r.period(), ids, t).forEach(sink);
            if (ids.size() < CHUNK) {
                return;
            }
        }
    }

    private List<ReportTable.Row> rows(Period period, List<Long> ids, ReportTexts t) {
        Map<Long, Pakn> byId = items.findAllById(ids).stream().collect(Collectors.toMap(Pakn::getId, p -> p));
        List<Pakn> page = ids.stream().map(byId::get).toList();
        Function<Pakn, PaknRow> named = lookups.rows(page);
        return page.stream().map(p -> row(named.apply(p), period.to(), t)).toList();
    }

    private static ReportTable.Row row(PaknRow row, LocalDate to, ReportTexts t) {
        Pakn p = row.item();
        boolean answered = p.getAnsweredOn() != null && !p.getAnsweredOn().isAfter(to);
        String content = p.getContent() == null ? "" : p.getContent();
        if (content.length() > CONTENT_CHARS) {
            content = content.substring(0, CONTENT_CHARS - 1) + "…";
        }
        return new ReportTable.Row(String.valueOf(p.getId()), List.of(new ReportValue.Day(p.getReceivedOn()),
                ReportValue.text(t.get("pakn.channel." + p.getChannel().name())),
                ReportValue.text(t.get("pakn.category." + p.getCategory().name())), ReportValue.text(content),
                ReportValue.text(row.unitName()), ReportValue.text(row.handlerName()),
                new ReportValue.Day(p.getDeadline()), new ReportValue.Day(answered ? p.getAnsweredOn() : null),
                ReportValue.text(t.get("pakn.status." + p.getStatus().name())),
                ReportValue.text(t.get(answered ? "reports.pakn-late.answered-late" : "reports.pakn-late.overdue"))));
    }
}
