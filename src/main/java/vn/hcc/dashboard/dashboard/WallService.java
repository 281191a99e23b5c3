package vn.hcc.dashboard.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.dashboard.WallData.WallCounter;
import vn.hcc.dashboard.dashboard.WallData.WallOutage;
import vn.hcc.dashboard.equipment.EquipmentService;
import vn.hcc.dashboard.equipment.Outage;
import vn.hcc.dashboard.equipment.OutageService;
import vn.hcc.dashboard.intake.DossierQuery;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.pakn.PaknQuery;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.HallNow;
import vn.hcc.dashboard.queue.HallNowService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.staff.Duty;
import vn.hcc.dashboard.staff.DutyService;
import vn.hcc.dashboard.staff.DutyWeek;
import vn.hcc.dashboard.staff.Officer;
import vn.hcc.dashboard.staff.StaffService;

/**
 * The wall's figures, computed once per change and shared by every open wall: a change on the topics it shows
 * ({@link #TOPICS}) starts a new generation, and the first wall to ask afterwards computes it (about 15 aggregate
 * queries) while the others wait for that result; 50 TVs cost one computation, not 50. Also recomputed at most a
 * minute later without a change, for what no change event announces: the longest wait grows, the duty schedule
 * and the day move on.
 *
 * <p>Who may read: a signed-in user with {@link Permission#WALL_VIEW} ({@link #data()}), or a TV registered as a
 * {@link DeviceKind#WALL wall} device ({@link #forDevice}, its token checked on every call). The computation itself
 * runs on a thread of its own as the identity {@value #IDENTITY}, holding only the read permissions it needs
 * ({@link #READS}), so that the other features' checked services answer it even for a TV nobody signed in on; the
 * TV never holds that identity, it receives only this record.
 */
@Service
@Requires(Permission.WALL_VIEW)
public class WallService implements DisposableBean {

    /** The change events that alter a figure of the wall. */
    public static final List<String> TOPICS = List.of(QueueService.TOPIC, DossierService.TOPIC, PaknService.TOPIC,
            EquipmentService.TOPIC);

    /** The name the shared computation runs under (audit and logs would show it; it writes nothing). */
    static final String IDENTITY = "wall";

    /** What the computation reads, and nothing more: no permission to change anything. */
    static final Set<Permission> READS = EnumSet.of(Permission.WALL_VIEW, Permission.DOSSIER_VIEW,
            Permission.PAKN_VIEW_ALL, Permission.EQUIPMENT_VIEW, Permission.STAFF_VIEW);

    /** How many weeks back the same weekday's average intake looks. */
    static final int AVERAGE_WEEKS = 8;

    /** Without a change, the figures are recomputed after this long (the longest wait, the duty of the day). */
    static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private static final int OUT_OF_ORDER_SHOWN = 3;
    private static final int OUTAGES_READ = 20;

    private record Entry(long generation, LocalDate day, long computedNanos, WallData data) {
    }

    private final HallNowService hall;
    private final DutyService duties;
    private final StaffService staff;
    private final DossierService dossiers;
    private final WorkingDayCalendar calendar;
    private final PaknService pakn;
    private final EquipmentService equipment;
    private final OutageService outages;
    private final CounterService counters;
    private final DeviceService devices;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong computations = new AtomicLong();
    private final Object lock = new Object();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wall-figures");
        t.setDaemon(true);
        return t;
    });
    private volatile Entry current;

    WallService(HallNowService hall, DutyService duties, StaffService staff, DossierService dossiers,
            WorkingDayCalendar calendar, PaknService pakn, EquipmentService equipment, OutageService outages,
            CounterService counters, DeviceService devices, Clock clock, Broadcaster broadcaster,
            PlatformTransactionManager transactions) {
        this.hall = hall;
        this.duties = duties;
        this.staff = staff;
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.pakn = pakn;
        this.equipment = equipment;
        this.outages = outages;
        this.counters = counters;
        this.devices = devices;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // registered before any view, so that a wall's repaint after an event never reads the previous generation
        broadcaster.register(event -> {
            if (TOPICS.contains(event.topic())) {
                generation.incrementAndGet();
            }
        });
    }

    /** The wall for a signed-in director, leader or administrator. */
    public WallData data() {
        return shared();
    }

    /** The wall for a registered wall TV: refused for a missing, unknown or revoked token or another kind of device. */
    @PreAuthorize("permitAll()")
    public WallData forDevice(String deviceToken) {
        devices.require(deviceToken, DeviceKind.WALL);
        return shared();
    }

    /** Now in the Center's time zone, for the wall's clock and "waited so far"; the clock is no secret. */
    @PreAuthorize("permitAll()")
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** How many times the figures were actually computed; lets tests prove the sharing. */
    public long computations() {
        return computations.get();
    }

    private WallData shared() {
        Entry entry = current;
        if (fresh(entry)) {
            return entry.data();
        }
        synchronized (lock) {
            entry = current;
            if (fresh(entry)) {
                return entry.data();
            }
            long gen = generation.get();
            WallData data = computeOnWorker();
            current = new Entry(gen, data.today(), System.nanoTime(), data);
            return data;
        }
    }

    private boolean fresh(Entry entry) {
        return entry != null && entry.generation() == generation.get() && entry.day().equals(LocalDate.now(clock))
                && System.nanoTime() - entry.computedNanos() < MAX_AGE_NANOS;
    }

    /**
     * On the worker thread: no Vaadin session is current there, so the wall's own identity is what the services
     * see (in a UI thread Vaadin would answer with the session's user, or with nobody on a TV).
     */
    private WallData computeOnWorker() {
        try {
            return worker.submit(() -> SystemAccess.withPermissions(IDENTITY, READS,
                    () -> readOnly.execute(tx -> compute()))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private WallData compute() {
        computations.incrementAndGet();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = now.toLocalDate();
        HallNow queue = hall.now();
        DutyWeek week = duties.week(today);
        List<WallCounter> counterList = queue.counters().stream().map(c -> new WallCounter(c.counterId(), c.name(),
                officer(week, today, c), c.number())).toList();
        WorkingDayCalendar.Snapshot days = calendar.snapshot();
        boolean workingToday = days.isWorkingDay(today);
        long sum = 0;
        int samples = 0;
        for (int w = 1; w <= AVERAGE_WEEKS; w++) {
            LocalDate day = today.minusWeeks(w);
            if (days.isWorkingDay(day) == workingToday) {
                sum += received(day, today);
                samples++;
            }
        }
        LocalDate dueUntil = DashboardService.dueSoonUntil(days, today);
        long overdue = dossiers.count(new DossierQuery(null, null, null, null, null, null, true, null, today));
        long dueSoon = dossiers.count(DossierQuery.dueBetween(null, today, dueUntil));
        long paknOverdue = pakn.count(new PaknQuery(null, null, null, null, null, null, null, false, true, null,
                today));
        return new WallData(now, today, queue.waiting(), queue.oldestWaitingSince(), queue.oldestWaitingNumber(),
                counterList, received(today, today), received(today.minusDays(1), today),
                samples == 0 ? null : (double) sum / samples, samples, overdue, dueSoon, dueUntil, paknOverdue,
                equipment.countOutOfOrder(), equipment.outOfOrder(OUT_OF_ORDER_SHOWN), outagesAt(now));
    }

    /** Who serves at the counter: the officer calling its ticket now, else today's duty; null for nobody. */
    private String officer(DutyWeek week, LocalDate today, HallNow.Counter c) {
        if (c.servedBy() != null) {
            return staff.officerOf(c.servedBy()).map(Officer::name).orElse(c.servedBy());
        }
        return week.at(today, c.counterId()).map(Duty::staffName).orElse(null);
    }

    /** Dossiers that arrived on {@code day}, as the intake desk counts a day (by the time received). */
    private long received(LocalDate day, LocalDate today) {
        return dossiers.count(new DossierQuery(day, day, null, null, null, null, false, null, today));
    }

    private List<WallOutage> outagesAt(LocalDateTime now) {
        List<Outage> open = new ArrayList<>();
        for (Outage o : outages.during(Period.of(now.toLocalDate(), now.toLocalDate()), OUTAGES_READ)) {
            if (!o.getStartedAt().isAfter(now) && (o.getEndedAt() == null || o.getEndedAt().isAfter(now))) {
                open.add(o);
            }
        }
        Map<Long, String> names = counters.namesOf(open.stream().flatMap(o -> o.getCounterIds().stream())
                .distinct().toList());
        return open.stream().map(o -> new WallOutage(o.getId(), o.getKind(), o.getStartedAt(),
                o.getCounterIds().stream().map(id -> names.getOrDefault(id, "#" + id)).sorted().toList())).toList();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
