package vn.hcc.dashboard.figures;

import static vn.hcc.dashboard.figures.TallyColumn.COMPONENTS_STORED;
import static vn.hcc.dashboard.figures.TallyColumn.COMPONENTS_STORED_KNOWN;
import static vn.hcc.dashboard.figures.TallyColumn.FEE_AMOUNT;
import static vn.hcc.dashboard.figures.TallyColumn.OPEN_FINANCIAL;
import static vn.hcc.dashboard.figures.TallyColumn.OPEN_IN_PROGRESS;
import static vn.hcc.dashboard.figures.TallyColumn.OPEN_OTHER;
import static vn.hcc.dashboard.figures.TallyColumn.OPEN_SUPPLEMENT;
import static vn.hcc.dashboard.figures.TallyColumn.OVERDUE;
import static vn.hcc.dashboard.figures.TallyColumn.OVERDUE_APOLOGY;
import static vn.hcc.dashboard.figures.TallyColumn.RECEIVED;
import static vn.hcc.dashboard.figures.TallyColumn.RECEIVED_DIGITIZED;
import static vn.hcc.dashboard.figures.TallyColumn.REFUSED;
import static vn.hcc.dashboard.figures.TallyColumn.RESOLVED_DIGITIZED;
import static vn.hcc.dashboard.figures.TallyColumn.RESOLVED_EARLY;
import static vn.hcc.dashboard.figures.TallyColumn.RESOLVED_LATE;
import static vn.hcc.dashboard.figures.TallyColumn.RESOLVED_LATE_APOLOGY;
import static vn.hcc.dashboard.figures.TallyColumn.RESOLVED_ON_TIME;
import static vn.hcc.dashboard.figures.TallyColumn.RESOLVED_PAID_ONLINE;
import static vn.hcc.dashboard.figures.TallyColumn.RESOLVED_WITH_FEE;
import static vn.hcc.dashboard.figures.TallyColumn.RESULT_STORED;
import static vn.hcc.dashboard.figures.TallyColumn.RESULT_STORED_KNOWN;
import static vn.hcc.dashboard.figures.TallyColumn.REUSED_DATA;
import static vn.hcc.dashboard.figures.TallyColumn.REUSED_DATA_KNOWN;
import static vn.hcc.dashboard.figures.TallyColumn.WITHDRAWN;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

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
    // buckets of a row by its day (or month) column: 0 before the period, then the period or its calendar month
    private static final String PERIOD = "CASE WHEN %1$s < :from THEN 0 ELSE 1 END";
    private static final String MONTH = "CASE WHEN %1$s < :from THEN 0 ELSE YEAR(%1$s) * 100 + MONTH(%1$s) END";
    // paid in person counts when resolved in the period and returned by its end (by the end of the month, monthly)
    private static final String IN_PERIOD = "result_day >= :from AND result_day <= :to AND returned_day <= :to";
    private static final String IN_MONTH = IN_PERIOD + " AND YEAR(returned_day) * 100 + MONTH(returned_day)"
            + " = YEAR(result_day) * 100 + MONTH(result_day)";
    // every sum named: the tally columns by their own names, the channel sums of the received column by channel
    private static final String SUMS = "SUM(CASE WHEN channel IN ('ONLINE', 'SMARTPHONE') THEN received ELSE 0 END)"
            + " AS received_online, " + String.join(", ", Arrays.stream(TallyColumn.values())
                    .map(c -> "SUM(" + c.column() + ") AS " + c.column()).toList()) + ", "
            + String.join(", ", DETAIL.stream().map(c -> "SUM(CASE WHEN channel = '" + c.name()
                    + "' THEN received ELSE 0 END) AS received_" + c.name().toLowerCase(Locale.ROOT)).toList());

    // the same columns, all zero: the paid-in-person rows of the same statement
    private static final String NO_SUMS = String.join(", ", Collections.nCopies(
            1 + TallyColumn.values().length + DETAIL.size(), "0"));

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
        Map<Long, TallySums[]> sums = new TreeMap<>();
        query(period, filter, groupBy.column, PERIOD, IN_PERIOD,
                (rs, v) -> sums.computeIfAbsent(rs.getLong("grp"), g -> TallySums.pair())[rs.getInt("bucket")]
                        .add(v));
        Map<Long, PeriodFigures> rows = new LinkedHashMap<>();
        sums.forEach((group, s) -> rows.put(group, of(s[0], s[1])));
        rows.values().removeIf(PeriodFigures.EMPTY::equals);
        return rows;
    }

    /** The figures of each channel in [from, to], from one query: the dashboard's "received by channel". */
    public Map<Channel, PeriodFigures> byChannel(Period period, DossierFilter filter) {
        Map<String, TallySums[]> sums = new HashMap<>();
        query(period, filter, "channel", PERIOD, IN_PERIOD,
                (rs, v) -> sums.computeIfAbsent(rs.getString("grp"), g -> TallySums.pair())[rs.getInt("bucket")]
                        .add(v));
        Map<Channel, PeriodFigures> rows = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            TallySums[] s = sums.get(c.name());
            rows.put(c, s == null ? PeriodFigures.EMPTY : of(s[0], s[1]));
        }
        return rows;
    }

    /**
     * The figures of each unit and channel in [from, to] that has dossiers, from one query: a dashboard's units and
     * channels at once (a unit's figures are the sum of its channels', every dossier has one channel).
     */
    public Map<Long, Map<Channel, PeriodFigures>> byUnitAndChannel(Period period, DossierFilter filter) {
        Map<String, TallySums[]> sums = new HashMap<>();
        query(period, filter, "CONCAT(unit_id, '/', channel)", PERIOD, IN_PERIOD,
                (rs, v) -> sums.computeIfAbsent(rs.getString("grp"), g -> TallySums.pair())[rs.getInt("bucket")]
                        .add(v));
        Map<Long, Map<Channel, PeriodFigures>> rows = new TreeMap<>();
        sums.forEach((key, s) -> {
            PeriodFigures f = of(s[0], s[1]);
            if (!f.equals(PeriodFigures.EMPTY)) {
                String[] unitAndChannel = key.split("/");
                rows.computeIfAbsent(Long.valueOf(unitAndChannel[0]), u -> new EnumMap<>(Channel.class))
                        .put(Channel.valueOf(unitAndChannel[1]), f);
            }
        });
        return rows;
    }

    /**
     * [from, to] cut into calendar months, each month a period of its own with its own carried-over dossiers, as a
     * monthly report counts it; one query for all months.
     */
    public List<Slice> monthly(Period period, DossierFilter filter) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Map<Integer, TallySums> byMonth = new HashMap<>();
        query(period, filter, "0", MONTH, IN_MONTH,
                (rs, v) -> byMonth.computeIfAbsent(rs.getInt("bucket"), b -> new TallySums()).add(v));
        TallySums before = byMonth.getOrDefault(0, new TallySums());
        List<Slice> slices = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
            TallySums during = byMonth.getOrDefault(m.getYear() * 100 + m.getMonthValue(), new TallySums());
            LocalDate start = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate end = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            slices.add(new Slice(Period.of(start, end), of(before, during)));
            before = before.plus(during);
        }
        return slices;
    }

    /** Recounts the summary from the dossiers: after bulk SQL, or if it was ever doubted. Returns its row count. */
    @Transactional
    @Requires(Permission.BULK_DATA)
    public int rebuildSummary() {
        return tally.rebuild();
    }

    private interface Sink {
        void accept(ResultSet rs, TallySums values) throws SQLException;
    }

    /**
     * One query: the sums of dossier_tally_month and dossier_tally up to {@code to}, bucketed; and the
     * paid-in-person counts of dossier_tally_in_person that {@code inPerson} selects, bucketed by result day (or
     * their unit rollups, V19).
     */
    private void query(Period period, DossierFilter filter, String group, String bucket, String inPerson,
            Sink sink) {
        tally.writePending();
        LocalDate from = period.from();
        LocalDate to = period.to();
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
        // without field or procedure in the filter or grouping, the unit rollups (V19) hold the same sums in fewer rows
        String table = filter.fieldId() == null && !GroupBy.FIELD.column.equals(group)
                && !GroupBy.PROCEDURE.column.equals(group) ? "dossier_tally_unit" : "dossier_tally";
        String days = "SELECT " + group + " AS grp, " + bucket.formatted("month_start") + " AS bucket, " + SUMS
                + ", 0 AS paid_in_person FROM " + table + "_month WHERE (month_start < :monthOfFrom"
                + " OR (month_start >= :fullFrom AND month_start <= :fullLast))" + where + " GROUP BY grp, bucket UNION ALL SELECT " + group
                + " AS grp, " + bucket.formatted("day") + " AS bucket, " + SUMS + ", 0 FROM " + table
                // two ranges, not one range minus the full months: an index range each, empty when the months are full
                + " WHERE ((day >= :monthOfFrom AND day < :fullFrom AND day <= :to) OR (day > :fullEnd AND day <= :to"
                + " AND day >= :monthOfFrom))" + where
                + " GROUP BY grp, bucket";
        String paid = "SELECT " + group + " AS grp, " + bucket.formatted("result_day") + " AS bucket, " + NO_SUMS
                + ", SUM(dossiers) FROM " + table + "_in_person WHERE " + inPerson + where + " GROUP BY grp, bucket";
        if ("dossier_tally_unit".equals(table) && from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to)
                .atEndOfMonth())) {
            // whole months: a result day and a returned day count by their months (the month's first day)
            params.addValue("lastMonth", to.withDayOfMonth(1));
            paid = "SELECT " + group + " AS grp, " + bucket.formatted("result_month") + " AS bucket, " + NO_SUMS
                    + ", SUM(dossiers) FROM dossier_tally_unit_in_person_month WHERE "
                    + inPerson.replace("result_day", "result_month").replace("returned_day", "returned_month")
                            .replace(":to", ":lastMonth") + where + " GROUP BY grp, bucket";
        }
        // one statement, one round trip: the paid-in-person rows come with zero sums, the sum rows with zero paid
        jdbc.query(days + " UNION ALL " + paid, params, rs -> {
            TallySums v = new TallySums();
            v.online = rs.getLong("received_online");
            for (TallyColumn c : TallyColumn.values()) {
                v.tally.put(c, rs.getLong(c.column()));
            }
            for (Channel c : DETAIL) {
                v.byChannel.put(c, rs.getLong("received_" + c.name().toLowerCase(Locale.ROOT)));
            }
            v.inPerson = rs.getLong("paid_in_person");
            sink.accept(rs, v);
        });
    }

    /**
     * Where day sums become the figures of a period: {@code before} sums every day before it, {@code during} its
     * days. Flows (received, resolved, ended) come from its days; open states from the running sums at its ends.
     */
    private static PeriodFigures of(TallySums before, TallySums during) {
        TallySums end = before.plus(during);
        long overdue = end.get(OVERDUE);
        long overdueApology = end.get(OVERDUE_APOLOGY);
        long late = during.get(RESOLVED_LATE);
        long lateApology = during.get(RESOLVED_LATE_APOLOGY);
        return new PeriodFigures(during.online, during.get(RECEIVED) - during.online,
                before.open(OPEN_IN_PROGRESS, OPEN_SUPPLEMENT, OPEN_FINANCIAL, OPEN_OTHER),
                during.get(RESOLVED_EARLY), during.get(RESOLVED_ON_TIME), late,
                end.get(OPEN_IN_PROGRESS) - overdue, overdue,
                end.get(OPEN_SUPPLEMENT), end.get(OPEN_FINANCIAL), end.get(OPEN_OTHER),
                during.get(REFUSED), during.get(WITHDRAWN), during.get(RESOLVED_WITH_FEE),
                during.get(RESOLVED_PAID_ONLINE), during.get(FEE_AMOUNT), during.get(RECEIVED_DIGITIZED),
                during.get(RESOLVED_DIGITIZED), lateApology + overdueApology,
                late - lateApology + overdue - overdueApology, during.inPerson, during.received(Channel.IN_PERSON),
                during.received(Channel.ORDINARY_POSTAL), during.received(Channel.POSTAL),
                during.received(Channel.SMARTPHONE),
                during.get(COMPONENTS_STORED), during.get(COMPONENTS_STORED_KNOWN),
                during.get(RESULT_STORED), during.get(RESULT_STORED_KNOWN),
                during.get(REUSED_DATA), during.get(REUSED_DATA_KNOWN));
    }
}
