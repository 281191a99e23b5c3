package vn.hcc.dashboard.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.PeriodPreset;
import vn.hcc.dashboard.dashboard.DashboardData;
import vn.hcc.dashboard.dashboard.DashboardService;
import vn.hcc.dashboard.figures.DossierFilter;
import vn.hcc.dashboard.figures.PeriodFigures;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.RawPeriodFigures;
import vn.hcc.dashboard.kpi.KpiSet;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The dashboard's two lines: a year for all units, and one unit for one month, each computed by
 * {@link DashboardService#data} with its shared cache emptied before every timed run (a change published on the
 * Broadcaster, then a barrier event: the Broadcaster delivers in order on one thread, so when the barrier arrives the
 * cache is empty). Anchor: the same period's figures per unit and channel by one naive GROUP BY over the dossier table
 * ({@link RawPeriodFigures}, the per-dossier definition), timed the same way: every unit's, as the dashboard's unit
 * ranking shows every unit whatever unit is chosen. The dashboard's figures must equal the anchor's: the period's
 * total (all units or the chosen one), every unit's, every channel's intake, and its last month's.
 */
class DashboardBench implements Bench {

    private static final String UNIT_CODE = "BU-042";
    private static final Period MONTH = Period.month(YearMonth.of(2026, 11));

    private DashboardService dashboard;
    private Broadcaster broadcaster;
    private RawPeriodFigures raw;

    @Override
    public Result run(Context context) throws Exception {
        dashboard = context.bean(DashboardService.class);
        broadcaster = context.bean(Broadcaster.class);
        raw = new RawPeriodFigures(context.bean(NamedParameterJdbcTemplate.class));
        BenchSettings s = context.settings();
        Long unit = context.bean(JdbcTemplate.class).queryForObject("SELECT id FROM org_unit WHERE code = ?",
                Long.class, UNIT_CODE);
        int runs = s.getInt("bench.dashboard.runs", 21, 21);
        int anchorRuns = s.getInt("bench.dashboard.anchor-runs", 3, 5);
        List<String> notes = new ArrayList<>();

        // as an administrator: the dashboard's service checks its readers
        Timed year = SystemAccess.asAdmin(() -> measure(BenchSettings.YEAR,
                PeriodPreset.THIS_YEAR.compared(BenchSettings.YEAR), null, runs, anchorRuns));
        Timed month = SystemAccess.asAdmin(() -> measure(MONTH, PeriodPreset.LAST_MONTH.compared(MONTH), unit, runs,
                anchorRuns));

        // ratio floors, well under what was measured on a loaded 2-core machine, noise being ±50 % (full: 55–115×
        // and 52×, where the code before this bench made 20× and about 3–6×; quick: 5–7× and 2,6×)
        double yearFloor = s.getDouble("bench.floor.dashboard-year", 30, 2.5);
        double monthFloor = s.getDouble("bench.floor.dashboard-unit-month", 15, 1);
        BenchLine yearLine = new BenchLine("dashboard computation, a year, all units, cache empty",
                BenchLine.millis(year.median()) + " median (first " + BenchLine.millis(year.first()) + ")",
                BenchLine.millis(year.anchor()) + " (naive GROUP BY unit, channel over dossier)",
                BenchLine.times(year.ratio()), "≤ 100 ms median, ≥ 20× (floor " + BenchLine.times(yearFloor) + ")",
                year.median() <= 100 && year.ratio() >= 20);
        BenchLine monthLine = new BenchLine("dashboard for one unit / one month",
                BenchLine.millis(month.median()) + " median (first " + BenchLine.millis(month.first()) + ")",
                BenchLine.millis(month.anchor()) + " (the same scan, the month)",
                BenchLine.times(month.ratio()), "≤ 30 ms (floor " + BenchLine.times(monthFloor) + ")",
                month.median() <= 30);
        notes.add(String.format("Dashboard: DashboardService.data (cards, compared period, 12 months, every unit,"
                + " channels, queue) with its cache emptied, %d runs each; a year = %s compared with %s, all units;"
                + " a month = %s, unit %s (its ranking still lists every unit). Anchor: the same period's figures per"
                + " unit × channel (every unit) by one scan of dossier (RawPeriodFigures, the per-dossier definition),"
                + " median of %d. The dashboard's period total, per-unit figures, per-channel intake and last month"
                + " equal the anchor's (checked).", runs,
                BenchSettings.YEAR.formatted(), year.compared().formatted(), MONTH.formatted(), UNIT_CODE,
                anchorRuns));
        notes.add(String.format("Dashboard runs (ms): year %s; month %s", year.millis(), month.millis()));
        List<BenchLine> lines = List.of(yearLine, monthLine);
        List<String> failures = new ArrayList<>();
        if (year.ratio() < yearFloor) {
            failures.add(String.format("year ratio %.1f× under its floor %.1f× (bench.floor.dashboard-year)",
                    year.ratio(), yearFloor));
        }
        if (month.ratio() < monthFloor) {
            failures.add(String.format("unit-month ratio %.1f× under its floor %.1f×"
                    + " (bench.floor.dashboard-unit-month)", month.ratio(), monthFloor));
        }
        if (!failures.isEmpty()) {
            BenchTable.write("20-dashboard", lines, notes);
            throw new AssertionError("dashboard regression: " + String.join("; ", failures));
        }
        return new Result(lines, notes);
    }

    record Timed(Period compared, List<Double> millis, double first, double median, double anchor) {
        double ratio() {
            return anchor / median;
        }
    }

    private Timed measure(Period period, Period compared, Long unit, int runs, int anchorRuns) {
        List<Double> millis = new ArrayList<>();
        DashboardData data = null;
        for (int i = 0; i < runs; i++) {
            emptyCache();
            long before = dashboard.computations();
            long t0 = System.nanoTime();
            data = dashboard.data(period, compared, unit);
            millis.add((System.nanoTime() - t0) / 1e6);
            if (dashboard.computations() != before + 1) {
                throw new AssertionError("the dashboard was served from its cache, not computed");
            }
        }
        // every unit's figures per channel, as the dashboard shows them (its ranking lists every unit, whatever unit
        // is chosen): the cards and the channel chart are the chosen unit's rows, or all rows
        List<Double> anchors = new ArrayList<>();
        Map<String, PeriodFigures> anchor = null;
        for (int i = 0; i < anchorRuns; i++) {
            long t0 = System.nanoTime();
            anchor = raw.groupedBy(period.from(), period.to(), DossierFilter.ALL, "unit_id", "channel");
            anchors.add((System.nanoTime() - t0) / 1e6);
        }
        check(data, anchor, period, unit);
        return new Timed(compared, millis.stream().map(m -> Math.round(m * 10) / 10.0).toList(), millis.get(0),
                median(millis), median(anchors));
    }

    /** The one source of truth must agree: the dashboard's figures are the naive scan's. */
    private void check(DashboardData data, Map<String, PeriodFigures> anchor, Period period, Long unit) {
        PeriodFigures total = PeriodFigures.EMPTY;
        Map<Long, PeriodFigures> perUnit = new TreeMap<>();
        Map<Channel, Long> perChannel = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            perChannel.put(c, 0L);
        }
        for (Map.Entry<String, PeriodFigures> e : anchor.entrySet()) {
            String[] key = e.getKey().split("/");
            perUnit.merge(Long.valueOf(key[0]), e.getValue(), PeriodFigures::plus);
            if (unit == null || unit.equals(Long.valueOf(key[0]))) {
                total = total.plus(e.getValue());
                perChannel.merge(Channel.valueOf(key[1]), e.getValue().receivedInPeriod(), Long::sum);
            }
        }
        same("the period's figures", data.current().figures(), total);
        same("the channels' intake", data.receivedByChannel(), perChannel);
        Map<Long, PeriodFigures> shown = new TreeMap<>();
        data.units().forEach((id, set) -> shown.put(id, set.figures()));
        same("every unit's figures", shown, perUnit);
        KpiSet last = data.months().get(data.months().size() - 1);
        LocalDate lastFrom = last.period().from();
        same("the last month's figures", last.figures(),
                raw.figures(lastFrom, last.period().to(), new DossierFilter(unit, null, null)));
        if (total.received() == 0 || !total.addsUp()) {
            throw new AssertionError("the period's figures count nothing or do not add up: " + total);
        }
    }

    private static void same(String what, Object dashboard, Object definition) {
        if (!dashboard.equals(definition)) {
            throw new AssertionError(what + " differ from the per-dossier definition:\n dashboard  " + dashboard
                    + "\n definition " + definition);
        }
    }

    /** Publishes a dossier change, then waits until the Broadcaster's single thread has delivered it. */
    private void emptyCache() {
        CountDownLatch delivered = new CountDownLatch(1);
        Broadcaster.Registration barrier = broadcaster.register(e -> {
            if ("bench-barrier".equals(e.topic())) {
                delivered.countDown();
            }
        });
        try {
            broadcaster.publish(DossierService.TOPIC, null);
            broadcaster.publish("bench-barrier", null);
            if (!delivered.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the Broadcaster did not deliver within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            barrier.remove();
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
