package vn.hcc.dashboard.intake;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.reports.ListReport;
import vn.hcc.dashboard.reports.ReportChoice;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportTexts;
import vn.hcc.dashboard.reports.ReportValue;

/**
 * The dossiers received in the period (the intake grid's rule: by arrival time), optionally of one unit and one
 * status (the report's {@link ReportChoice}: a {@link DossierStatus} by name), one row each in the order they were
 * recorded. Any number of rows: the grid pages, the export streams
 * ({@link DossierService#forEach}); codes, names and handlers typed by users are written as inert text.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
public class DossierListReport implements ListReport {

    private final DossierService dossiers;
    private final ProcedureService procedures;
    private final FieldService fields;
    private final UnitService units;

    DossierListReport(DossierService dossiers, ProcedureService procedures, FieldService fields, UnitService units) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.fields = fields;
        this.units = units;
    }

    @Override
    public String key() {
        return "DOSSIER_LIST";
    }

    @Override
    public String filePrefix() {
        return "DanhSachHoSo";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of(Picker.REPORTING_UNIT, Picker.CHOICE);
    }

    /** Any one status, by its name; none chosen: every status. */
    @Override
    public java.util.Optional<ReportChoice> choice(ReportTexts t) {
        return java.util.Optional.of(new ReportChoice("status", t.get("reports.status"), t.get("reports.status.all"),
                java.util.Arrays.stream(DossierStatus.values())
                        .map(s -> new ReportChoice.Option(s.name(), t.get("dossier.status." + s.name()))).toList()));
    }

    @Override
    public ReportTable header(ReportRequest r, ReportTexts t) {
        String unit = ListReport.unitLabel(r, t, units::nameOf);
        String status = r.choice() == null ? t.get("reports.status.all") : t.get("dossier.status." + status(r));
        List<ReportTable.Group> columns = ListReport.columns(t, "reports.list.", List.of("procedure", "field", "unit",
                "channel", "received", "due", "result", "returned", "status", "fee", "paid-online",
                "digitized-components", "digitized-result", "handler"));
        return new ReportTable(t.get("reports.list.title"),
                List.of(t.get("reports.period", VnFormat.date(r.from()), VnFormat.date(r.to())),
                        t.get("reports.list.filter", unit, status)),
                t.get("reports.list.code"), columns, List.of(), null);
    }

    @Override
    public long count(ReportRequest r) {
        return dossiers.count(query(r));
    }

    /** The grid asks in pages of {@code limit} (Vaadin's offsets are multiples of it). */
    @Override
    public List<ReportTable.Row> page(ReportRequest r, int offset, int limit, ReportTexts t) {
        Names names = names(t);
        return dossiers.search(query(r), PageRequest.of(offset / limit, limit, Sort.by("id"))).stream()
                .map(Dossier::data).map(d -> row(d, names)).toList();
    }

    @Override
    public void forEach(ReportRequest r, ReportTexts t, Consumer<ReportTable.Row> sink) {
        Names names = names(t);
        dossiers.forEach(query(r), d -> sink.accept(row(d, names)));
    }

    private static DossierQuery query(ReportRequest r) {
        return new DossierQuery(r.from(), r.to(), r.unitId(), null, null, status(r), false, null, null);
    }

    /** The status chosen, {@code null}: any; a value that names no status is refused, never read as "any". */
    private static DossierStatus status(ReportRequest r) {
        return r.choice() == null ? null : DossierStatus.valueOf(r.choice());
    }

    /**
     * The catalogue's names by id and the translated words, looked up once per page or export, not per row: the
     * dossier table holds ids only, and a million rows would otherwise mean millions of lookups.
     */
    private record Names(Map<Long, String> procedures, Map<Long, String> fields, Map<Long, String> units,
            Map<Channel, String> channels, Map<DossierStatus, String> statuses, ReportValue yes, ReportValue no) {
    }

    private Names names(ReportTexts t) {
        return new Names(procedures.namesById(), fields.namesById(), units.namesById(),
                translated(Channel.values(), c -> t.get("dossier.channel." + c.name())),
                translated(DossierStatus.values(), s -> t.get("dossier.status." + s.name())),
                ReportValue.text(t.get("reports.yes")), ReportValue.text(t.get("reports.no")));
    }

    private static <E extends Enum<E>> Map<E, String> translated(E[] values, Function<E, String> label) {
        return java.util.Arrays.stream(values).collect(Collectors.toMap(Function.identity(), label));
    }

    private static ReportTable.Row row(DossierData d, Names n) {
        return new ReportTable.Row(d.code(), List.of(
                ReportValue.text(d.procedureId() == null ? "" : n.procedures().get(d.procedureId())),
                ReportValue.text(n.fields().get(d.fieldId())), ReportValue.text(n.units().get(d.unitId())),
                ReportValue.text(n.channels().get(d.channel())),
                new ReportValue.Day(d.receivedOn()), new ReportValue.Day(d.dueOn()),
                new ReportValue.Day(d.resultOn()), new ReportValue.Day(d.returnedOn()),
                ReportValue.text(n.statuses().get(d.status())), ReportValue.count(d.fee()),
                d.paidOnline() ? n.yes() : n.no(), d.digitizedComponents() ? n.yes() : n.no(),
                d.digitizedResult() ? n.yes() : n.no(), ReportValue.text(d.handler())));
    }
}
