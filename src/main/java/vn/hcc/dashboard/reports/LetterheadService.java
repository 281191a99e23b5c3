package vn.hcc.dashboard.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The letterhead of each unit's reports, and the {@link ReportHeading} an export prints from it: the issuing body
 * under its governing body, "Số: …/BC-…", "&lt;place&gt;, ngày … tháng … năm …" dated the day of the export, and the
 * signature block ("NGƯỜI LẬP BIỂU" and the head of the unit, with their names). A report of the whole center uses
 * the center's letterhead; a unit without one stored prints its catalogue name.
 */
@Service
@Transactional
@Requires(Permission.REPORT_EXPORT)
public class LetterheadService {

    /** The number symbol of an official report: letters, digits and "-", e.g. BC-UBND, BC-TTPVHCC. */
    private static final Pattern SYMBOL = Pattern.compile("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*");
    private static final String DEFAULT_SYMBOL = "BC";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final LetterheadRepository letterheads;
    private final UnitService units;
    private final Clock clock;

    LetterheadService(LetterheadRepository letterheads, UnitService units, Clock clock) {
        this.letterheads = letterheads;
        this.units = units;
        this.clock = clock;
    }

    /** The stored letterhead of a unit ({@code null}: the center), or the defaults with a {@code null} version. */
    @Transactional(readOnly = true)
    public LetterheadDraft letterhead(Long unitId) {
        Unit unit = unit(unitId);
        if (unit == null) {
            return new LetterheadDraft(null, null, "", "", DEFAULT_SYMBOL, "", "", "", "");
        }
        return letterheads.findByUnitId(unit.getId()).map(Letterhead::draft)
                .orElseGet(() -> new LetterheadDraft(unit.getId(), null, "",
                        upper(unit.getName()), DEFAULT_SYMBOL, "", "", "", ""));
    }

    @Requires(Permission.LETTERHEAD_EDIT)
    public LetterheadDraft save(LetterheadDraft d) {
        Unit unit = unit(Validate.present("unit", d.unitId()));
        if (unit == null) {
            throw new FieldValidationException("unit", "validation.required");
        }
        String symbol = Validate.text("numberSymbol", d.numberSymbol(), 40);
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new FieldValidationException("numberSymbol", "letterhead.error.symbol");
        }
        LetterheadDraft clean = new LetterheadDraft(unit.getId(), d.version(),
                Validate.optionalText("governingBody", d.governingBody(), 200),
                Validate.text("issuer", d.issuer(), 200), symbol, Validate.optionalText("place", d.place(), 100),
                Validate.optionalText("preparerName", d.preparerName(), 100),
                Validate.optionalText("headTitle", d.headTitle(), 100),
                Validate.optionalText("headName", d.headName(), 100));
        Letterhead stored = letterheads.findByUnitId(unit.getId()).orElse(null);
        if (stored == null && d.version() != null || stored != null && d.version() == null) {
            // deleted, or created by someone else, since the form was opened
            throw new ConcurrentEditException("letterhead", unit.getId());
        }
        if (stored == null) {
            stored = new Letterhead(unit.getId());
        } else {
            ConcurrentEditException.check("letterhead", unit.getId(), d.version(), stored.getVersion());
        }
        stored.update(clean);
        return letterheads.saveAndFlush(stored).draft();
    }

    /** The heading of a report of {@code unitId} ({@code null}: the whole center), in the texts' language. */
    @Transactional(readOnly = true)
    public ReportHeading heading(Long unitId, ReportTexts t) {
        return preview(letterhead(unitId), t);
    }

    /** The heading a letterhead prints, as typed (not yet saved, not validated): the form's preview. */
    public ReportHeading preview(LetterheadDraft l, ReportTexts t) {
        LocalDate today = LocalDate.now(clock);
        String place = blank(l.place()) ? t.get("reports.heading.no-place") : l.place().trim();
        String day = String.format("%02d", today.getDayOfMonth());
        String month = String.format("%02d", today.getMonthValue());
        return new ReportHeading(upper(l.governingBody()), upper(l.issuer()),
                t.get("reports.heading.number", blank(l.numberSymbol()) ? DEFAULT_SYMBOL : l.numberSymbol().trim()), t.get("reports.heading.nation"),
                t.get("reports.heading.motto"),
                t.get("reports.heading.date", place, day, month, String.valueOf(today.getYear())),
                new ReportHeading.Signer(t.get("reports.sign.preparer"), t.get("reports.sign.preparer-note"),
                        trim(l.preparerName())),
                new ReportHeading.Signer(blank(l.headTitle()) ? t.get("reports.sign.head") : upper(l.headTitle()),
                        t.get("reports.sign.head-note"), trim(l.headName())),
                t.get("reports.heading.page"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    /** Titles and bodies print in capitals, as on every official document. */
    private static String upper(String s) {
        return trim(s).toUpperCase(VIETNAMESE);
    }

    /** The unit, the center when {@code unitId} is null; {@code null} when there is none. */
    private Unit unit(Long unitId) {
        return (unitId == null ? units.center() : units.find(unitId)).orElse(null);
    }
}
