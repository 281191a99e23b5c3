package vn.hcc.dashboard.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
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
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The queue's rules on the demo counters: Quầy 1 serves Chứng thực (CT), Quầy 2 CT and Hộ tịch (HT), Quầy 3 HT,
 * Quầy 4 Đất đai, Quầy 5 Đất đai and Đăng ký kinh doanh, Quầy 6 Bảo trợ xã hội and Người có công. Every test runs
 * on its own day of the test clock and is rolled back.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "tiepnhan", roles = "RECEPTION")
class QueueServiceTest {

    private static final ResourceBundle VI = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.of("vi"));

    @Autowired
    QueueService queue;
    @Autowired
    CounterService counters;
    @Autowired
    FieldService fields;
    @Autowired
    TestClock clock;
    @Autowired
    TicketRepository tickets;
    @Autowired
    DeviceService devices;

    long ct;
    long ht;
    long dd;
    long q1;
    long q2;
    long q3;
    long q4;

    @BeforeEach
    void demoIds() {
        SystemAccess.asAdmin(() -> {
            ct = field("CT");
            ht = field("HT");
            dd = field("DD");
            q1 = counter("Q1");
            q2 = counter("Q2");
            q3 = counter("Q3");
            q4 = counter("Q4");
        });
    }

    private long field(String code) {
        return QueueTestIds.field(fields, code);
    }

    private long counter(String code) {
        return QueueTestIds.counter(counters, code);
    }

    private void at(int year, int month, int day, int hour, int minute) {
        clock.set(LocalDateTime.of(year, month, day, hour, minute));
    }

    /** The refusal's field and its Vietnamese message as the view shows it. */
    private static void refused(ThrowingCallable call, String field, String vietnamese) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FieldValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(new MessageFormat(VI.getString(e.messageKey()), Locale.of("vi")).format(e.args()))
                    .isEqualTo(vietnamese);
        });
    }

    @Test
    void numbersRunPerFieldAndDayAndRestartAtOneTheNextDay() {
        at(2025, 3, 3, 7, 45);
        assertThat(TestKiosk.issue(devices, queue, ht).number()).isEqualTo("HT-001");
        assertThat(TestKiosk.issue(devices, queue, ht).number()).isEqualTo("HT-002");
        assertThat(TestKiosk.issue(devices, queue, ct).number()).isEqualTo("CT-001");
        IssuedTicket third = TestKiosk.issue(devices, queue, ht);
        assertThat(third.number()).isEqualTo("HT-003");
        assertThat(third.fieldName()).isEqualTo("Hộ tịch");
        assertThat(third.waitingAhead()).as("HT-001 and HT-002 wait before it").isEqualTo(2);
        at(2025, 3, 4, 7, 30);
        assertThat(TestKiosk.issue(devices, queue, ht).number()).isEqualTo("HT-001");
        assertThat(TestKiosk.issue(devices, queue, ct).number()).isEqualTo("CT-001");
    }

    @Test
    void callNextTakesTheOldestWaitingTicketOfTheFieldsTheCounterServes() {
        at(2025, 3, 5, 8, 0);
        TestKiosk.issue(devices, queue, ht);                       // HT-001 08:00
        at(2025, 3, 5, 8, 1);
        TestKiosk.issue(devices, queue, ct);                       // CT-001 08:01
        at(2025, 3, 5, 8, 2);
        TestKiosk.issue(devices, queue, ht);                       // HT-002 08:02
        TestKiosk.issue(devices, queue, dd);                       // DD-001 08:02
        at(2025, 3, 5, 8, 10);
        assertThat(queue.waiting(q2)).extracting(Ticket::getNumber).containsExactly("HT-001", "CT-001", "HT-002");

        Ticket atOne = queue.callNext(q1).orElseThrow();
        assertThat(atOne.getNumber()).as("Quầy 1 serves only CT").isEqualTo("CT-001");
        assertThat(atOne.getStatus()).isEqualTo(TicketStatus.CALLED);
        assertThat(atOne.getCounterId()).isEqualTo(q1);
        assertThat(atOne.getServedBy()).isEqualTo("tiepnhan");
        assertThat(atOne.getCalledAt()).isEqualTo(LocalDateTime.of(2025, 3, 5, 8, 10));
        assertThat(queue.callNext(q2).orElseThrow().getNumber()).isEqualTo("HT-001");
        assertThat(queue.callNext(q3).orElseThrow().getNumber()).isEqualTo("HT-002");
        assertThat(queue.callNext(q4).orElseThrow().getNumber()).isEqualTo("DD-001");
        queue.serve(atOne.getId(), atOne.getVersion());
        assertThat(queue.callNext(q1)).as("nobody waits for CT").isEmpty();
        assertThat(queue.current(q1)).isEmpty();
        assertThat(queue.current(q2)).map(Ticket::getNumber).contains("HT-001");
    }

    @Test
    void yesterdaysWaitingTicketsAreNotCalledToday() {
        at(2025, 3, 6, 16, 50);
        TestKiosk.issue(devices, queue, ct);
        at(2025, 3, 7, 7, 30);
        assertThat(queue.callNext(q1)).isEmpty();
        assertThat(queue.waiting(q1)).isEmpty();
    }

    @Test
    void aCounterFinishesItsTicketBeforeCallingTheNext() {
        at(2025, 3, 10, 8, 0);
        TestKiosk.issue(devices, queue, ct);
        TestKiosk.issue(devices, queue, ct);
        queue.callNext(q1);
        refused(() -> queue.callNext(q1), "ticket",
                "Hãy kết thúc số CT-001 (phục vụ xong, vắng mặt hoặc chuyển lĩnh vực) trước khi gọi số mới");
    }

    @Test
    void servedAndNoShowEndACalledTicketOnly() {
        at(2025, 3, 11, 8, 0);
        TestKiosk.issue(devices, queue, ct);
        TestKiosk.issue(devices, queue, ct);
        Ticket waiting = queue.waiting(q1).get(1);
        refused(() -> queue.serve(waiting.getId(), waiting.getVersion()), "ticket",
                "Số CT-002 không còn ở trạng thái đang gọi");

        at(2025, 3, 11, 8, 3);
        Ticket first = queue.callNext(q1).orElseThrow();
        long loaded = first.getVersion();
        at(2025, 3, 11, 8, 9);
        Ticket served = queue.serve(first.getId(), loaded);
        assertThat(served.getStatus()).isEqualTo(TicketStatus.SERVED);
        assertThat(served.getServedUntil()).isEqualTo(LocalDateTime.of(2025, 3, 11, 8, 9));
        refused(() -> queue.noShow(served.getId(), served.getVersion()), "ticket",
                "Số CT-001 không còn ở trạng thái đang gọi");
        assertThatThrownBy(() -> queue.serve(first.getId(), loaded))
                .as("a second tab still holds the version before 'served'")
                .isInstanceOf(ConcurrentEditException.class);

        Ticket second = queue.callNext(q1).orElseThrow();
        Ticket absent = queue.noShow(second.getId(), second.getVersion());
        assertThat(absent.getStatus()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(absent.getServedUntil()).as("a no-show has no service time").isNull();
    }

    @Test
    void recallAnnouncesAgainButKeepsTheFirstCallForTheWait() {
        at(2025, 3, 12, 8, 0);
        TestKiosk.issue(devices, queue, ht);
        at(2025, 3, 12, 8, 5);
        Ticket called = queue.callNext(q3).orElseThrow();
        at(2025, 3, 12, 8, 7);
        Ticket recalled = queue.recall(called.getId(), called.getVersion());
        assertThat(recalled.getCalledAt()).isEqualTo(LocalDateTime.of(2025, 3, 12, 8, 5));
        assertThat(recalled.getAnnouncedAt()).isEqualTo(LocalDateTime.of(2025, 3, 12, 8, 7));
        assertThat(recalled.getRecallCount()).isEqualTo(1);
        assertThat(recalled.getStatus()).isEqualTo(TicketStatus.CALLED);
        Board board = queue.board();
        assertThat(board.counters()).filteredOn(c -> c.counterId() == q3).singleElement()
                .satisfies(c -> {
                    assertThat(c.number()).isEqualTo("HT-001");
                    assertThat(c.counterName()).isEqualTo("Quầy 3");
                    assertThat(c.recallCount()).isEqualTo(1);
                });
        Ticket done = queue.serve(recalled.getId(), recalled.getVersion());
        refused(() -> queue.recall(done.getId(), done.getVersion()), "ticket",
                "Số HT-001 không còn ở trạng thái đang gọi");
    }

    @Test
    void aTransferGivesANewNumberInTheTargetFieldAheadOfLaterArrivals() {
        at(2025, 3, 13, 8, 0);
        TestKiosk.issue(devices, queue, ct);                       // CT-001 08:00
        at(2025, 3, 13, 8, 10);
        TestKiosk.issue(devices, queue, ht);                       // HT-001 08:10, arrived later
        at(2025, 3, 13, 8, 15);
        Ticket called = queue.callNext(q1).orElseThrow();
        refused(() -> queue.transfer(called.getId(), called.getVersion(), ct), "field",
                "Hãy chọn một lĩnh vực khác với lĩnh vực hiện tại");
        refused(() -> queue.transfer(called.getId(), called.getVersion(), null), "field", "Không được để trống");

        at(2025, 3, 13, 8, 20);
        Ticket moved = queue.transfer(called.getId(), called.getVersion(), ht);
        assertThat(moved.getNumber()).isEqualTo("HT-002");
        assertThat(moved.getStatus()).isEqualTo(TicketStatus.WAITING);
        assertThat(moved.getTransferredFromId()).isEqualTo(called.getId());
        assertThat(moved.getIssuedAt()).isEqualTo(LocalDateTime.of(2025, 3, 13, 8, 20));
        assertThat(moved.getQueuedAt()).isEqualTo(LocalDateTime.of(2025, 3, 13, 8, 0));
        assertThat(queue.current(q1)).as("the counter is free again").isEmpty();
        assertThat(queue.waiting(q3)).extracting(Ticket::getNumber).containsExactly("HT-002", "HT-001");
        assertThat(queue.callNext(q3).orElseThrow().getNumber()).isEqualTo("HT-002");
    }

    @Test
    void aFieldWithoutAnOpenCounterGetsNoTicket() {
        at(2025, 3, 14, 8, 0);
        long adoption = SystemAccess.asAdmin(() -> fields.save(null, 0, "NCN", "Nuôi con nuôi")).getId();
        assertThat(queue.kioskFields()).extracting(QueueField::code)
                .containsExactlyInAnyOrder("BTXH", "CT", "HT", "NCC", "DD", "DKKD");
        refused(() -> TestKiosk.issue(devices, queue, adoption), "field", "Lĩnh vực này hiện không có quầy nào phục vụ");
        refused(() -> TestKiosk.issue(devices, queue, null), "field", "Không được để trống");

        ServiceCounter six = counters.listAll().stream().filter(c -> c.getCode().equals("Q6")).findFirst().orElseThrow();
        SystemAccess.asAdmin(() -> counters.save(new CounterDraft(six.getId(), six.getVersion(), "Q6", "Quầy 6",
                six.getFieldIds(), false)));
        assertThat(queue.kioskFields()).extracting(QueueField::code).doesNotContain("BTXH", "NCC");
        refused(() -> TestKiosk.issue(devices, queue, field("BTXH")), "field", "Lĩnh vực này hiện không có quầy nào phục vụ");
        refused(() -> queue.callNext(six.getId()), "counter", "Quầy này đã ngừng hoạt động");
        refused(() -> queue.callNext(null), "counter", "Hãy chọn quầy");
    }

    @Test
    @WithAnonymousUser
    void citizensTakeANumberWithoutLoginButCannotCallOrImport() {
        at(2025, 3, 17, 8, 0);
        assertThat(queue.kioskFields()).hasSize(6);
        assertThat(TestKiosk.issue(devices, queue, ct).number()).isEqualTo("CT-001");
        assertThat(queue.board().waiting()).isEqualTo(1);
        assertThatThrownBy(() -> queue.callNext(q1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.waiting(q1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> counters.listAll()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LEADER")
    void leadersReadFiguresButDoNotRunTheCounters() {
        assertThatThrownBy(() -> queue.callNext(q1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.recall(1, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheAdministratorImportsAndChangesCounters() {
        assertThatThrownBy(() -> queue.importHistory(java.util.List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> counters.save(new CounterDraft(null, 0, "Q9", "Quầy 9", Set.of(ct), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> counters.delete(q1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theImportRefusesTicketsThatCouldNotHaveHappened() {
        at(2025, 3, 18, 8, 0);
        LocalDateTime nine = LocalDateTime.of(2025, 3, 17, 9, 0);
        refused(() -> SystemAccess.asAdmin(() -> queue.importHistory(java.util.List.of(new TicketHistory(ct,
                LocalDate.of(2025, 3, 18).atTime(7, 30), nine, q1, null, nine, TicketStatus.SERVED)))),
                "issuedAt", "Chỉ nhập được số thứ tự của những ngày trước hôm nay");
        refused(() -> SystemAccess.asAdmin(() -> queue.importHistory(java.util.List.of(new TicketHistory(ht, nine,
                nine.plusMinutes(5), q1, null, nine.plusMinutes(9), TicketStatus.SERVED)))),
                "counter", "Quầy không phục vụ lĩnh vực này");
        refused(() -> SystemAccess.asAdmin(() -> queue.importHistory(java.util.List.of(new TicketHistory(ct, nine,
                nine.minusMinutes(1), q1, null, nine.plusMinutes(9), TicketStatus.SERVED)))),
                "calledAt", "Giờ gọi số không được trước giờ lấy số");
        refused(() -> SystemAccess.asAdmin(() -> queue.importHistory(java.util.List.of(new TicketHistory(ct, nine,
                nine.plusMinutes(2), q1, null, null, TicketStatus.WAITING)))),
                "status", "Số thứ tự nhập vào phải đã phục vụ xong hoặc vắng mặt");
        refused(() -> SystemAccess.asAdmin(() -> queue.importHistory(java.util.List.of(new TicketHistory(ct, nine,
                nine.plusMinutes(2), q1, null, nine.plusMinutes(1), TicketStatus.SERVED)))),
                "servedUntil", "Số đã phục vụ xong phải có giờ kết thúc, không trước giờ gọi; số vắng mặt thì không có");

        // Numbers continue after the tickets already stored for that day and field.
        SystemAccess.asAdmin(() -> queue.importHistory(java.util.List.of(
                new TicketHistory(ct, nine, nine.plusMinutes(2), q1, "tiepnhan", nine.plusMinutes(6), TicketStatus.SERVED))));
        SystemAccess.asAdmin(() -> queue.importHistory(java.util.List.of(
                new TicketHistory(ct, nine.plusMinutes(30), nine.plusMinutes(31), q2, "tiepnhan", null,
                        TicketStatus.NO_SHOW),
                new TicketHistory(ct, nine.plusMinutes(10), nine.plusMinutes(12), q1, "tiepnhan",
                        nine.plusMinutes(15), TicketStatus.SERVED))));
        assertThat(tickets.findAll()).filteredOn(t -> t.getIssuedOn().equals(LocalDate.of(2025, 3, 17)))
                .extracting(Ticket::getNumber, Ticket::getIssuedAt)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CT-001", nine),
                        org.assertj.core.groups.Tuple.tuple("CT-002", nine.plusMinutes(10)),
                        org.assertj.core.groups.Tuple.tuple("CT-003", nine.plusMinutes(30)));
        refused(() -> SystemAccess.asAdmin(() -> counters.delete(q2)), "delete",
                "Không thể xóa: quầy đã gọi số; hãy chuyển sang ngừng hoạt động");
    }
}
