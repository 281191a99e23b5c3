package vn.hcc.dashboard.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Matches the header row of an import file to the {@link ImportColumn}s. Files exported by hand or by other software
 * spell headers freely ({@code Mã hồ sơ}, {@code ma ho so}, {@code MA_HO_SO}), so the match ignores case, Vietnamese
 * diacritics (đ included), spaces, underscores and punctuation. The same normalization matches catalogue names and
 * the value vocabularies.
 */
final class ImportHeaders {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, ImportColumn> BY_NAME = new HashMap<>();
    /** Normalized forms of recent texts: 100.000 rows repeat the same few field, unit and status names. */
    private static final Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (ImportColumn c : ImportColumn.values()) {
            BY_NAME.put(normalize(c.header()), c);
        }
    }

    /** Where each known column stands, the headers nobody knows, and what is wrong with the header row. */
    record Match(Map<ImportColumn, Integer> columns, List<String> unknown, List<ImportError> errors) {

        Integer indexOf(ImportColumn column) {
            return columns.get(column);
        }
    }

    private ImportHeaders() {
    }

    /** Lower case ASCII words with single spaces: "Tạm dừng – NVTC" and "tam_dung_nvtc" give "tam dung nvtc". */
    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        if (CACHE.size() > 4_096) {
            CACHE.clear(); // names and vocabularies repeat on every row; a file of odd values must not grow it
        }
        String normalized = strip(text);
        CACHE.put(text, normalized);
        return normalized;
    }

    private static String strip(String text) {
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        boolean ascii = s.chars().allMatch(ch -> ch < 128);
        if (!ascii) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        return SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    static Match match(List<Object> headerRow, long rowNumber) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        List<String> unknown = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        for (int i = 0; i < headerRow.size(); i++) {
            String header = ImportValues.text(headerRow.get(i));
            if (header == null) {
                continue;
            }
            ImportColumn column = BY_NAME.get(normalize(header));
            if (column == null) {
                unknown.add(header);
            } else if (columns.putIfAbsent(column, i) != null) {
                errors.add(ImportError.of(rowNumber, header, header, "import.error.column-twice"));
            }
        }
        for (ImportColumn c : ImportColumn.values()) {
            if (c.required() && !columns.containsKey(c)) {
                errors.add(ImportError.of(rowNumber, c.header(), null, "import.error.column-missing"));
            }
        }
        if (!columns.containsKey(ImportColumn.PROCEDURE_CODE) && !columns.containsKey(ImportColumn.PROCEDURE_NAME)) {
            errors.add(ImportError.of(rowNumber, ImportColumn.PROCEDURE_NAME.header(), null,
                    "import.error.procedure-column-missing"));
        }
        return new Match(columns, List.copyOf(unknown), List.copyOf(errors));
    }
}
