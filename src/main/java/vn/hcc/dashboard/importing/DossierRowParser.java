package vn.hcc.dashboard.importing;

import static vn.hcc.dashboard.importing.ImportColumn.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierRules;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.ratings.ImportedRating;
import vn.hcc.dashboard.ratings.RatingLevel;

/**
 * Turns one data row into a {@link DossierData}: every column is read, every bad cell reported (not only the first),
 * and a row whose cells all read is checked by {@link DossierRules}, the rules the counter form obeys, whose field
 * names are mapped back to the file's column headers.
 */
final class DossierRowParser {

    /** The rule's field name → the column the user must correct. */
    private static final Map<String, ImportColumn> RULE_COLUMNS = Map.ofEntries(
            Map.entry("code", CODE), Map.entry("field", FIELD), Map.entry("unit", UNIT),
            Map.entry("channel", CHANNEL), Map.entry("onlineLevel", ONLINE_LEVEL),
            Map.entry("receivedAt", RECEIVED_AT), Map.entry("dueOn", DUE_ON), Map.entry("status", STATUS),
            Map.entry("resultOn", RESULT_ON), Map.entry("endedOn", RESULT_ON),
            Map.entry("returnedOn", RETURNED_ON), Map.entry("fee", FEE), Map.entry("paidOnline", PAID_ONLINE),
            Map.entry("newDueOn", APOLOGY), Map.entry("apologyReason", APOLOGY));

    private final ImportHeaders.Match header;
    private final ImportCatalog catalog;

    DossierRowParser(ImportHeaders.Match header, ImportCatalog catalog) {
        this.header = header;
        this.catalog = catalog;
    }

    /** The row's dossier, or {@code null} after reporting each of its errors to {@code errors}. */
    DossierData parse(long row, List<Object> cells, Consumer<ImportError> errors) {
        Reader r = new Reader(row, cells, errors);
        String code = r.required(CODE) ? ImportValues.text(r.cell(CODE)) : null;
        ImportCatalog.ProcedureRef procedure = procedure(r);
        Long fieldId = r.required(FIELD) ? r.read(FIELD, c -> catalog.field(ImportValues.text(c))) : null;
        Long unitId = r.required(UNIT) ? r.read(UNIT, c -> catalog.unit(ImportValues.text(c))) : null;
        Channel channel = r.required(CHANNEL) ? r.read(CHANNEL, ImportValues::channel) : null;
        OnlineLevel level = r.read(ONLINE_LEVEL, ImportValues::level);
        LocalDateTime receivedAt = r.required(RECEIVED_AT) ? r.read(RECEIVED_AT, ImportValues::dateTime) : null;
        LocalDate dueOn = r.required(DUE_ON) ? r.read(DUE_ON, ImportValues::date) : null;
        LocalDate resultOn = r.optional(RESULT_ON, ImportValues::date);
        LocalDate returnedOn = r.optional(RETURNED_ON, ImportValues::date);
        DossierStatus status = r.required(STATUS) ? r.read(STATUS, ImportValues::status) : null;
        Long fee = r.read(FEE, ImportValues::amount);
        Boolean paidOnline = r.read(PAID_ONLINE, ImportValues::yesNo);
        Boolean digitizedComponents = r.read(DIGITIZED_COMPONENTS, ImportValues::yesNo);
        Boolean digitizedResult = r.read(DIGITIZED_RESULT, ImportValues::yesNo);
        Boolean apology = r.read(APOLOGY, ImportValues::yesNo);
        Boolean componentsStored = r.read(COMPONENTS_STORED, ImportValues::recorded);
        Boolean resultStored = r.read(RESULT_STORED, ImportValues::recorded);
        Boolean reusedData = r.read(REUSED_DATA, ImportValues::recorded);
        r.read(SATISFACTION, ImportValues::satisfaction); // checked here, taken by rating() once the file is clean
        if (r.failed) {
            return null;
        }
        LocalDate receivedOn = catalog.intakeDay(receivedAt, procedure);
        LocalDate endedOn = null;
        if (status.isFinal()) {
            // A withdrawn or refused dossier has no result: the file's result date is the day it ended.
            endedOn = resultOn != null ? resultOn : receivedOn;
            resultOn = null;
        } else if (status == DossierStatus.RETURNED && returnedOn == null) {
            returnedOn = resultOn; // as DossierService.changeStatus does: returned the day the result came
        }
        DossierData d = DossierData.builder().code(code).procedureId(procedure.id()).fieldId(fieldId).unitId(unitId)
                .channel(channel).onlineLevel(level).receivedAt(receivedAt).receivedOn(receivedOn).dueOn(dueOn)
                .resultOn(resultOn).returnedOn(returnedOn).endedOn(endedOn).status(status).fee(fee)
                .paidOnline(paidOnline).digitizedComponents(digitizedComponents).digitizedResult(digitizedResult)
                .apologySent(apology).componentsStored(componentsStored).resultStored(resultStored)
                .reusedData(reusedData).build();
        try {
            DossierRules.check(d, catalog.now());
        } catch (FieldValidationException e) {
            ImportColumn column = RULE_COLUMNS.getOrDefault(e.field(), CODE);
            errors.accept(ImportError.of(row, column.header(), ImportValues.text(r.cell(column)), e.messageKey(),
                    e.args()));
            return null;
        }
        return d;
    }

    /**
     * The citizen's rating of a row {@link #parse} accepted, tied to its dossier: counted on the day the result was
     * returned (else the result's, the end's or the intake's day); {@code null} when the row has none.
     */
    ImportedRating rating(List<Object> cells, DossierData d) {
        Reader r = new Reader(0, cells, e -> {
            throw new IllegalStateException("rating changed after it was checked: " + e);
        });
        RatingLevel level = r.read(SATISFACTION, ImportValues::satisfaction);
        if (level == null) {
            return null;
        }
        LocalDate day = d.returnedOn() != null ? d.returnedOn() : d.resultOn() != null ? d.resultOn()
                : d.endedOn();
        LocalDateTime at = day != null ? day.atStartOfDay() : d.receivedAt();
        return new ImportedRating(d.code(), d.fieldId(), d.unitId(), at, level);
    }

    /** By {@code Mã thủ tục} when the cell has a value, else by {@code Tên thủ tục}. */
    private ImportCatalog.ProcedureRef procedure(Reader r) {
        if (r.cell(PROCEDURE_CODE) != null) {
            return r.read(PROCEDURE_CODE, c -> catalog.procedureByCode(ImportValues.text(c)));
        }
        if (r.cell(PROCEDURE_NAME) == null) {
            r.fail(PROCEDURE_NAME, "import.error.procedure-required");
            return null;
        }
        return r.read(PROCEDURE_NAME, c -> catalog.procedureByName(ImportValues.text(c)));
    }

    private interface CellParser<T> {
        T parse(Object cell) throws ImportValues.Invalid;
    }

    /** Reads the cells of one row and remembers whether any failed. */
    private final class Reader {
        private final long row;
        private final List<Object> cells;
        private final Consumer<ImportError> errors;
        boolean failed;

        Reader(long row, List<Object> cells, Consumer<ImportError> errors) {
            this.row = row;
            this.cells = cells;
            this.errors = errors;
        }

        /** The cell under the column, {@code null} when the column is absent or the cell blank. */
        Object cell(ImportColumn column) {
            Integer index = header.indexOf(column);
            if (index == null || index >= cells.size()) {
                return null;
            }
            Object cell = cells.get(index);
            return cell instanceof String ? ImportValues.text(cell) : cell;
        }

        boolean required(ImportColumn column) {
            if (cell(column) != null) {
                return true;
            }
            fail(column, "validation.required");
            return false;
        }

        /** Parses the cell (blank included: the parser decides what blank means). */
        <T> T read(ImportColumn column, CellParser<T> parser) {
            try {
                return parser.parse(cell(column));
            } catch (ImportValues.Invalid e) {
                fail(column, e.key, e.args);
                return null;
            }
        }

        <T> T optional(ImportColumn column, CellParser<T> parser) {
            return cell(column) == null ? null : read(column, parser);
        }

        void fail(ImportColumn column, String key, Object... args) {
            failed = true;
            errors.accept(ImportError.of(row, column.header(), ImportValues.text(cell(column)), key, args));
        }
    }
}
