package vn.hcc.dashboard.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Two counters pressing "call next" at the same moment, with real transactions on separate threads (nothing is
 * rolled back here, so each test uses a day of its own). Quầy 1 and Quầy 2 both serve Chứng thực.
 */
@SpringBootTest
@ActiveProfiles("test")
class QueueConcurrencyTest {

    @Autowired
    QueueService queue;
    @Autowired
    CounterService counters;
    @Autowired
    TestClock clock;
    @Autowired
    DeviceService devices;
    @Autowired
    PlatformTransactionManager transactions;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private long counter(String code) {
        return SystemAccess.asAdmin(() -> counters.listAll().stream().filter(c -> c.getCode().equals(code))
                .findFirst().orElseThrow().getId());
    }

    private long certification() {
        return queue.kioskFields().stream().filter(f -> f.code().equals("CT")).findFirst().orElseThrow().id();
    }

    @Test
    void twoCountersCallingTogetherNeverGetTheSameTicket() throws Exception {
        clock.set(LocalDateTime.of(2025, 6, 2, 8, 0));
        long ct = certification();
        for (int i = 0; i < 40; i++) {
            TestKiosk.issue(devices, queue, ct);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<String> called = Collections.synchronizedList(new ArrayList<>());
        List<Future<Integer>> counts = new ArrayList<>();
        for (long counter : new long[] {counter("Q1"), counter("Q2")}) {
            counts.add(pool.submit(() -> SystemAccess.asAdmin(() -> {
                await(start);
                int mine = 0;
                for (Optional<Ticket> t = queue.callNext(counter); t.isPresent(); t = queue.callNext(counter)) {
                    called.add(t.get().getNumber());
                    queue.serve(t.get().getId(), t.get().getVersion());
                    mine++;
                }
                return mine;
            })));
        }
        start.countDown();
        int total = counts.get(0).get(60, TimeUnit.SECONDS) + counts.get(1).get(60, TimeUnit.SECONDS);
        assertThat(total).isEqualTo(40);
        assertThat(called).hasSize(40).doesNotHaveDuplicates();
        assertThat(new HashSet<>(called)).hasSize(40);
    }

    /**
     * The race made certain: Quầy 1 has taken the oldest ticket but not committed yet when Quầy 2 picks the same
     * ticket as its candidate. Quầy 2's guarded update waits for Quầy 1's lock, then finds the ticket no longer
     * waiting and takes the next one.
     */
    @Test
    void aTicketTakenByAnotherCounterMeanwhileIsSkipped() throws Exception {
        clock.set(LocalDateTime.of(2025, 6, 3, 8, 0));
        long ct = certification();
        TestKiosk.issue(devices, queue, ct);
        TestKiosk.issue(devices, queue, ct);
        long q1 = counter("Q1");
        long q2 = counter("Q2");
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<String> first = pool.submit(() -> SystemAccess.asAdmin(
                () -> new TransactionTemplate(transactions).execute(tx -> {
                    String number = queue.callNext(q1).orElseThrow().getNumber();
                    taken.countDown();
                    await(commit);
                    return number;
                })));
        assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
        long started = System.nanoTime();
        Future<String> second = pool.submit(() -> SystemAccess.asAdmin(
                () -> queue.callNext(q2).orElseThrow().getNumber()));
        Thread.sleep(500);
        commit.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("CT-001");
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("CT-002");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
                .as("Quầy 2 waited for Quầy 1's lock on CT-001").isGreaterThanOrEqualTo(450);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
