package vn.hcc.dashboard.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.ratings.RatingLevel;

/**
 * Reads one cell of an import row. A cell is a {@link String} (CSV, text cells), a {@link Double} (number cells), a
 * {@link LocalDateTime} (date cells) or a {@link Boolean}; formulas arrive as their cached values. Text is never
 * evaluated: a value such as {@code =1+2} stays that text. Bad values raise {@link Invalid} with a message key.
 */
final class ImportValues {

    /** Labels of the format's vocabularies, in the order the template lists them. */
    static final SequencedMap<String, Channel> CHANNELS = new LinkedHashMap<>();
    static final SequencedMap<String, DossierStatus> STATUSES = new LinkedHashMap<>();
    static final SequencedMap<String, OnlineLevel> LEVELS = new LinkedHashMap<>();
    static final SequencedMap<String, RatingLevel> SATISFACTION = new LinkedHashMap<>();

    private static final Map<String, Channel> CHANNEL_KEYS = new HashMap<>();
    private static final Map<String, DossierStatus> STATUS_KEYS = new HashMap<>();
    private static final Map<String, OnlineLevel> LEVEL_KEYS = new HashMap<>();
    private static final Map<String, RatingLevel> SATISFACTION_KEYS = new HashMap<>();
    private static final Map<String, Boolean> YES_NO = Map.of("co", true, "x", true, "1", true, "true", true,
            "khong", false, "0", false, "false", false);

    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern AMOUNT = Pattern.compile(
            "(-?)(\\d{1,3}(?:[. ]\\d{3})+|\\d+)(?:,0+)?\\s*(?:đ|d|vnđ|vnd)?");
    private static final double MAX_AMOUNT = 1e15;

    static {
        CHANNELS.put("Trực tuyến", Channel.ONLINE);
        CHANNELS.put("Trực tiếp", Channel.IN_PERSON);
        CHANNELS.put("Bưu chính", Channel.ORDINARY_POSTAL);
        CHANNELS.put("Bưu chính công ích", Channel.POSTAL);
        CHANNELS.put("Smartphone", Channel.SMARTPHONE);
        STATUSES.put("Đang giải quyết", DossierStatus.IN_PROGRESS);
        STATUSES.put("Chờ bổ sung", DossierStatus.SUPPLEMENT_REQUESTED);
        STATUSES.put("Tạm dừng - NVTC", DossierStatus.SUSPENDED_FINANCIAL);
        STATUSES.put("Tạm dừng - khác", DossierStatus.SUSPENDED_OTHER);
        STATUSES.put("Đã giải quyết", DossierStatus.RESOLVED);
        STATUSES.put("Đã trả kết quả", DossierStatus.RETURNED);
        STATUSES.put("Rút hồ sơ", DossierStatus.WITHDRAWN);
        STATUSES.put("Từ chối", DossierStatus.REFUSED);
        LEVELS.put("Một phần", OnlineLevel.PARTLY);
        LEVELS.put("Toàn trình", OnlineLevel.FULLY);
        CHANNELS.forEach((label, v) -> CHANNEL_KEYS.put(ImportHeaders.normalize(label), v));
        CHANNEL_KEYS.put("bcci", Channel.POSTAL);
        STATUSES.forEach((label, v) -> STATUS_KEYS.put(ImportHeaders.normalize(label), v));
        LEVELS.forEach((label, v) -> LEVEL_KEYS.put(ImportHeaders.normalize(label), v));
        SATISFACTION.put("Rất hài lòng", RatingLevel.VERY_SATISFIED);
        SATISFACTION.put("Hài lòng", RatingLevel.SATISFIED);
        SATISFACTION.put("Chưa hài lòng", RatingLevel.UNSATISFIED);
        SATISFACTION.forEach((label, v) -> SATISFACTION_KEYS.put(ImportHeaders.normalize(label), v));
    }

    /** A value the column does not accept; cheap to throw (no stack trace), one per bad cell. */
    static final class Invalid extends Exception {
        final String key;
        final transient Object[] args;

        Invalid(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    private ImportValues() {
    }

    /** The cell as trimmed text, {@code null} when blank; whole numbers lose their ".0". */
    static String text(Object cell) {
        return switch (cell) {
            case null -> null;
            case String s -> {
                String t = s.replace('\u00A0', ' ').strip();
                yield t.isEmpty() ? null : t;
            }
            case Double d -> d == Math.rint(d) && Math.abs(d) < MAX_AMOUNT ? Long.toString(d.longValue())
                    : d.toString();
            case LocalDateTime t -> t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? VnFormat.date(t.toLocalDate()) : VnFormat.dateTime(t);
            case Boolean b -> b ? "TRUE" : "FALSE";
            default -> cell.toString();
        };
    }

    /** {@code dd/MM/yyyy} or {@code dd/MM/yyyy HH:mm[:ss]} text, or a date cell. */
    static LocalDateTime dateTime(Object cell) throws Invalid {
        if (cell instanceof LocalDateTime t) {
            return t.withNano(0);
        }
        if (!(cell instanceof String)) {
            throw new Invalid("import.error.date");
        }
        Matcher m = DATE.matcher(text(cell));
        if (!m.matches()) {
            throw new Invalid("import.error.date");
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
            if (m.group(4) == null) {
                return day.atStartOfDay();
            }
            int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            return day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds);
        } catch (DateTimeException e) {
            throw new Invalid("import.error.date");
        }
    }

    static LocalDate date(Object cell) throws Invalid {
        return dateTime(cell).toLocalDate();
    }

    /** Đồng as {@code 53.366.000}, {@code 53366000} or a number cell; empty means no fee. */
    static long amount(Object cell) throws Invalid {
        if (cell == null) {
            return 0;
        }
        if (cell instanceof Double d) {
            if (d != Math.rint(d) || Math.abs(d) >= MAX_AMOUNT) {
                throw new Invalid("import.error.amount");
            }
            return d.longValue();
        }
        if (!(cell instanceof String)) {
            throw new Invalid("import.error.amount");
        }
        Matcher m = AMOUNT.matcher(text(cell).toLowerCase(Locale.ROOT));
        if (!m.matches() || m.group(2).length() > 20) {
            throw new Invalid("import.error.amount");
        }
        long value = Long.parseLong(m.group(2).replace(".", "").replace(" ", ""));
        if (value >= MAX_AMOUNT) {
            throw new Invalid("import.error.amount");
        }
        return m.group(1).isEmpty() ? value : -value;
    }

    /** Có / Không, also x, 1 / 0 and boolean cells; empty means no. */
    static boolean yesNo(Object cell) throws Invalid {
        if (cell == null) {
            return false;
        }
        if (cell instanceof Boolean b) {
            return b;
        }
        Boolean value = YES_NO.get(ImportHeaders.normalize(text(cell)));
        if (value == null) {
            throw new Invalid("import.error.yes-no");
        }
        return value;
    }

    /** Có / Không like {@link #yesNo}, but empty means not recorded: {@code null}. */
    static Boolean recorded(Object cell) throws Invalid {
        return cell == null ? null : yesNo(cell);
    }

    static Channel channel(Object cell) throws Invalid {
        return lookup(CHANNEL_KEYS, cell, "import.error.channel", CHANNELS);
    }

    static DossierStatus status(Object cell) throws Invalid {
        return lookup(STATUS_KEYS, cell, "import.error.status", STATUSES);
    }

    /** Empty means the procedure is not an online public service. */
    static OnlineLevel level(Object cell) throws Invalid {
        return cell == null ? OnlineLevel.NONE : lookup(LEVEL_KEYS, cell, "import.error.online-level", LEVELS);
    }

    /** The citizen's rating of the dossier (version 1.1); empty means not rated. */
    static RatingLevel satisfaction(Object cell) throws Invalid {
        return cell == null ? null : lookup(SATISFACTION_KEYS, cell, "import.error.satisfaction", SATISFACTION);
    }

    /** The labels users may write, for messages and the template's guide. */
    static String labels(SequencedMap<String, ?> vocabulary) {
        return String.join(", ", vocabulary.keySet());
    }

    private static <T> T lookup(Map<String, T> keys, Object cell, String error, SequencedMap<String, T> labels)
            throws Invalid {
        T value = keys.get(ImportHeaders.normalize(text(cell)));
        if (value == null) {
            throw new Invalid(error, labels(labels));
        }
        return value;
    }
}
