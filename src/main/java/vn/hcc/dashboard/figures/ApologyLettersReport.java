package vn.hcc.dashboard.figures;

import java.time.Clock;
import java.time.LocalDate;
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
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.intake.DossierCondition;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierRow;
import vn.hcc.dashboard.intake.DossierRowService;
import vn.hcc.dashboard.intake.Lateness;
import vn.hcc.dashboard.reports.ListReport;
import vn.hcc.dashboard.reports.ReportChoice;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportTexts;
import vn.hcc.dashboard.reports.ReportValue;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * Late dossiers and their apology letters (domain.md §4): the period's late dossiers (the same condition as the
 * on-time rate loses, {@link Shortfall#LATE_OR_OVERDUE}) with a letter or without one, or, as of today, the letters
 * due: open dossiers without a letter that fall due by the next working day. A lazy grid and a streamed export.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
public class ApologyLettersReport implements ListReport {

    public static final String KEY = "APOLOGY_LETTERS";

    /** What the report lists; none chosen: every late dossier of the period, with or without a letter. */
    public enum Which {
        WITHOUT_LETTER, WITH_LETTER, LETTER_DUE
    }

    private final DossierRowService rows;
    private final UnitService units;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ApologyLettersReport(DossierRowService rows, UnitService units, WorkingDayCalendar calendar, Clock clock) {
        this.rows = rows;
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String filePrefix() {
        return "HoSoTreHan_PhieuXinLoi";
    }

    @Override
    public int order() {
        return 74;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of(Picker.REPORTING_UNIT, Picker.CHOICE);
    }

    @Override
    public Optional<ReportChoice> choice(ReportTexts t) {
        return Optional.of(new ReportChoice("letters", t.get("reports.letters.choice"), t.get("reports.letters.any"),
                Arrays.stream(Which.values()).map(w -> new ReportChoice.Option(w.name(),
                        t.get("reports.letters." + w.name()))).toList()));
    }

    @Override
    public ReportTable header(ReportRequest r, ReportTexts t) {
        String unit = ListReport.unitLabel(r, t, units::nameOf);
        String what = r.choice() == null ? t.get("reports.letters.any") : t.get("reports.letters." + r.choice());
        List<ReportTable.Group> columns = ListReport.columns(t, "reports.list.",
                List.of("field", "unit", "channel", "received", "due", "result", "status"));
        columns.add(new ReportTable.Group(t.get("reports.letters.letter"), List.of()));
        String when = Which.LETTER_DUE.name().equals(r.choice())
                ? t.get("reports.letters.as-of", VnFormat.date(LocalDate.now(clock)))
                : t.get("reports.period", VnFormat.date(r.from()), VnFormat.date(r.to()));
        return new ReportTable(t.get("reports.letters.title"), List.of(when, t.get("reports.letters.filter", unit,
                what)), t.get("reports.list.code"), columns, List.of(), null);
    }

    @Override
    public long count(ReportRequest r) {
        return rows.count(condition(r));
    }

    @Override
    public List<ReportTable.Row> page(ReportRequest r, int offset, int limit, ReportTexts t) {
        return rows.matching(condition(r), PageRequest.of(offset / limit, limit, Sort.by("dueOn", "id"))).stream()
                .map(d -> row(d, t)).toList();
    }

    @Override
    public void forEach(ReportRequest r, ReportTexts t, Consumer<ReportTable.Row> sink) {
        rows.forEachMatching(condition(r), d -> sink.accept(row(d, t)));
    }

    DossierCondition condition(ReportRequest r) {
        if (Which.LETTER_DUE.name().equals(r.choice())) {
            LocalDate today = LocalDate.now(clock);
            DossierCondition due = Lateness.letterDue(today, calendar.addWorkingDays(today, 1));
            return r.unitId() == null ? due : due.and(DossierCondition.unitIs(r.unitId()));
        }
        DossierCondition late = Shortfall.LATE_OR_OVERDUE.condition(r.period(), r.unitId());
        if (r.choice() == null) {
            return late;
        }
        DossierCondition letter = DossierCondition.yes(DossierCondition.Field.APOLOGY_SENT);
        return Which.valueOf(r.choice()) == Which.WITH_LETTER ? late.and(letter)
                : late.and(DossierCondition.notYes(DossierCondition.Field.APOLOGY_SENT));
    }

    private static ReportTable.Row row(DossierRow row, ReportTexts t) {
        DossierData d = row.dossier().data();
        String letter = d.apologySent() ? t.get("reports.letters.sent", VnFormat.date(d.newDueOn()))
                : t.get("reports.letters.none");
        return new ReportTable.Row(d.code(), List.of(ReportValue.text(row.fieldName()),
                ReportValue.text(row.unitName()), ReportValue.text(t.get("dossier.channel." + d.channel().name())),
                new ReportValue.Day(d.receivedOn()), new ReportValue.Day(d.dueOn()), new ReportValue.Day(d.resultOn()),
                ReportValue.text(t.get("dossier.status." + d.status().name())), ReportValue.text(letter)));
    }
}
