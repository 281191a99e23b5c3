package vn.hcc.dashboard.scorecard;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.figures.Shortfall;
import vn.hcc.dashboard.intake.DossierCondition;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierRow;
import vn.hcc.dashboard.intake.DossierRowService;
import vn.hcc.dashboard.reports.ListReport;
import vn.hcc.dashboard.reports.ReportChoice;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportTexts;
import vn.hcc.dashboard.reports.ReportValue;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The scorecard's drill-down: the dossiers of the period that lost a sub-indicator its points (resolved late,
 * received in person, without digitized components…, the report's choice; none chosen: any of them), of one unit or
 * all. A lazy grid in the reports view and a streamed export; codes and names typed by users are inert text.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
public class ShortfallReport implements ListReport {

    public static final String KEY = "SHORTFALL";

    private final DossierRowService rows;
    private final UnitService units;

    ShortfallReport(DossierRowService rows, UnitService units) {
        this.rows = rows;
        this.units = units;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String filePrefix() {
        return "HoSoGiamDiem766";
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of(Picker.REPORTING_UNIT, Picker.CHOICE);
    }

    @Override
    public Optional<ReportChoice> choice(ReportTexts t) {
        return Optional.of(new ReportChoice("shortfall", t.get("reports.shortfall.choice"),
                t.get("reports.shortfall.any"), Arrays.stream(Shortfall.values())
                        .map(s -> new ReportChoice.Option(s.name(), t.get("reports.shortfall." + s.name()))).toList()));
    }

    @Override
    public ReportTable header(ReportRequest r, ReportTexts t) {
        String unit = ListReport.unitLabel(r, t, units::nameOf);
        String what = r.choice() == null ? t.get("reports.shortfall.any")
                : t.get("reports.shortfall." + Shortfall.valueOf(r.choice()).name());
        List<ReportTable.Group> columns = ListReport.columns(t, "reports.list.",
                List.of("field", "unit", "channel", "received", "due", "result", "status"));
        return new ReportTable(t.get("reports.shortfall.title"),
                List.of(t.get("reports.period", VnFormat.date(r.from()), VnFormat.date(r.to())),
                        t.get("reports.shortfall.filter", unit, what), t.get("scorecard.estimate")),
                t.get("reports.list.code"), columns, List.of(), null);
    }

    @Override
    public long count(ReportRequest r) {
        return rows.count(condition(r));
    }

    @Override
    public List<ReportTable.Row> page(ReportRequest r, int offset, int limit, ReportTexts t) {
        return rows.matching(condition(r), PageRequest.of(offset / limit, limit, Sort.by("id"))).stream()
                .map(d -> row(d, t)).toList();
    }

    @Override
    public void forEach(ReportRequest r, ReportTexts t, Consumer<ReportTable.Row> sink) {
        rows.forEachMatching(condition(r), d -> sink.accept(row(d, t)));
    }

    /** The chosen shortfall; none chosen: any of them. A value that names none is refused, never read as "any". */
    static DossierCondition condition(ReportRequest r) {
        if (r.choice() != null) {
            return Shortfall.valueOf(r.choice()).condition(r.period(), r.unitId());
        }
        DossierCondition any = null;
        for (Shortfall s : Shortfall.values()) {
            DossierCondition c = s.condition(r.period(), r.unitId());
            any = any == null ? c : any.or(c);
        }
        return any;
    }

    private static ReportTable.Row row(DossierRow row, ReportTexts t) {
        DossierData d = row.dossier().data();
        return new ReportTable.Row(d.code(), List.of(ReportValue.text(row.fieldName()),
                ReportValue.text(row.unitName()), ReportValue.text(t.get("dossier.channel." + d.channel().name())),
                new ReportValue.Day(d.receivedOn()), new ReportValue.Day(d.dueOn()), new ReportValue.Day(d.resultOn()),
                ReportValue.text(t.get("dossier.status." + d.status().name()))));
    }
}
