package vn.hcc.dashboard.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.equipment.EquipmentService;
import vn.hcc.dashboard.equipment.OutageService;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.Dossier;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.figures.DossierFilter;
import vn.hcc.dashboard.intake.DossierQuery;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.figures.PeriodFigures;
import vn.hcc.dashboard.figures.PeriodFiguresService;
import vn.hcc.dashboard.kpi.KpiService;
import vn.hcc.dashboard.targets.Kpi;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.queue.QueueFigures;
import vn.hcc.dashboard.queue.QueueFiguresService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The dashboard's figures, lists and equipment overview, shared: each is computed once per (period, unit) and
 * cached until something changes, so many open dashboards cost one set of queries per change, not one per
 * dashboard. A change (a dossier on the "dossiers" topic, a ticket on "queue", a petition on "pakn", an item or
 * outage on "equipment") starts a new generation; a result computed for an older generation is never served again.
 */
@Service
@Requires(Permission.DASHBOARD_VIEW)
public class DashboardService {

    public static final int LIST_SIZE = 50;

    private record FiguresKey(Period period, Period compared, Long unitId) {
    }

    private record ListKey(String list, Long unitId, LocalDate today) {
    }

    private record EquipmentKey(Period period, Long unitId, int rows, int sample) {
    }

    private record Entry(long generation, Object value) {
    }

    private final KpiService kpis;
    private final PeriodFiguresService figures;
    private final DossierService dossiers;
    private final QueueFiguresService queueFigures;
    private final WorkingDayCalendar calendar;
    private final UnitService units;
    private final Clock clock;
    private final EquipmentService equipment;
    private final OutageService outages;
    private final TransactionTemplate readOnly;
    private final Map<Object, Entry> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong computations = new AtomicLong();
    private final Timer computationTime;
    private final Counter cacheHits;
    private final Counter cacheMisses;

    DashboardService(KpiService kpis, PeriodFiguresService figures, DossierService dossiers,
            QueueFiguresService queueFigures, WorkingDayCalendar calendar, UnitService units, Clock clock,
            EquipmentService equipment, OutageService outages, Broadcaster broadcaster, MeterRegistry meters,
            PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.computationTime = Timer.builder("hcc.dashboard.computation")
                .description("Time to compute a dashboard's figures for one period and unit").register(meters);
        this.cacheHits = cacheCounter(meters, "hit");
        this.cacheMisses = cacheCounter(meters, "miss");
        this.kpis = kpis;
        this.figures = figures;
        this.dossiers = dossiers;
        this.queueFigures = queueFigures;
        this.calendar = calendar;
        this.units = units;
        this.clock = clock;
        this.equipment = equipment;
        this.outages = outages;
        // registered before any view, so the cache is stale-free by the time a view's delayed refresh runs
        broadcaster.register(event -> {
            if (DossierService.TOPIC.equals(event.topic()) || QueueService.TOPIC.equals(event.topic())
                    || PaknService.TOPIC.equals(event.topic()) || EquipmentService.TOPIC.equals(event.topic())) {
                generation.incrementAndGet();
                cache.clear();
            }
        });
    }

    /** {@code hcc_dashboard_cache_total{result="hit"|"miss"}}: a shared value served, or computed. */
    private static Counter cacheCounter(MeterRegistry meters, String result) {
        return Counter.builder("hcc.dashboard.cache")
                .description("Dashboard values served from the shared cache or computed").tag("result", result).register(meters);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The figures of {@code period} for a unit (null: all), its change against {@code compared} (the preset's
     * previous period) and the 12 months ending with it; computed once per generation and shared.
     */
    public DashboardData data(Period period, Period compared, Long unitId) {
        return shared(new FiguresKey(period, compared, unitId), () -> compute(period, compared, unitId));
    }

    /**
     * The value for {@code key} computed in the current generation, else computed now; a value computed while a
     * change arrived is returned but not kept. Every open dashboard asks for the same few keys after a change, so
     * a change costs one set of queries, not one per dashboard (200 open dashboards made 200 sets, seconds late).
     */
    @SuppressWarnings("unchecked")
    private <T> T shared(Object key, Supplier<T> compute) {
        Entry entry = cache.get(key);
        if (entry != null && entry.generation() == generation.get()) {
            cacheHits.increment();
            return (T) entry.value();
        }
        synchronized (this) {
            entry = cache.get(key);
            if (entry != null && entry.generation() == generation.get()) {
                cacheHits.increment();
                return (T) entry.value();
            }
            cacheMisses.increment();
            long gen = generation.get();
            T value = compute.get();
            if (gen == generation.get()) {
                cache.put(key, new Entry(gen, value));
            }
            return value;
        }
    }

    private DashboardData compute(Period period, Period compared, Long unitId) {
        computations.incrementAndGet();
        // one read-only transaction for all the queries: one connection, not one per service called
        return computationTime.record(() -> readOnly.execute(tx -> computeFigures(period, compared, unitId)));
    }

    private DashboardData computeFigures(Period period, Period compared, Long unitId) {
        // the trend always shows a year, whatever the period: a month's dashboard would otherwise show one dot
        Period trend = period.trailingMonths(12);
        // every unit's figures per channel from one query: the units' ranking sums each unit's channels, the cards
        // and the channel chart sum the channels of the chosen unit (or of all); every dossier has one channel
        Map<Long, Map<Channel, PeriodFigures>> cells = figures.byUnitAndChannel(period, DossierFilter.ALL);
        Map<Long, PeriodFigures> perUnit = new TreeMap<>();
        Map<Channel, PeriodFigures> byChannel = new EnumMap<>(Channel.class);
        cells.forEach((unit, channels) -> channels.forEach((channel, f) -> {
            perUnit.merge(unit, f, PeriodFigures::plus);
            if (unitId == null || unitId.equals(unit)) {
                byChannel.merge(channel, f, PeriodFigures::plus);
            }
        }));
        Map<Channel, Long> channels = new EnumMap<>(Channel.class);
        PeriodFigures all = PeriodFigures.EMPTY;
        for (Channel c : Channel.values()) {
            PeriodFigures f = byChannel.getOrDefault(c, PeriodFigures.EMPTY);
            channels.put(c, f.receivedInPeriod());
            all = all.plus(f);
        }
        Map<LocalDate, QueueFigures> queueDays = new LinkedHashMap<>();
        queueFigures.grouped(period, queueGrouping(period))
                .forEach((day, f) -> queueDays.put((LocalDate) day, f));
        KpiService.Overview o = kpis.overview(period, compared, trend, unitId, all, perUnit);
        return new DashboardData(period, compared, o.current(), o.previous(), o.months(), o.units(), channels,
                queueDays);
    }

    /**
     * How the queue chart cuts a period: days up to a month, ISO weeks up to about a quarter, months beyond, so that
     * the chart never has more than about 31 columns to read.
     */
    public static QueueFiguresService.GroupBy queueGrouping(Period period) {
        long days = period.days();
        return days <= 31 ? QueueFiguresService.GroupBy.DAY
                : days <= 120 ? QueueFiguresService.GroupBy.WEEK : QueueFiguresService.GroupBy.MONTH;
    }

    /** How many times the figures were actually computed; lets tests prove the sharing. */
    public long computations() {
        return computations.get();
    }

    /**
     * The units of {@code data} with figures for {@code kpi}, the best rate first and equal rates by name, each
     * named. The names are read on every call, not cached with the figures: a renamed unit shows its new name.
     */
    public List<RankedUnit> unitRanking(DashboardData data, Kpi kpi) {
        Map<Long, String> names = units.namesOf(data.units().keySet());
        return data.units().entrySet().stream().filter(e -> e.getValue().get(kpi).hasData())
                .map(e -> new RankedUnit(e.getKey(), names.getOrDefault(e.getKey(), "?"), e.getValue().get(kpi)))
                .sorted(Comparator.comparing((RankedUnit u) -> u.value().rate()).reversed()
                        .thenComparing(RankedUnit::name))
                .toList();
    }

    /** Open dossiers past their due day without an apology letter, the most overdue first. */
    public List<DueDossier> overdueWithoutApology(Long unitId) {
        LocalDate today = today();
        return shared(new ListKey("overdue", unitId, today), () -> named(dossiers.search(
                DossierQuery.overdueWithoutApology(unitId, today),
                PageRequest.of(0, LIST_SIZE, Sort.by("dueOn", "code"))).map(Dossier::data).getContent()));
    }

    /** Open dossiers without an apology letter due today or on the next working day: their letters are due. */
    public List<DueDossier> lettersDue(Long unitId) {
        LocalDate today = today();
        return shared(new ListKey("letters-due", unitId, today), () -> named(dossiers.search(
                DossierQuery.letterDue(unitId, today, calendar.addWorkingDays(today, 1)),
                PageRequest.of(0, LIST_SIZE, Sort.by("dueOn", "code"))).map(Dossier::data).getContent()));
    }

    /** How far "due soon" looks ahead: the dashboard's list and the wall's count. */
    public static final int DUE_SOON_WORKING_DAYS = 2;

    /** The last day of the "due soon" horizon from {@code today}: the second working day after it. */
    static LocalDate dueSoonUntil(WorkingDayCalendar.Snapshot days, LocalDate today) {
        return days.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
    }

    /** Open dossiers due from today to the second working day after it. */
    public List<DueDossier> dueSoon(Long unitId) {
        LocalDate today = today();
        return shared(new ListKey("due-soon", unitId, today), () -> named(dossiers.search(
                DossierQuery.dueBetween(unitId, today, dueSoonUntil(calendar.snapshot(), today)),
                PageRequest.of(0, LIST_SIZE, Sort.by("dueOn", "code"))).map(Dossier::data).getContent()));
    }

    /**
     * The equipment out of order now (the first {@code rows}) and the outages of the period with the dossiers that
     * fell late while each lasted (up to {@code sample} codes each); shared like the figures.
     */
    public EquipmentOverview equipment(Period period, Long unitId, int rows, int sample) {
        return shared(new EquipmentKey(period, unitId, rows, sample), () -> new EquipmentOverview(
                equipment.countOutOfOrder(), equipment.outOfOrder(rows), outages.impacts(period, unitId, rows, sample)));
    }

    private List<DueDossier> named(List<DossierData> list) {
        Map<Long, String> names = units.namesOf(list.stream().map(DossierData::unitId).toList());
        return list.stream().map(d -> new DueDossier(d, names.getOrDefault(d.unitId(), ""))).toList();
    }
}
