package vn.hcc.dashboard.importing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.Consumer;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.intake.DossierData;

/**
 * The dossier API's JSON items as import rows, so that an item is checked and saved by exactly the code that checks
 * and saves a file's row: an item is one row whose columns are named by {@link ImportColumn#field()} instead of the
 * header. Item {@code i} is row {@code i + 2} (row 1 being the header every file has). A JSON string is a text cell, a
 * number a number cell, {@code true}/{@code false} a boolean cell; objects and arrays, and fields no column has, are
 * refused rather than ignored: a client's misspelt optional field would otherwise be lost without a word.
 */
final class ImportItems {

    private static final Map<String, ImportColumn> BY_FIELD = new HashMap<>();
    private static final String DUPLICATE_CODE = "import.error.duplicate-code";

    static {
        for (ImportColumn c : ImportColumn.values()) {
            BY_FIELD.put(c.field(), c);
        }
    }

    private ImportItems() {
    }

    /** The header row the items are read under: every column, in {@link ImportColumn}'s order. */
    static List<Object> header() {
        return Arrays.stream(ImportColumn.values()).map(c -> (Object) c.header()).toList();
    }

    static long row(int index) {
        return index + 2L;
    }

    /** The item's cells under {@link #header()}; each unknown field or non-scalar value is reported. */
    static List<Object> cells(int index, Map<String, ?> item, Consumer<ItemError> errors) {
        List<Object> cells = new ArrayList<>(java.util.Collections.nCopies(ImportColumn.values().length, null));
        if (item == null) {
            errors.accept(new ItemError(index, null, "import.error.item-not-object", List.of()));
            return cells;
        }
        item.forEach((name, value) -> {
            ImportColumn column = BY_FIELD.get(name);
            if (column == null) {
                errors.accept(new ItemError(index, name, "import.error.unknown-item-field", List.of()));
            } else if (!(value == null || value instanceof String || value instanceof Number
                    || value instanceof Boolean)) {
                errors.accept(new ItemError(index, name, "import.error.item-value", List.of()));
            } else {
                cells.set(column.ordinal(), value instanceof Number n ? number(n) : value);
            }
        });
        return cells;
    }

    /** A JSON number as a number cell; one too long for a double is left as its digits, which the cell's parser judges. */
    private static Object number(Number n) {
        if (n instanceof BigDecimal || n instanceof BigInteger) {
            double d = n.doubleValue();
            return Double.isInfinite(d) ? n.toString() : d;
        }
        return n.doubleValue();
    }

    /**
     * A file import's error (row, column header) as the API names it (item index, field); a code seen twice names the
     * item it was first seen in, not a row of a file.
     */
    static ItemError of(ImportError e) {
        ImportColumn column = Arrays.stream(ImportColumn.values()).filter(c -> c.header().equals(e.column()))
                .findFirst().orElse(null);
        String field = column == null ? null : column.field();
        int index = (int) (e.row() - 2);
        if (DUPLICATE_CODE.equals(e.messageKey()) && e.args().size() == 2) {
            String first = String.valueOf(Long.parseLong(e.args().get(1)) - 2);
            return new ItemError(index, field, "import.error.duplicate-item-code", List.of(e.args().get(0), first));
        }
        return new ItemError(index, field, e.messageKey(), e.args());
    }

    /**
     * A stored dossier as an API item, in the vocabulary an item is written in (labels, dd/MM/yyyy dates), so that
     * what a client reads it can send back unchanged. The citizen's rating is not part of it: ratings are their own
     * records.
     */
    static Map<String, Object> item(DossierData d, String procedureCode, String procedureName, String fieldName,
            String unitName) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put(ImportColumn.CODE.field(), d.code());
        item.put(ImportColumn.PROCEDURE_CODE.field(), procedureCode);
        item.put(ImportColumn.PROCEDURE_NAME.field(), procedureName);
        item.put(ImportColumn.FIELD.field(), fieldName);
        item.put(ImportColumn.UNIT.field(), unitName);
        item.put(ImportColumn.CHANNEL.field(), label(ImportValues.CHANNELS, d.channel()));
        item.put(ImportColumn.ONLINE_LEVEL.field(), label(ImportValues.LEVELS, d.onlineLevel()));
        item.put(ImportColumn.RECEIVED_AT.field(), VnFormat.dateTime(d.receivedAt()));
        item.put(ImportColumn.DUE_ON.field(), date(d.dueOn()));
        // a withdrawn or refused dossier's end day is what the import reads from "Ngày có kết quả"
        item.put(ImportColumn.RESULT_ON.field(), date(d.resultOn() != null ? d.resultOn() : d.endedOn()));
        item.put(ImportColumn.RETURNED_ON.field(), date(d.returnedOn()));
        item.put(ImportColumn.STATUS.field(), label(ImportValues.STATUSES, d.status()));
        item.put(ImportColumn.FEE.field(), d.fee());
        item.put(ImportColumn.PAID_ONLINE.field(), d.paidOnline());
        item.put(ImportColumn.DIGITIZED_COMPONENTS.field(), d.digitizedComponents());
        item.put(ImportColumn.DIGITIZED_RESULT.field(), d.digitizedResult());
        item.put(ImportColumn.APOLOGY.field(), d.apologySent());
        item.put(ImportColumn.COMPONENTS_STORED.field(), d.componentsStored());
        item.put(ImportColumn.RESULT_STORED.field(), d.resultStored());
        item.put(ImportColumn.REUSED_DATA.field(), d.reusedData());
        return item;
    }

    private static String date(java.time.LocalDate day) {
        return day == null ? null : VnFormat.date(day);
    }

    private static <T> String label(SequencedMap<String, T> vocabulary, T value) {
        return vocabulary.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
