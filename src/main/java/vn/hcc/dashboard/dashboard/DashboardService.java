package vn.hcc.dashboard.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
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
 * The dashboard's figures, shared: one computation per (period, unit) is cached until a dossier changes, so many
 * open dashboards cost one set of queries per change, not one per dashboard. A change (a dossier on the "dossiers"
 * topic, a ticket on the "queue" topic, a petition on the "pakn" topic) starts a new generation; a result computed
 * for an older generation is never served again.
 */
@Service
@Requires(Permission.DASHBOARD_VIEW)
public class DashboardService {

    public static final int LIST_SIZE = 50;

    private record Key(Period period, Period compared, Long unitId) {
    }

    private record Entry(long generation, DashboardData data) {
    }

    private final KpiService kpis;
    private final PeriodFiguresService figures;
    private final DossierService dossiers;
    private final QueueFiguresService queueFigures;
    private final WorkingDayCalendar calendar;
    private final UnitService units;
    private final Clock clock;
    private final Map<Key, Entry> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong computations = new AtomicLong();

    DashboardService(KpiService kpis, PeriodFiguresService figures, DossierService dossiers,
            QueueFiguresService queueFigures, WorkingDayCalendar calendar, UnitService units, Clock clock,
            Broadcaster broadcaster) {
        this.kpis = kpis;
        this.figures = figures;
        this.dossiers = dossiers;
        this.queueFigures = queueFigures;
        this.calendar = calendar;
        this.units = units;
        this.clock = clock;
        // registered before any view, so the cache is stale-free by the time a view's delayed refresh runs
        broadcaster.register(event -> {
            if (DossierService.TOPIC.equals(event.topic()) || QueueService.TOPIC.equals(event.topic())
                    || PaknService.TOPIC.equals(event.topic())) {
                generation.incrementAndGet();
                cache.clear();
            }
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The figures of {@code period} for a unit (null: all), its change against {@code compared} (the preset's
     * previous period) and the 12 months ending with it; computed once per generation and shared.
     */
    public DashboardData data(Period period, Period compared, Long unitId) {
        Key key = new Key(period, compared, unitId);
        long gen = generation.get();
        Entry entry = cache.get(key);
        if (entry != null && entry.generation() == gen) {
            return entry.data();
        }
        synchronized (this) {
            entry = cache.get(key);
            if (entry != null && entry.generation() == generation.get()) {
                return entry.data();
            }
            gen = generation.get();
            DashboardData data = compute(period, compared, unitId);
            if (gen == generation.get()) {
                cache.put(key, new Entry(gen, data));
            }
            return data;
        }
    }

    private DashboardData compute(Period period, Period compared, Long unitId) {
        computations.incrementAndGet();
        // the trend always shows a year, whatever the period: a month's dashboard would otherwise show one dot
        Period trend = period.trailingMonths(12);
        // the period's figures are the sum of its channels' figures (every dossier has one channel): one query for both
        Map<Channel, PeriodFigures> byChannel = figures.byChannel(period, new DossierFilter(unitId, null, null));
        Map<Channel, Long> channels = new EnumMap<>(Channel.class);
        PeriodFigures all = PeriodFigures.EMPTY;
        for (Map.Entry<Channel, PeriodFigures> e : byChannel.entrySet()) {
            channels.put(e.getKey(), e.getValue().receivedInPeriod());
            all = all.plus(e.getValue());
        }
        Map<LocalDate, QueueFigures> queueDays = new LinkedHashMap<>();
        queueFigures.grouped(period, queueGrouping(period))
                .forEach((day, f) -> queueDays.put((LocalDate) day, f));
        return new DashboardData(period, compared, kpis.kpis(period, unitId, all),
                kpis.kpis(compared, unitId), kpis.monthly(trend, unitId),
                kpis.perUnit(period), channels, queueDays);
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
        return named(dossiers.search(DossierQuery.overdueWithoutApology(unitId, today()),
                PageRequest.of(0, LIST_SIZE, Sort.by("dueOn", "code"))).map(Dossier::data).getContent());
    }

    /** Open dossiers due from today to the second working day after it. */
    public List<DueDossier> dueSoon(Long unitId) {
        LocalDate today = today();
        return named(dossiers.search(DossierQuery.dueBetween(unitId, today, calendar.addWorkingDays(today, 2)),
                PageRequest.of(0, LIST_SIZE, Sort.by("dueOn", "code"))).map(Dossier::data).getContent());
    }

    private List<DueDossier> named(List<DossierData> list) {
        Map<Long, String> names = units.namesOf(list.stream().map(DossierData::unitId).toList());
        return list.stream().map(d -> new DueDossier(d, names.getOrDefault(d.unitId(), ""))).toList();
    }
}
