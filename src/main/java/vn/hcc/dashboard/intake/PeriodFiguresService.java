package vn.hcc.dashboard.intake;

import static vn.hcc.dashboard.intake.DossierTally.COLUMNS;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.Period;

/**
 * The single source of truth for the official dossier figures. The per-dossier definition, for a period
 * [from, to]: a dossier counts when received by {@code to} and either received from {@code from} on (online or not)
 * or still without result and not ended at {@code from} (carried over). At {@code to} it is resolved (result day by
 * {@code to}: early, on the due day, late), ended (withdrawn or refused by {@code to}), suspended (open, status
 * suspended) or in progress (open; overdue when its due day lies before {@code to}); so the rows always add up.
 * Late = resolved late or in progress overdue. Paid in person = resolved, with a fee not paid online, and returned by
 * {@code to}. {@link DossierTally} keeps that definition taken apart by day in {@code dossier_tally}; here the day sums
 * become figures: flows are sums over [from, to], the open states running sums up to the day before {@code from}
 * (carried over) or up to {@code to}. One query per call, whatever the grouping; no dossier is read.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PeriodFiguresService {

    /** How the rows of a report are split. */
    public enum GroupBy {
        NONE("0"), FIELD("field_id"), UNIT("unit_id"),
        /** Per procedure id; dossiers recorded without a procedure come under key 0. */
        PROCEDURE("procedure_id");

        private final String column;

        GroupBy(String column) {
            this.column = column;
        }
    }

    /** The figures of one calendar month of a longer period (the first and last may be partial). */
    public record Slice(Period period, PeriodFigures figures) {
    }

    /** The channels of the form's detail block, each summed from the received column. */
    private static final List<Channel> DETAIL = List.of(Channel.IN_PERSON, Channel.ORDINARY_POSTAL, Channel.POSTAL,
            Channel.SMARTPHONE);
    private static final int ONLINE = COLUMNS.size();
    private static final int BY_CHANNEL = ONLINE + 1;
    private static final int IN_PERSON = BY_CHANNEL + DETAIL.size();
    private static final int SIZE = IN_PERSON + 1;
    // buckets of a row by its day (or month) column: 0 before the period, then the period or its calendar month
    private static final String PERIOD = "CASE WHEN %1$s < :from THEN 0 ELSE 1 END";
    private static final String MONTH = "CASE WHEN %1$s < :from THEN 0 ELSE YEAR(%1$s) * 100 + MONTH(%1$s) END";
    // paid in person counts when resolved in the period and returned by its end (by the end of the month, monthly)
    private static final String IN_PERIOD = "result_day >= :from AND result_day <= :to AND returned_day <= :to";
    private static final String IN_MONTH = IN_PERIOD + " AND YEAR(returned_day) * 100 + MONTH(returned_day)"
            + " = YEAR(result_day) * 100 + MONTH(result_day)";
    private static final String SUMS = "SUM(CASE WHEN channel IN ('ONLINE', 'SMARTPHONE') THEN received ELSE 0 END), "
            + String.join(", ", COLUMNS.stream().map(c -> "SUM(" + c + ")").toList()) + ", "
            + String.join(", ", DETAIL.stream()
                    .map(c -> "SUM(CASE WHEN channel = '" + c.name() + "' THEN received ELSE 0 END)").toList());

    private final NamedParameterJdbcTemplate jdbc;
    private final DossierTally tally;

    PeriodFiguresService(NamedParameterJdbcTemplate jdbc, DossierTally tally) {
        this.jdbc = jdbc;
        this.tally = tally;
    }

    /** The figures of the period for the dossiers the filter selects. */
    public PeriodFigures figures(Period period, DossierFilter filter) {
        return grouped(period, filter, GroupBy.NONE).getOrDefault(0L, PeriodFigures.EMPTY);
    }

    /** One row per field, unit or procedure id that has dossiers in the period, in id order. */
    public Map<Long, PeriodFigures> grouped(Period period, DossierFilter filter, GroupBy groupBy) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Map<Long, long[][]> sums = new TreeMap<>();
        query(from, to, filter, groupBy.column, PERIOD, IN_PERIOD,
                (rs, v) -> add(sums.computeIfAbsent(rs.getLong(1), g -> new long[2][SIZE])[rs.getInt(2)], v));
        Map<Long, PeriodFigures> rows = new LinkedHashMap<>();
        sums.forEach((group, s) -> rows.put(group, of(s[0], s[1])));
        rows.values().removeIf(PeriodFigures.EMPTY::equals);
        return rows;
    }

    /** The figures of each channel in [from, to], from one query: the dashboard's "received by channel". */
    public Map<Channel, PeriodFigures> byChannel(Period period, DossierFilter filter) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Map<String, long[][]> sums = new HashMap<>();
        query(from, to, filter, "channel", PERIOD, IN_PERIOD,
                (rs, v) -> add(sums.computeIfAbsent(rs.getString(1), g -> new long[2][SIZE])[rs.getInt(2)], v));
        Map<Channel, PeriodFigures> rows = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            long[][] s = sums.get(c.name());
            rows.put(c, s == null ? PeriodFigures.EMPTY : of(s[0], s[1]));
        }
        return rows;
    }

    /**
     * [from, to] cut into calendar months, each month a period of its own with its own carried-over dossiers, as a
     * monthly report counts it; one query for all months.
     */
    public List<Slice> monthly(Period period, DossierFilter filter) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Map<Integer, long[]> byMonth = new HashMap<>();
        query(from, to, filter, "0", MONTH, IN_MONTH,
                (rs, v) -> add(byMonth.computeIfAbsent(rs.getInt(2), b -> new long[SIZE]), v));
        long[] before = byMonth.getOrDefault(0, new long[SIZE]);
        List<Slice> slices = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
            long[] during = byMonth.getOrDefault(m.getYear() * 100 + m.getMonthValue(), new long[SIZE]);
            LocalDate start = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate end = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            slices.add(new Slice(Period.of(start, end), of(before, during)));
            before = plus(before, during);
        }
        return slices;
    }

    /** Recounts the summary from the dossiers: after bulk SQL, or if it was ever doubted. Returns its row count. */
    @Transactional
    @Requires(Permission.BULK_DATA)
    public int rebuildSummary() {
        return tally.rebuild();
    }

    private interface Sums {
        void accept(ResultSet rs, long[] values) throws SQLException;
    }

    /**
     * Two queries: the sums of dossier_tally_month and dossier_tally up to {@code to}, bucketed; and the
     * paid-in-person counts of dossier_tally_in_person that {@code inPerson} selects, bucketed by result day.
     */
    private void query(LocalDate from, LocalDate to, DossierFilter filter, String group, String bucket,
            String inPerson, Sums sink) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " – " + to);
        }
        tally.writePending();
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", from).addValue("to", to);
        StringBuilder where = new StringBuilder();
        if (filter.unitId() != null) {
            where.append(" AND unit_id = :unit");
            params.addValue("unit", filter.unitId());
        }
        if (filter.fieldId() != null) {
            where.append(" AND field_id = :field");
            params.addValue("field", filter.fieldId());
        }
        if (filter.channel() != null) {
            where.append(" AND channel = :channel");
            params.addValue("channel", filter.channel().name());
        }
        // whole months (before the period, and inside it) from dossier_tally_month, the partial months' days from
        // dossier_tally: a year costs a few rows per month and group instead of one per day
        LocalDate monthOfFrom = from.withDayOfMonth(1);
        LocalDate fullFrom = from.getDayOfMonth() == 1 ? from : monthOfFrom.plusMonths(1);
        LocalDate fullEnd = to.getDayOfMonth() == to.lengthOfMonth() ? to : to.withDayOfMonth(1).minusDays(1);
        params.addValue("monthOfFrom", monthOfFrom).addValue("fullFrom", fullFrom).addValue("fullEnd", fullEnd)
                .addValue("fullLast", fullEnd.withDayOfMonth(1));
        String days = "SELECT " + group + " AS grp, " + bucket.formatted("month_start") + " AS bucket, " + SUMS
                + " FROM dossier_tally_month WHERE (month_start < :monthOfFrom OR (month_start >= :fullFrom"
                + " AND month_start <= :fullLast))" + where + " GROUP BY grp, bucket UNION ALL SELECT " + group
                + " AS grp, " + bucket.formatted("day") + " AS bucket, " + SUMS + " FROM dossier_tally WHERE day >= "
                + ":monthOfFrom AND day <= :to AND NOT (day >= :fullFrom AND day <= :fullEnd)" + where
                + " GROUP BY grp, bucket";
        jdbc.query(days, params, rs -> {
            long[] v = new long[SIZE];
            v[ONLINE] = rs.getLong(3);
            for (int i = 0; i < COLUMNS.size(); i++) {
                v[i] = rs.getLong(4 + i);
            }
            for (int i = 0; i < DETAIL.size(); i++) {
                v[BY_CHANNEL + i] = rs.getLong(4 + COLUMNS.size() + i);
            }
            sink.accept(rs, v);
        });
        String paid = "SELECT " + group + " AS grp, " + bucket.formatted("result_day")
                + " AS bucket, SUM(dossiers) FROM dossier_tally_in_person WHERE " + inPerson + where
                + " GROUP BY grp, bucket";
        jdbc.query(paid, params, rs -> {
            long[] v = new long[SIZE];
            v[IN_PERSON] = rs.getLong(3);
            sink.accept(rs, v);
        });
    }

    private static void add(long[] sum, long[] v) {
        for (int i = 0; i < v.length; i++) {
            sum[i] += v[i];
        }
    }

    /**
     * Where day sums become the figures of a period: {@code before} sums every day before it, {@code during} its
     * days. Flows (received, resolved, ended) come from its days; open states from the running sums at its ends.
     */
    private static PeriodFigures of(long[] before, long[] during) {
        long[] end = plus(before, during);
        long overdue = end[DossierTally.OVERDUE];
        long overdueApology = end[DossierTally.OVERDUE_APOLOGY];
        long late = during[DossierTally.LATE];
        long lateApology = during[DossierTally.LATE_APOLOGY];
        return new PeriodFigures(during[ONLINE], during[DossierTally.RECEIVED] - during[ONLINE],
                before[DossierTally.OPEN_IN_PROGRESS] + before[DossierTally.OPEN_SUPPLEMENT]
                        + before[DossierTally.OPEN_FINANCIAL] + before[DossierTally.OPEN_OTHER],
                during[DossierTally.EARLY], during[DossierTally.ON_TIME], late,
                end[DossierTally.OPEN_IN_PROGRESS] - overdue, overdue,
                end[DossierTally.OPEN_SUPPLEMENT], end[DossierTally.OPEN_FINANCIAL], end[DossierTally.OPEN_OTHER],
                during[DossierTally.REFUSED], during[DossierTally.WITHDRAWN], during[DossierTally.WITH_FEE],
                during[DossierTally.PAID_ONLINE], during[DossierTally.FEE], during[DossierTally.RECEIVED_DIGITIZED],
                during[DossierTally.RESULT_DIGITIZED], lateApology + overdueApology,
                late - lateApology + overdue - overdueApology, during[IN_PERSON], during[BY_CHANNEL],
                during[BY_CHANNEL + 1], during[BY_CHANNEL + 2], during[BY_CHANNEL + 3],
                during[DossierTally.COMPONENTS_STORED], during[DossierTally.COMPONENTS_STORED_KNOWN],
                during[DossierTally.RESULT_STORED], during[DossierTally.RESULT_STORED_KNOWN],
                during[DossierTally.REUSED], during[DossierTally.REUSED_KNOWN]);
    }

    private static long[] plus(long[] a, long[] b) {
        long[] s = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = a[i] + b[i];
        }
        return s;
    }
}
