package vn.hcc.dashboard.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.MariaDbTest;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.security.SystemAccess;

/** The queue on MariaDB ({@link MariaDbTest}): V5's figures and concurrent calls at two counters. */
@MariaDbTest
class QueueMariaDbTest {

    @Autowired
    private FieldService fields;
    @Autowired
    private CounterService counters;
    @Autowired
    private QueueService queue;
    @Autowired
    private DeviceService devices;
    @Autowired
    private QueueFiguresService queueFigures;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    /**
     * V5 and the queue figures on MariaDB: the same hand-computed set as QueueFiguresServiceTest gives the same
     * averages and nearest-rank 90th percentiles (window functions, TIMESTAMPDIFF). Fresh fields and counters per run
     * keep the rows of earlier runs out of the grouped figures.
     */
    @Test
    void queueFiguresMatchTheHandComputedSet() {
        long ct = SystemAccess.asAdmin(() -> fields.save(null, 0, "QC" + suffix, "Chứng thực quầy " + suffix)).getId();
        long ht = SystemAccess.asAdmin(() -> fields.save(null, 0, "QH" + suffix, "Hộ tịch quầy " + suffix)).getId();
        long q1 = counter("A" + suffix, Set.of(ct));
        long q2 = counter("B" + suffix, Set.of(ct, ht));
        long q3 = counter("C" + suffix, Set.of(ht));
        SystemAccess.asAdmin(() -> queue.importHistory(HandTickets.of(ct, ht, q1, q2, q3)));

        Map<Object, QueueFigures> perCounter = SystemAccess.asAdmin(() -> queueFigures.grouped(Period.of(HandTickets.DAY1, HandTickets.DAY2), QueueFiguresService.GroupBy.COUNTER));
        QueueFigures one = perCounter.get(q1);
        assertThat(one.tickets()).isEqualTo(6);
        assertThat(one.noShows()).isEqualTo(1);
        assertThat(one.waitSecondsTotal()).isEqualTo(1470);
        assertThat(one.p90WaitSeconds()).isEqualTo(360);
        assertThat(one.serviceSecondsTotal()).isEqualTo(1530);
        assertThat(one.p90ServiceSeconds()).isEqualTo(480);
        assertThat(perCounter.get(q2).p90WaitSeconds()).isEqualTo(1200);
        assertThat(perCounter.get(q3).p90ServiceSeconds()).isEqualTo(900);
        Map<Object, QueueFigures> perField = SystemAccess.asAdmin(() -> queueFigures.grouped(Period.of(HandTickets.DAY1, HandTickets.DAY2), QueueFiguresService.GroupBy.FIELD));
        assertThat(perField.get(ct).waitSecondsTotal()).isEqualTo(2670);
        assertThat(perField.get(ct).p90WaitSeconds()).isEqualTo(1200);
        assertThat(perField.get(ct).visits()).isEqualTo(6);
        assertThat(perField.get(ht).p90WaitSeconds()).isEqualTo(840);
        assertThat(perField.get(ht).serviceSecondsTotal()).isEqualTo(2220);

        // per week and month (the two hand days are one Monday-to-Sunday week of March 2024): the same totals as
        // the whole period, whatever earlier runs left on those days
        java.time.LocalDate to = java.time.LocalDate.of(2024, 4, 30);
        QueueFigures all = SystemAccess.asAdmin(() -> queueFigures.total(Period.of(HandTickets.DAY1, to)));
        Map<Object, QueueFigures> weeks = SystemAccess.asAdmin(() -> queueFigures.grouped(Period.of(HandTickets.DAY1, to),
                QueueFiguresService.GroupBy.WEEK));
        assertThat(weeks).containsOnlyKeys(HandTickets.DAY1);
        assertThat(weeks.get(HandTickets.DAY1)).isEqualTo(all);
        Map<Object, QueueFigures> months = SystemAccess.asAdmin(() -> queueFigures.grouped(Period.of(HandTickets.DAY1, to),
                QueueFiguresService.GroupBy.MONTH));
        assertThat(months).containsOnlyKeys(java.time.LocalDate.of(2024, 3, 1));
        assertThat(months.get(java.time.LocalDate.of(2024, 3, 1)).waitSecondsTotal()).isEqualTo(all.waitSecondsTotal());
    }

    /** Numbers per field and day, and two counters calling at once on MariaDB's REPEATABLE READ. */
    @Test
    void twoCountersCallingAtOnceNeverGetTheSameTicketOnMariaDb() throws Exception {
        long ct = SystemAccess.asAdmin(() -> fields.save(null, 0, "QK" + suffix, "Kiosk " + suffix)).getId();
        long q1 = counter("D" + suffix, Set.of(ct));
        long q2 = counter("E" + suffix, Set.of(ct));
        assertThat(TestKiosk.issue(devices, queue, ct).number()).isEqualTo("QK" + suffix + "-001");
        for (int i = 0; i < 29; i++) {
            TestKiosk.issue(devices, queue, ct);
        }
        List<String> called = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (long counter : new long[] {q1, q2}) {
                runs.add(pool.submit(() -> SystemAccess.asAdmin(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    for (var t = queue.callNext(counter); t.isPresent(); t = queue.callNext(counter)) {
                        called.add(t.get().getNumber());
                        queue.serve(t.get().getId(), t.get().getVersion());
                    }
                })));
            }
            start.countDown();
            for (var run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(called).hasSize(30).doesNotHaveDuplicates();
    }

    private long counter(String code, Set<Long> fieldIds) {
        return SystemAccess.asAdmin(() -> counters.save(new CounterDraft(null, 0, code, "Quầy " + code, fieldIds,
                true))).getId();
    }
}
