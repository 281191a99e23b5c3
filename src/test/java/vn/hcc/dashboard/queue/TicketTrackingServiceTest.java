package vn.hcc.dashboard.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The citizen's view of a ticket and the estimated waits, on the demo counters: Hộ tịch (HT) is served by Quầy 2
 * and Quầy 3, Chứng thực (CT) by Quầy 1 and Quầy 2, Đất đai (DD) by Quầy 4 and Quầy 5.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "tiepnhan", roles = "RECEPTION")
class TicketTrackingServiceTest {

    @Autowired
    TicketTrackingService tracking;
    @Autowired
    QueueService queue;
    @Autowired
    DeviceService devices;
    @Autowired
    FieldService fields;
    @Autowired
    CounterService counters;
    @Autowired
    TestClock clock;

    long ht;
    long dd;
    long q2;
    long q4;

    @BeforeEach
    void ids() {
        SystemAccess.asAdmin(() -> {
            ht = QueueTestIds.field(fields, "HT");
            dd = QueueTestIds.field(fields, "DD");
            q2 = QueueTestIds.counter(counters, "Q2");
            q4 = QueueTestIds.counter(counters, "Q4");
        });
        clock.set(LocalDateTime.of(2026, 12, 7, 8, 0));
    }

    @Test
    void aWaitingTicketShowsWhoIsAheadAndTheEstimateByTheDefaultServiceTime() {
        IssuedTicket first = TestKiosk.issue(devices, queue, ht);
        TestKiosk.issue(devices, queue, ht);
        TestKiosk.issue(devices, queue, ht);
        IssuedTicket fourth = TestKiosk.issue(devices, queue, ht);
        assertThat(first.trackingCode()).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
        assertThat(first.estimatedWait()).as("nobody ahead").isEqualTo(Duration.ZERO);
        // 3 ahead × 6 minutes (no history yet) ÷ 2 counters = 9 minutes
        assertThat(fourth.waitingAhead()).isEqualTo(3);
        assertThat(fourth.estimatedWait()).isEqualTo(Duration.ofMinutes(9));

        String typed = " " + fourth.trackingCode().replace("-", "").toLowerCase(Locale.ROOT) + " ";
        TicketTracking t = tracking.track(typed).orElseThrow();
        assertThat(t.number()).isEqualTo("HT-004");
        assertThat(t.fieldName()).isEqualTo("Hộ tịch");
        assertThat(t.state()).isEqualTo(TicketTracking.State.WAITING);
        assertThat(t.ahead()).isEqualTo(3);
        assertThat(t.estimatedWait()).isEqualTo(Duration.ofMinutes(9));
        assertThat(tracking.estimatedWaits().get(ht)).as("a newcomer: 4 ahead × 6 ÷ 2")
                .isEqualTo(new FieldWait(4, Duration.ofMinutes(12)));
    }

    @Test
    void theEstimateUsesTheFieldsServiceTimesOfTheLastFourWeeks() {
        List<TicketHistory> history = new ArrayList<>();
        LocalDateTime day = LocalDateTime.of(2026, 12, 1, 8, 0);
        for (int i = 0; i < 5; i++) {
            LocalDateTime called = day.plusMinutes(10L * i);
            history.add(new TicketHistory(dd, called.minusMinutes(3), called, q4, "tiepnhan", called.plusMinutes(10),
                    TicketStatus.SERVED));
        }
        // a month ago: too old to count
        LocalDateTime old = LocalDateTime.of(2026, 11, 2, 8, 0);
        history.add(new TicketHistory(dd, old, old, q4, "tiepnhan", old.plusMinutes(60), TicketStatus.SERVED));
        SystemAccess.asAdmin(() -> queue.importHistory(history));
        TestKiosk.issue(devices, queue, dd);
        TestKiosk.issue(devices, queue, dd);
        IssuedTicket third = TestKiosk.issue(devices, queue, dd);
        // 2 ahead × 10 minutes ÷ 2 counters (Quầy 4, Quầy 5)
        assertThat(third.estimatedWait()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aCalledTicketNamesTheCounterAndATransferIsFollowedToTheNewNumber() {
        IssuedTicket mine = TestKiosk.issue(devices, queue, ht);
        Ticket called = queue.callNext(q2).orElseThrow();
        assertThat(tracking.track(mine.trackingCode()).orElseThrow())
                .extracting(TicketTracking::state, TicketTracking::counterName)
                .containsExactly(TicketTracking.State.CALLED, "Quầy 2");
        Ticket moved = queue.transfer(called.getId(), called.getVersion(), dd);
        TicketTracking after = tracking.track(mine.trackingCode()).orElseThrow();
        assertThat(after.number()).isEqualTo(moved.getNumber());
        assertThat(after.transferredFrom()).isEqualTo("HT-001");
        assertThat(after.state()).isEqualTo(TicketTracking.State.WAITING);
        assertThat(after.fieldName()).isEqualTo("Đất đai");
    }

    @Test
    void servedAndNoShowAreSaidAndUnknownCodesFindNothing() {
        IssuedTicket served = TestKiosk.issue(devices, queue, ht);
        IssuedTicket absent = TestKiosk.issue(devices, queue, ht);
        Ticket one = queue.callNext(q2).orElseThrow();
        queue.serve(one.getId(), one.getVersion());
        Ticket two = queue.callNext(q2).orElseThrow();
        queue.noShow(two.getId(), two.getVersion());
        assertThat(tracking.track(served.trackingCode()).orElseThrow().state())
                .isEqualTo(TicketTracking.State.SERVED);
        assertThat(tracking.track(absent.trackingCode()).orElseThrow().state())
                .isEqualTo(TicketTracking.State.NO_SHOW);
        assertThat(tracking.track("ABCD-EFGH")).isEmpty();
        assertThat(tracking.track("0000-0000")).as("not a code at all").isEmpty();
        assertThat(tracking.track("<script>")).isEmpty();
        assertThat(tracking.track(null)).isEmpty();
    }

    @Test
    void noEstimateForAFieldNoCounterServes() {
        assertThat(WaitEstimates.estimate(5, Duration.ofMinutes(6), 0)).isNull();
        assertThat(WaitEstimates.estimate(1, Duration.ofSeconds(61), 1)).as("rounded up").isEqualTo(Duration.ofMinutes(2));
    }
}
