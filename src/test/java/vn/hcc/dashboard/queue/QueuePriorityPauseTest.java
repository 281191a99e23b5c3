package vn.hcc.dashboard.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Issue 19's queue rules on the demo counters (Quầy 1 serves Chứng thực, Quầy 2 CT and Hộ tịch, Quầy 3 HT, Quầy 4
 * Đất đai): priority tickets first, pauses, transfer to one counter, recall and no-show. Every test runs on its own
 * day of the test clock (May 2025) and is rolled back.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "tiepnhan", roles = "RECEPTION")
class QueuePriorityPauseTest {

    private static final ResourceBundle VI = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.of("vi"));

    @Autowired
    QueueService queue;
    @Autowired
    CounterPauseService pauses;
    @Autowired
    RecentCallService recent;
    @Autowired
    CounterService counters;
    @Autowired
    FieldService fields;
    @Autowired
    TestClock clock;
    @Autowired
    DeviceService devices;

    long ct;
    long ht;
    long q1;
    long q2;
    long q3;
    long q4;

    @BeforeEach
    void demoIds() {
        SystemAccess.asAdmin(() -> {
            ct = QueueTestIds.field(fields, "CT");
            ht = QueueTestIds.field(fields, "HT");
            q1 = QueueTestIds.counter(counters, "Q1");
            q2 = QueueTestIds.counter(counters, "Q2");
            q3 = QueueTestIds.counter(counters, "Q3");
            q4 = QueueTestIds.counter(counters, "Q4");
        });
    }

    private void at(int day, int hour, int minute) {
        clock.set(LocalDateTime.of(2025, 5, day, hour, minute));
    }

    private Ticket waiting(long counter, String number) {
        return queue.waiting(counter).stream().filter(t -> t.getNumber().equals(number)).findFirst().orElseThrow();
    }

    private Ticket issue(long field) {
        String number = TestKiosk.issue(devices, queue, field).number();
        return queue.waitingRows(field == ct ? q1 : q3).stream().map(WaitingTicket::ticket)
                .filter(t -> t.getNumber().equals(number)).findFirst().orElseThrow();
    }

    private static void refused(ThrowingCallable call, String field, String vietnamese) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FieldValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(new MessageFormat(VI.getString(e.messageKey()), Locale.of("vi")).format(e.args()))
                    .isEqualTo(vietnamese);
        });
    }

    @Test
    void aPriorityTicketIsCalledFirstThenTheQueueOrderResumes() {
        at(5, 8, 0);
        issue(ct);                                                 // CT-001 08:00
        at(5, 8, 1);
        issue(ct);                                                 // CT-002 08:01
        at(5, 8, 2);
        Ticket third = issue(ct);                                  // CT-003 08:02
        at(5, 8, 3);
        Ticket fourth = issue(ct);                                 // CT-004 08:03
        at(5, 8, 5);
        Ticket marked = queue.prioritize(fourth.getId(), fourth.getVersion(), TicketPriority.PREGNANT);
        queue.prioritize(third.getId(), third.getVersion(), TicketPriority.ELDERLY);
        assertThat(marked.getPriority()).isEqualTo(TicketPriority.PREGNANT);
        assertThat(marked.getPriorityBy()).as("who marked it is recorded").isEqualTo("tiepnhan");
        assertThat(marked.getPriorityAt()).isEqualTo(LocalDateTime.of(2025, 5, 5, 8, 5));
        assertThat(queue.waiting(q1)).extracting(Ticket::getNumber)
                .as("priority tickets first, among them the queue order").containsExactly("CT-003", "CT-004",
                        "CT-001", "CT-002");

        List<String> called = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Ticket t = queue.callNext(q1).orElseThrow();
            called.add(t.getNumber());
            queue.serve(t.getId(), t.getVersion());
        }
        assertThat(called).containsExactly("CT-003", "CT-004", "CT-001", "CT-002");
    }

    @Test
    void markingPriorityNeedsAReasonAndAWaitingTicket() {
        at(6, 8, 0);
        Ticket first = issue(ct);
        refused(() -> queue.prioritize(first.getId(), first.getVersion(), null), "priority", "Không được để trống");
        Ticket called = queue.callNext(q1).orElseThrow();
        refused(() -> queue.prioritize(called.getId(), called.getVersion(), TicketPriority.DISABLED), "priority",
                "Số CT-001 không còn ở trạng thái đang chờ");
    }

    @Test
    void theKioskMarksAPriorityTicketWithoutAnOfficer() {
        at(7, 8, 0);
        Ticket t = issue(ht);
        t.prioritize(TicketPriority.DISABLED, null, t.getIssuedAt());
        assertThat(t.getPriority()).isEqualTo(TicketPriority.DISABLED);
        assertThat(t.getPriorityBy()).isNull();
        assertThat(TicketPriority.ELDERLY.labelKey()).isEqualTo("queue.priority.ELDERLY");
        assertThat(VI.getString(TicketPriority.ELDERLY.labelKey())).isEqualTo("Người cao tuổi");
        assertThat(VI.getString(TicketPriority.DISABLED.labelKey())).isEqualTo("Người khuyết tật");
        assertThat(VI.getString(TicketPriority.PREGNANT.labelKey())).isEqualTo("Phụ nữ mang thai");
    }

    @Test
    void aTransferredPriorityTicketStaysFirstAndKeepsItsPlace() {
        at(8, 8, 0);
        Ticket ct1 = issue(ct);                                    // CT-001 08:00, elderly
        at(8, 8, 10);
        issue(ht);                                                 // HT-001 08:10
        at(8, 8, 12);
        Ticket ht2 = issue(ht);                                    // HT-002 08:12, pregnant
        queue.prioritize(ct1.getId(), ct1.getVersion(), TicketPriority.ELDERLY);
        queue.prioritize(ht2.getId(), ht2.getVersion(), TicketPriority.PREGNANT);
        at(8, 8, 15);
        Ticket called = queue.callNext(q1).orElseThrow();
        assertThat(called.getNumber()).isEqualTo("CT-001");
        Ticket moved = queue.transfer(called.getId(), called.getVersion(), ht);
        assertThat(moved.getNumber()).isEqualTo("HT-003");
        assertThat(moved.getPriority()).as("still elderly in the new field").isEqualTo(TicketPriority.ELDERLY);
        assertThat(queue.waiting(q3)).extracting(Ticket::getNumber)
                .as("both priority tickets by their place (08:00 before 08:12), then the others")
                .containsExactly("HT-003", "HT-002", "HT-001");
    }

    @Test
    void aTicketTransferredToACounterIsCalledByThatCounterOnlyAndKeepsItsPlace() {
        at(9, 8, 0);
        issue(ct);                                                 // CT-001 08:00
        at(9, 8, 5);
        issue(ct);                                                 // CT-002 08:05
        at(9, 8, 6);
        issue(ht);                                                 // HT-001 08:06
        at(9, 8, 10);
        Ticket called = queue.callNext(q1).orElseThrow();          // CT-001 at Quầy 1
        refused(() -> queue.transferToCounter(called.getId(), called.getVersion(), q1), "targetCounter",
                "Hãy chọn một quầy khác với quầy hiện tại");
        refused(() -> queue.transferToCounter(called.getId(), called.getVersion(), null), "targetCounter",
                "Không được để trống");
        at(9, 8, 12);
        Ticket moved = queue.transferToCounter(called.getId(), called.getVersion(), q4);
        assertThat(moved.getNumber()).as("a new number in the same field").isEqualTo("CT-003");
        assertThat(moved.getTargetCounterId()).isEqualTo(q4);
        assertThat(moved.getQueuedAt()).isEqualTo(LocalDateTime.of(2025, 5, 9, 8, 0));
        assertThat(moved.getTransferredFromId()).isEqualTo(called.getId());

        assertThat(queue.waiting(q1)).extracting(Ticket::getNumber).as("not Quầy 1's any more")
                .containsExactly("CT-002");
        assertThat(queue.waiting(q2)).extracting(Ticket::getNumber).as("Quầy 2 serves CT but not this ticket")
                .containsExactly("CT-002", "HT-001");
        assertThat(queue.waiting(q4)).extracting(Ticket::getNumber)
                .as("Quầy 4 serves Đất đai only, yet calls the ticket sent to it").containsExactly("CT-003");
        assertThat(queue.callNext(q2).orElseThrow().getNumber()).isEqualTo("CT-002");
        assertThat(queue.callNext(q3).orElseThrow().getNumber()).isEqualTo("HT-001");
        assertThat(queue.callNext(q1)).as("nothing left for Quầy 1").isEmpty();
        Ticket atFour = queue.callNext(q4).orElseThrow();
        assertThat(atFour.getNumber()).isEqualTo("CT-003");
        assertThat(atFour.getCounterId()).isEqualTo(q4);
    }

    @Test
    void aPausedCounterCallsNobodyUntilItResumesAndThePausesAreKept() {
        at(12, 8, 0);
        issue(ct);
        issue(ct);
        Ticket first = queue.callNext(q1).orElseThrow();
        refused(() -> pauses.pause(q1, PauseReason.BREAK, null), "counter",
                "Hãy kết thúc số CT-001 trước khi tạm dừng quầy");
        queue.serve(first.getId(), first.getVersion());
        refused(() -> pauses.pause(q1, null, null), "reason", "Không được để trống");
        refused(() -> pauses.pause(q1, PauseReason.OTHER, "  "), "note", "Hãy ghi rõ lý do tạm dừng");
        refused(() -> pauses.pause(null, PauseReason.BREAK, null), "counter", "Hãy chọn quầy");

        at(12, 9, 0);
        CounterPause pause = pauses.pause(q1, PauseReason.MEETING, null);
        assertThat(pause.getStartedBy()).isEqualTo("tiepnhan");
        refused(() -> pauses.pause(q1, PauseReason.BREAK, null), "counter", "Quầy đã đang tạm dừng");
        refused(() -> queue.callNext(q1), "counter", "Quầy đang tạm dừng; hãy bấm Tiếp tục trước khi gọi số");
        assertThat(queue.board().counters()).filteredOn(c -> c.counterId() == q1).singleElement()
                .extracting(Board.CounterCall::paused).isEqualTo(PauseReason.MEETING);
        assertThat(queue.callNext(q2).orElseThrow().getNumber()).as("other counters call as before")
                .isEqualTo("CT-002");

        at(12, 9, 25);
        CounterPause ended = pauses.resume(q1);
        assertThat(ended.getEndedAt()).isEqualTo(LocalDateTime.of(2025, 5, 12, 9, 25));
        assertThat(ended.length(queue.now())).hasMinutes(25);
        refused(() -> pauses.resume(q1), "counter", "Quầy không ở trạng thái tạm dừng");
        assertThat(queue.board().counters()).filteredOn(c -> c.counterId() == q1).singleElement()
                .extracting(Board.CounterCall::paused).isNull();
        issue(ct);
        assertThat(queue.callNext(q1)).as("calls again after resuming").isPresent();

        at(12, 14, 0);
        Ticket now = queue.current(q1).orElseThrow();
        queue.serve(now.getId(), now.getVersion());
        pauses.pause(q1, PauseReason.OTHER, "Tập huấn phần mềm một cửa");
        assertThat(pauses.history(q1, Period.day(LocalDate.of(2025, 5, 12))))
                .extracting(CounterPause::getReason, CounterPause::getNote, CounterPause::isOpen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PauseReason.MEETING, null, false),
                        org.assertj.core.groups.Tuple.tuple(PauseReason.OTHER, "Tập huấn phần mềm một cửa", true));
        assertThat(pauses.history(q1, Period.day(LocalDate.of(2025, 5, 13)))).as("still open the next day")
                .hasSize(1);

        at(13, 7, 30);
        assertThat(pauses.current(q1)).as("a pause left open does not pause the next day").isEmpty();
        assertThat(pauses.pausedNow()).doesNotContainKey(q1);
    }

    @Test
    void recallAndNoShowKeepWorkingWithPriorityTickets() {
        at(14, 8, 0);
        issue(ht);
        Ticket second = issue(ht);
        queue.prioritize(second.getId(), second.getVersion(), TicketPriority.DISABLED);
        at(14, 8, 5);
        Ticket called = queue.callNext(q3).orElseThrow();
        assertThat(called.getNumber()).isEqualTo("HT-002");
        at(14, 8, 7);
        Ticket recalled = queue.recall(called.getId(), called.getVersion());
        assertThat(recalled.getRecallCount()).isEqualTo(1);
        assertThat(recalled.getAnnouncedAt()).isEqualTo(LocalDateTime.of(2025, 5, 14, 8, 7));
        Ticket absent = queue.noShow(recalled.getId(), recalled.getVersion());
        assertThat(absent.getStatus()).isEqualTo(TicketStatus.NO_SHOW);
        at(14, 8, 9);
        Ticket next = queue.callNext(q3).orElseThrow();
        assertThat(next.getNumber()).isEqualTo("HT-001");
        assertThat(recent.latest(6)).extracting(RecentCall::number, RecentCall::counterName, RecentCall::recallCount)
                .as("newest first; the recalled ticket once, at its recall")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HT-001", "Quầy 3", 0),
                        org.assertj.core.groups.Tuple.tuple("HT-002", "Quầy 3", 1));
    }

    @Test
    @WithAnonymousUser
    void citizensNeitherPauseNorMarkPriority() {
        assertThatThrownBy(() -> pauses.pause(q1, PauseReason.BREAK, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pauses.resume(q1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.prioritize(1, 0, TicketPriority.ELDERLY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.transferToCounter(1, 0, q1)).isInstanceOf(AccessDeniedException.class);
        assertThat(pauses.pausedNow()).as("the display reads the pauses without login").isNotNull();
        assertThat(recent.latest(6)).isNotNull();
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LEADER")
    void leadersDoNotRunTheCounters() {
        assertThatThrownBy(() -> pauses.pause(q1, PauseReason.BREAK, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.prioritize(1, 0, TicketPriority.ELDERLY))
                .isInstanceOf(AccessDeniedException.class);
    }
}
