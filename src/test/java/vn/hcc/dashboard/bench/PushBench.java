package vn.hcc.dashboard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Pattern;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierService;

/**
 * The live-update and the Push load lines: {@code bench.sessions} signed-in directors (200; quick 20) keep the
 * dashboard open with Push on loopback for {@code bench.minutes} (10; quick 1) while a reception clerk saves a
 * dossier of a generated procedure every {@code bench.save-every-seconds} (10) through {@link DossierService#record}.
 * For every save and every open dashboard it measures the time from the save's commit (a synchronization of the
 * saving transaction, before the broadcast) to the repaint arriving over that dashboard's push connection, and it
 * samples the heap every 200 ms. The dashboards are {@link DashboardTab}s (Vaadin's client protocol over
 * {@link HttpClient}), not browsers: their cost in this JVM is small but counts.
 *
 * <p>A repaint is a pushed message that sends a KPI card again: a card is sent when its figures changed, and every
 * save changes the received count of the period shown (this month; the dossier is received on the latest working
 * day of it, {@link PushSetup#receivedAt}). Any error (sign-in, page, UI init, websocket, heartbeat, sync id, a save,
 * a repaint missing after {@code bench.repaint-timeout-seconds}, 30) fails the run, after the lines are written.
 */
class PushBench implements Bench {

    static final Pattern REPAINT = Pattern.compile("\"card-[A-Z_]+\"");
    static final long GOAL_MEDIAN_MILLIS = 1000;
    static final long GOAL_HEAP_BYTES = 1L << 30;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong heapMax = new AtomicLong();
    private final List<Save> saves = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    /** One save: when it committed, and when each dashboard's repaint arrived (0: not yet). */
    private record Save(String code, long committed, AtomicLongArray repainted) {
    }

    @Override
    public Result run(Context context) throws Exception {
        BenchSettings s = context.settings();
        int sessions = s.getInt("bench.sessions", 200, 20);
        double minutes = s.getDouble("bench.minutes", 10, 1);
        int saveEvery = s.getInt("bench.save-every-seconds", 10, 10);
        int heartbeat = s.getInt("bench.heartbeat-seconds", 60, 60);
        int timeoutSeconds = s.getInt("bench.repaint-timeout-seconds", 30, 30);
        int openThreads = s.getInt("bench.open-threads", 8, 8);

        PushSetup setup = new PushSetup(context);
        long procedureId = setup.procedure();
        List<String> accounts = setup.directors(sessions);
        LocalDateTime receivedAt = setup.receivedAt();
        long heapIdle = heapAfterGc();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(PushSetup.daemon("bench-heap"));
        sampler.scheduleAtFixedRate(() -> heapMax.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 200, TimeUnit.MILLISECONDS);

        ExecutorService clientThreads = Executors.newFixedThreadPool(4, PushSetup.daemon("bench-client"));
        HttpClient http = DashboardTab.client(clientThreads);
        List<DashboardTab> tabs = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            int tab = i;
            tabs.add(new DashboardTab(http, context.port(), REPAINT, at -> repainted(tab, at)));
        }
        long t0 = System.nanoTime();
        boolean[] open = open(tabs, accounts, openThreads);
        long openMillis = (System.nanoTime() - t0) / 1_000_000;
        long heapOpen = heapAfterGc();
        ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
                PushSetup.daemon("bench-heartbeat"));
        heartbeats.scheduleAtFixedRate(() -> tabs.forEach(DashboardTab::heartbeat), heartbeat, heartbeat,
                TimeUnit.SECONDS);

        // the clerk saves a dossier every few seconds for the whole run
        DossierService dossiers = context.bean(DossierService.class);
        TransactionTemplate tx = new TransactionTemplate(context.bean(PlatformTransactionManager.class));
        String run = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyMMddHHmmss"));
        long runStart = System.nanoTime();
        long runEnd = runStart + (long) (minutes * 60e9);
        int n = 0;
        for (long next = runStart; next < runEnd; next += saveEvery * 1_000_000_000L) {
            sleepUntil(next);
            String code = "BENCH-" + run + "-" + String.format(Locale.ROOT, "%04d", ++n);
            try {
                setup.runAsReceptionClerk(() -> tx.executeWithoutResult(status -> {
                    // registered before the save's own broadcast: runs first after the commit
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            saves.add(new Save(code, System.nanoTime(), new AtomicLongArray(sessions)));
                        }
                    });
                    dossiers.record(dossiers.propose(procedureId, receivedAt, code, Channel.IN_PERSON));
                }));
            } catch (RuntimeException e) {
                problems.add("save " + code + " failed: " + PushSetup.rootCause(e));
            }
        }
        long waitUntil = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < waitUntil && !allSeen(open)) {
            Thread.sleep(100);
        }
        long runMillis = (System.nanoTime() - runStart) / 1_000_000;
        heartbeats.shutdownNow();
        long heapEnd = heapAfterGc();
        sampler.shutdownNow();
        int errors = 0;
        for (int i = 0; i < sessions; i++) {
            DashboardTab tab = tabs.get(i);
            if (tab.errors() > 0) {
                errors += tab.errors();
                problems.add("dashboard " + i + ": " + tab.errors() + " error(s), last: " + tab.lastError());
            }
        }
        long pushedChars = tabs.stream().mapToLong(DashboardTab::pushedChars).sum();
        long firstPaint = tabs.stream().mapToLong(DashboardTab::firstPaintChars).max().orElse(0);
        tabs.forEach(DashboardTab::close);
        Thread.sleep(500);
        clientThreads.shutdownNow();

        // every (save, open dashboard) pair; a repaint later than the timeout is a missed one
        int openCount = 0;
        for (boolean o : open) {
            openCount += o ? 1 : 0;
        }
        List<Long> all = new ArrayList<>();
        int missed = 0;
        for (Save save : saves) {
            for (int i = 0; i < sessions; i++) {
                long at = save.repainted().get(i);
                if (open[i] && (at == 0 || at - save.committed() > timeoutSeconds * 1_000_000_000L)) {
                    missed++;
                } else if (open[i]) {
                    all.add((at - save.committed()) / 1_000_000);
                }
            }
        }
        if (missed > 0) {
            problems.add(missed + " repaint(s) missing or later than " + timeoutSeconds + " s");
        }
        if (saves.isEmpty()) {
            problems.add("no save committed");
        }
        errors += missed + (int) problems.stream().filter(p -> p.startsWith("save ") || p.contains("did not open")
                || p.startsWith("no save")).count();
        Collections.sort(all);
        long median = percentile(all, 50);
        String minutesText = minutes == Math.rint(minutes) ? String.valueOf((long) minutes)
                : String.format(Locale.ROOT, "%.1f", minutes);
        List<BenchLine> lines = List.of(
                new BenchLine("live update: save → every open dashboard repainted (" + openCount + " open)",
                        "median " + BenchLine.millis(median) + ", p95 " + BenchLine.millis(percentile(all, 95))
                                + ", max " + BenchLine.millis(all.isEmpty() ? -1 : all.getLast()),
                        "—", "—", "≤ 1 s median with 200 open", !all.isEmpty() && median <= GOAL_MEDIAN_MILLIS),
                new BenchLine(sessions + " concurrent dashboard sessions (Push), " + minutesText + " min",
                        String.format(Locale.ROOT, "peak heap %d MB, after GC %d MB, %d errors", heapMax.get() >> 20,
                                heapEnd >> 20, errors),
                        "—", "—", "≤ 1 GB, 0 errors", heapMax.get() <= GOAL_HEAP_BYTES && errors == 0));
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "Push: %d dashboards signed in and open in %.1f s (%d at a time); %d saves"
                + " in %.0f s, one every %d s, received %s; %d (save, dashboard) pairs; heap after GC %d MB idle, %d MB"
                + " with the dashboards open, %d MB at the end (max %d MB); first paint %d kB, pushed %.1f kB per"
                + " dashboard and save", openCount, openMillis / 1e3, openThreads, saves.size(), runMillis / 1e3,
                saveEvery, receivedAt, all.size(), heapIdle >> 20, heapOpen >> 20, heapEnd >> 20,
                Runtime.getRuntime().maxMemory() >> 20, firstPaint / 1000,
                saves.isEmpty() || openCount == 0 ? 0.0 : pushedChars / 1e3 / saves.size() / openCount));
        if (!problems.isEmpty()) {
            notes.add("Push errors: " + String.join("; ", problems.subList(0, Math.min(10, problems.size()))));
            BenchTable.write("50-push", lines, notes);
            throw new AssertionError(errors + " error(s) in the Push benchmark: " + problems);
        }
        return new Result(lines, notes);
    }

    /** Signs in and opens every dashboard, a few at a time as people arrive; which ones opened. */
    private boolean[] open(List<DashboardTab> tabs, List<String> accounts, int threads) {
        ExecutorService openers = Executors.newFixedThreadPool(threads, PushSetup.daemon("bench-open"));
        List<Future<?>> opened = new ArrayList<>();
        for (int i = 0; i < tabs.size(); i++) {
            DashboardTab tab = tabs.get(i);
            String user = accounts.get(i);
            opened.add(openers.submit(() -> {
                tab.signIn(user, PushSetup.PASSWORD);
                tab.openDashboard();
                return null;
            }));
        }
        boolean[] open = new boolean[tabs.size()];
        for (int i = 0; i < tabs.size(); i++) {
            try {
                opened.get(i).get(5, TimeUnit.MINUTES);
                open[i] = true;
            } catch (Exception e) {
                problems.add("dashboard " + i + " did not open: " + PushSetup.rootCause(e));
            }
        }
        openers.shutdown();
        return open;
    }

    /** A repaint reached dashboard {@code tab}: it counts for every save committed before it not yet shown there. */
    private void repainted(int tab, long at) {
        for (Save save : saves) {
            if (save.committed() < at) {
                save.repainted().compareAndSet(tab, 0, at);
            }
        }
    }

    private boolean allSeen(boolean[] open) {
        for (Save save : saves) {
            for (int i = 0; i < open.length; i++) {
                if (open[i] && save.repainted().get(i) == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private long heapAfterGc() throws InterruptedException {
        System.gc();
        Thread.sleep(300);
        long used = memory.getHeapMemoryUsage().getUsed();
        heapMax.accumulateAndGet(used, Math::max);
        return used;
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
