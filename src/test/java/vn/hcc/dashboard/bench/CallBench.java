package vn.hcc.dashboard.bench;

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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Pattern;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.RegisteredDevice;
import vn.hcc.dashboard.queue.Ticket;

/**
 * A call reaches the hall: {@code bench.call.displays} hall displays ({@code /display}, 25; quick 5) and
 * {@code bench.call.walls} director's walls ({@code /wall}, 25; quick 5) are open as registered devices (each its
 * own registration link and device cookie, then the page over Vaadin's client protocol with Push, {@link DashboardTab}
 * as {@link PushBench} opens the dashboards), and a reception clerk calls the next ticket at counter
 * {@code BENCH-CALL} through {@link QueueService#callNext} {@code bench.call.calls} times (21; quick 11), one call at a
 * time, {@code bench.call.gap-millis} (1000) after finishing the previous ticket. Per call it measures the time from
 * the call's commit (a synchronization of the calling transaction, registered before the call's own broadcast) until
 * the last of the open pages has received the new number in a pushed message: the number is the quoted text of a
 * text node, {@code "HT-012"}, which only the counter's tile ({@code calling-<id>}, {@code wall-calling-<id>}) and the
 * display's list of latest calls show, both rebuilt in the same repaint.
 *
 * <p>Anchor, in the same run: the same calls with one display and one wall open ({@code bench.call.anchor-calls}, 9;
 * quick 5, after 2 warm-up calls), before the others open. Lower is better, so the guard is a ceiling: a median
 * above {@code bench.ceiling.call-ratio} (8) × the anchor's fails the run; measured 1,5× (5 + 5) and 1,9× (25 + 25)
 * on the shared 2-core machine, so noise on an anchor of about 150 ms stays under it, while a repaint whose cost grows
 * with every open page (a query per page instead of one shared) does not. Any error of a page, a failed call, or a number
 * not shown after {@code bench.repaint-timeout-seconds} (30) fails the run too, after the lines are written.
 */
class CallBench implements Bench {

    static final long GOAL_MEDIAN_MILLIS = 1000;
    static final Pattern DISPLAY_RENDERED = Pattern.compile("\"calling-\\d+\"");
    static final Pattern WALL_RENDERED = Pattern.compile("\"wall-calling-\\d+\"");
    private static final int WARM_UP = 2;

    private final List<String> problems = new CopyOnWriteArrayList<>();
    /** The call under way: the number every page must show, its commit, when each page got it (0: not yet). */
    private volatile Call current;

    private record Call(String quoted, long[] committed, AtomicLongArray seen) {
    }

    /** Messages that brought a number, and those of them that also carried the counter's tile id (rebuilt tile). */
    private final AtomicInteger numberMessages = new AtomicInteger();
    private final AtomicInteger tileMessages = new AtomicInteger();
    /** Per call with all pages open: ms from the commit to the last display, and to the last wall. */
    private final List<Long> lastDisplay = new ArrayList<>();
    private final List<Long> lastWall = new ArrayList<>();

    @Override
    public Result run(Context context) throws Exception {
        BenchSettings s = context.settings();
        int displays = s.getInt("bench.call.displays", 25, 5);
        int walls = s.getInt("bench.call.walls", 25, 5);
        int calls = s.getInt("bench.call.calls", 21, 11);
        int anchorCalls = s.getInt("bench.call.anchor-calls", 9, 5);
        int gapMillis = s.getInt("bench.call.gap-millis", 1000, 1000);
        int timeoutSeconds = s.getInt("bench.repaint-timeout-seconds", 30, 30);
        int openThreads = s.getInt("bench.open-threads", 8, 8);
        double ceiling = s.getDouble("bench.ceiling.call-ratio", 8.0, 8.0);

        String run = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyMMddHHmmss"));
        PushSetup clerk = new PushSetup(context);
        clerk.directors(0); // the clerk's account: the call records who called
        CallSetup setup = new CallSetup(context, run);
        CallSetup.Counter counter = setup.counter();
        setup.tickets(counter, WARM_UP + anchorCalls + calls);
        List<RegisteredDevice> devices = new ArrayList<>(setup.register(DeviceKind.DISPLAY, displays));
        devices.addAll(setup.register(DeviceKind.WALL, walls));
        // the anchor's pair first: one display, one wall
        Collections.swap(devices, 1, displays);

        ExecutorService clientThreads = Executors.newFixedThreadPool(4, PushSetup.daemon("bench-client"));
        HttpClient http = DashboardTab.client(clientThreads);
        List<DashboardTab> tabs = new ArrayList<>();
        boolean[] wall = new boolean[devices.size()];
        for (int i = 0; i < devices.size(); i++) {
            int tab = i;
            wall[i] = devices.get(i).device().getKind() == DeviceKind.WALL;
            String tile = "\"" + (wall[i] ? "wall-calling-" : "calling-") + counter.id() + "\"";
            tabs.add(new DashboardTab(http, context.port(), DISPLAY_RENDERED, (at, message) -> {
                Call call = current;
                if (call != null && message.contains(call.quoted()) && call.seen().compareAndSet(tab, 0, at)) {
                    numberMessages.incrementAndGet();
                    if (message.contains(tile)) {
                        tileMessages.incrementAndGet();
                    }
                }
            }));
        }
        boolean[] open = new boolean[tabs.size()];
        List<Long> anchor = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        long openMillis;
        try {
            open(tabs, devices, open, 0, 2, openThreads);
            Caller caller = new Caller(context, clerk, counter.id(), gapMillis, timeoutSeconds, wall);
            for (int i = 0; i < WARM_UP + anchorCalls; i++) {
                long ms = caller.call(open);
                if (i >= WARM_UP && ms >= 0) {
                    anchor.add(ms);
                }
            }
            long t0 = System.nanoTime();
            open(tabs, devices, open, 2, tabs.size(), openThreads);
            openMillis = (System.nanoTime() - t0) / 1_000_000;
            caller.byKind = true;
            for (int i = 0; i < calls; i++) {
                long ms = caller.call(open);
                if (ms >= 0) {
                    all.add(ms);
                }
            }
        } finally {
            tabs.forEach(DashboardTab::close);
            Thread.sleep(500);
            clientThreads.shutdownNow();
            setup.revokeAll();
        }
        int openCount = 0;
        int errors = 0;
        for (int i = 0; i < tabs.size(); i++) {
            openCount += open[i] ? 1 : 0;
            if (tabs.get(i).errors() > 0) {
                errors += tabs.get(i).errors();
                problems.add("page " + i + ": " + tabs.get(i).errors() + " error(s), last: " + tabs.get(i).lastError());
            }
        }
        Collections.sort(anchor);
        Collections.sort(all);
        Collections.sort(lastDisplay);
        Collections.sort(lastWall);
        long median = PushBench.percentile(all, 50);
        long anchorMedian = PushBench.percentile(anchor, 50);
        double ratio = anchorMedian > 0 ? (double) median / anchorMedian : Double.NaN;
        List<BenchLine> lines = List.of(new BenchLine("queue call → number shown on every open display and wall ("
                + displays + " + " + walls + " open)", "median " + BenchLine.millis(median) + ", p95 "
                + BenchLine.millis(PushBench.percentile(all, 95)) + ", max "
                + BenchLine.millis(all.isEmpty() ? -1 : all.getLast()), "1 display + 1 wall: median "
                + BenchLine.millis(anchorMedian), Double.isNaN(ratio) ? "—" : BenchLine.times(ratio),
                "≤ 1 s median with 50 open", !all.isEmpty() && median <= GOAL_MEDIAN_MILLIS));
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "Call: %d of %d pages open (%d displays, %d walls; %d opened in %.1f s,"
                + " %d at a time); %d calls measured with all open, %d with the anchor's 2 after %d warm-ups, %d ms"
                + " after finishing the previous ticket; ms from the call's commit to the last page: all %s, anchor %s."
                + " Last display: median %d ms, max %d ms; last wall: median %d ms, max %d ms. The number came in a"
                + " message with the counter's tile id in %d of %d pages' first message with it. Ratio ceiling (a"
                + " higher ratio fails): %.1f", openCount, tabs.size(), displays, walls, tabs.size() - 2,
                openMillis / 1e3, openThreads, all.size(), anchor.size(), WARM_UP, gapMillis, all, anchor,
                PushBench.percentile(lastDisplay, 50), lastDisplay.isEmpty() ? -1 : lastDisplay.getLast(),
                PushBench.percentile(lastWall, 50), lastWall.isEmpty() ? -1 : lastWall.getLast(), tileMessages.get(),
                numberMessages.get(), ceiling));
        if (all.size() < calls || anchor.size() < anchorCalls) {
            problems.add((calls + anchorCalls - all.size() - anchor.size()) + " call(s) not shown everywhere");
        }
        if (!problems.isEmpty() || openCount < tabs.size()) {
            notes.add("Call errors: " + String.join("; ", problems.subList(0, Math.min(10, problems.size()))));
            BenchTable.write("55-call", lines, notes);
            throw new AssertionError((errors + problems.size()) + " error(s) in the call benchmark: " + problems);
        }
        if (ratio > ceiling) {
            BenchTable.write("55-call", lines, notes);
            throw new AssertionError(String.format(Locale.ROOT, "call to the hall regressed: %.2f× the anchor"
                    + " (ceiling %.1f)", ratio, ceiling));
        }
        return new Result(lines, notes);
    }

    /** Registers and opens pages {@code from}…{@code to - 1}, a few at a time; notes which ones opened. */
    private void open(List<DashboardTab> tabs, List<RegisteredDevice> devices, boolean[] open, int from, int to,
            int threads) {
        ExecutorService openers = Executors.newFixedThreadPool(threads, PushSetup.daemon("bench-open"));
        List<Future<?>> opened = new ArrayList<>();
        for (int i = from; i < to; i++) {
            DashboardTab tab = tabs.get(i);
            RegisteredDevice device = devices.get(i);
            DeviceKind kind = device.device().getKind();
            opened.add(openers.submit(() -> {
                tab.registerDevice(device.registrationPath(), kind.route());
                tab.open(kind.route(), kind == DeviceKind.WALL ? WALL_RENDERED : DISPLAY_RENDERED);
                return null;
            }));
        }
        for (int i = from; i < to; i++) {
            try {
                opened.get(i - from).get(5, TimeUnit.MINUTES);
                open[i] = true;
            } catch (Exception e) {
                problems.add("page " + i + " did not open: " + PushSetup.rootCause(e));
            }
        }
        openers.shutdown();
    }

    /** The clerk at the counter: finishes the current ticket, waits, calls the next and times it on every page. */
    private final class Caller {
        private final QueueService queue;
        private final TransactionTemplate tx;
        private final PushSetup clerk;
        private final long counterId;
        private final int gapMillis;
        private final int timeoutSeconds;
        private final boolean[] wall;
        /** Whether the calls also note the last display and the last wall (once all pages are open). */
        boolean byKind;

        Caller(Context context, PushSetup clerk, long counterId, int gapMillis, int timeoutSeconds, boolean[] wall) {
            this.queue = context.bean(QueueService.class);
            this.tx = new TransactionTemplate(context.bean(PlatformTransactionManager.class));
            this.clerk = clerk;
            this.counterId = counterId;
            this.gapMillis = gapMillis;
            this.timeoutSeconds = timeoutSeconds;
            this.wall = wall;
        }

        /** Ms from the call's commit until the last open page showed the number; -1 when one did not (noted). */
        long call(boolean[] open) throws InterruptedException {
            clerk.runAsReceptionClerk(() -> queue.current(counterId).ifPresent(t -> queue.serve(t.getId(),
                    t.getVersion())));
            Thread.sleep(gapMillis);
            String number = clerk.asReceptionClerk(() -> queue.waiting(counterId).getFirst().getNumber());
            Call call = new Call("\"" + number + "\"", new long[1], new AtomicLongArray(open.length));
            current = call;
            try {
                Ticket called = clerk.asReceptionClerk(() -> tx.execute(status -> {
                    // registered before the call's own broadcast: runs first after the commit
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            call.committed()[0] = System.nanoTime();
                        }
                    });
                    return queue.callNext(counterId).orElseThrow();
                }));
                if (!number.equals(called.getNumber())) {
                    problems.add("called " + called.getNumber() + ", expected " + number);
                    return -1;
                }
            } catch (RuntimeException e) {
                problems.add("call of " + number + " failed: " + PushSetup.rootCause(e));
                return -1;
            }
            long until = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
            while (System.nanoTime() < until && !allSeen(call, open)) {
                Thread.sleep(5);
            }
            if (!allSeen(call, open)) {
                problems.add(number + " not shown on every page after " + timeoutSeconds + " s");
                return -1;
            }
            long displayAt = 0;
            long wallAt = 0;
            for (int i = 0; i < open.length; i++) {
                if (open[i] && wall[i]) {
                    wallAt = Math.max(wallAt, call.seen().get(i));
                } else if (open[i]) {
                    displayAt = Math.max(displayAt, call.seen().get(i));
                }
            }
            long committed = call.committed()[0];
            if (byKind) {
                lastDisplay.add((displayAt - committed) / 1_000_000);
                lastWall.add((wallAt - committed) / 1_000_000);
            }
            return (Math.max(displayAt, wallAt) - committed) / 1_000_000;
        }

        private boolean allSeen(Call call, boolean[] open) {
            for (int i = 0; i < open.length; i++) {
                if (open[i] && call.seen().get(i) == 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
