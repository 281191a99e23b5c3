package vn.hcc.dashboard.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.ApologyLetterService;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.Dossier;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.pakn.Pakn;
import vn.hcc.dashboard.pakn.PaknCategory;
import vn.hcc.dashboard.pakn.PaknChannel;
import vn.hcc.dashboard.pakn.PaknDraft;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.pakn.PaknSteeringService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.IssuedTicket;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.QueueTestIds;
import vn.hcc.dashboard.queue.TestKiosk;
import vn.hcc.dashboard.queue.Ticket;
import vn.hcc.dashboard.ratings.RatingFixtures;
import vn.hcc.dashboard.ratings.RatingLevel;
import vn.hcc.dashboard.ratings.RatingReason;
import vn.hcc.dashboard.ratings.RatingService;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.visits.TimelineEvent.Kind;
import vn.hcc.dashboard.visits.TimelineEvent.Mark;

/**
 * A visit's timeline on real times: a citizen takes a ticket, is called to Quầy 3 by {@code tiepnhan} (Phạm Thị Lan),
 * hands in a dossier due three working days later that falls late, gets an apology letter with a new return day,
 * the result, and rates the visit. Also a dossier received online without a ticket, a petition naming a dossier, who
 * may open which, and unknown ids. Every test is rolled back.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class VisitTimelineServiceTest {

    @Autowired
    VisitTimelineService timelines;
    @Autowired
    QueueService queue;
    @Autowired
    DeviceService devices;
    @Autowired
    CounterService counters;
    @Autowired
    FieldService fields;
    @Autowired
    DossierService dossiers;
    @Autowired
    ApologyLetterService letters;
    @Autowired
    ProcedureService procedures;
    @Autowired
    RatingService ratings;
    @Autowired
    PaknService pakn;
    @Autowired
    PaknSteeringService steering;
    @Autowired
    UnitService units;
    @Autowired
    TestClock clock;

    long q3;
    long ht;

    static void as(String username, Role... roles) {
        SecurityContextHolder.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(username,
                null, Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList())));
    }

    @BeforeEach
    void ids() {
        SystemAccess.asAdmin(() -> {
            q3 = QueueTestIds.counter(counters, "Q3");
            ht = QueueTestIds.field(fields, "HT");
        });
        as("tiepnhan", Role.RECEPTION);
    }

    private LocalDateTime at(int month, int day, int hour, int minute) {
        LocalDateTime t = LocalDateTime.of(2025, month, day, hour, minute);
        clock.set(t);
        return t;
    }

    /** The whole visit of ticket HT-001 of Monday 03/03/2025; returns the ticket's id. */
    private long lateVisit() {
        at(3, 3, 7, 50);
        IssuedTicket issued = TestKiosk.issue(devices, queue, ht);
        clock.set(LocalDateTime.of(2025, 3, 3, 8, 5, 40));
        Ticket called = queue.callNext(q3).orElseThrow();
        // the form keeps the minute: received "08:05", told after the call of 08:05:40
        LocalDateTime received = LocalDateTime.of(2025, 3, 3, 8, 5);
        clock.set(LocalDateTime.of(2025, 3, 3, 8, 5, 50));
        // HT-03 takes 3 working days: due Thursday 06/03
        dossiers.record(dossiers.propose(procedures.findByCode("HT-03").orElseThrow().getId(), received, "VT-1",
                Channel.IN_PERSON), " ht-001 ");
        at(3, 3, 8, 25);
        Ticket served = queue.serve(called.getId(), called.getVersion());
        at(3, 7, 9, 0);
        Dossier d = dossiers.findByCode("VT-1").orElseThrow();
        d = letters.issue(d.getId(), d.getVersion(), "Trần Văn Bình", "Chờ xác minh của xã", LocalDate.of(2025, 3, 11));
        at(3, 10, 15, 30);
        d = dossiers.changeStatus(d.getId(), d.getVersion(), DossierStatus.RESOLVED, LocalDate.of(2025, 3, 10));
        at(3, 11, 10, 0);
        dossiers.changeStatus(d.getId(), d.getVersion(), DossierStatus.RETURNED, LocalDate.of(2025, 3, 11));
        at(3, 11, 10, 5);
        ratings.rate(RatingFixtures.tablet(devices, q3), served.getId(), RatingLevel.UNSATISFIED,
                RatingReason.WAITING_TIME, "Chờ kết quả lâu");
        assertThat(issued.id()).isEqualTo(served.getId());
        return served.getId();
    }

    private static List<String> steps(VisitTimeline t) {
        return t.events().stream().map(e -> (e.timed() ? e.at().toString() : e.at().toLocalDate().toString()) + " "
                + e.kind() + " " + e.mark() + " " + VisitTexts.vi(e.title())).toList();
    }

    @Test
    void aTicketsVisitTellsEveryStepInTimeOrderWithTheLateOnesMarked() {
        long ticket = lateVisit();
        VisitTimeline t = timelines.of(Map.of("ticket", String.valueOf(ticket)));

        assertThat(t.shown()).isTrue();
        assertThat(VisitTexts.vi(t.title())).isEqualTo("Lượt giao dịch số HT-001 ngày 03/03/2025");
        assertThat(steps(t)).containsExactly(
                "2025-03-03T07:50 TICKET_ISSUED NONE Lấy số thứ tự HT-001 – Hộ tịch",
                "2025-03-03T08:05:40 TICKET_CALLED NONE Gọi số HT-001 đến Quầy 3 (sau 15 phút chờ)",
                "2025-03-03T08:05 DOSSIER_RECEIVED NONE Tiếp nhận hồ sơ VT-1: Thủ tục đăng ký nhận cha, mẹ, con",
                "2025-03-03T08:25 TICKET_FINISHED NONE Phục vụ xong số HT-001 (19 phút tại quầy)",
                "2025-03-06 DUE LATE Quá hạn trả kết quả hồ sơ VT-1 (06/03/2025)",
                "2025-03-07T09:00 APOLOGY WARNING Thư xin lỗi hồ sơ VT-1, hẹn lại ngày trả 11/03/2025",
                "2025-03-10T15:30 DOSSIER_RESULT LATE Hồ sơ VT-1 có kết quả sau ngày hẹn trả",
                "2025-03-11T10:00 DOSSIER_RETURNED NONE Trả kết quả hồ sơ VT-1",
                "2025-03-11T10:05 RATING WARNING Đánh giá HT-001: Chưa hài lòng",
                "2025-03-11 DUE ON_TIME Ngày hẹn trả mới của hồ sơ VT-1: 11/03/2025");
        TimelineEvent called = t.events().get(1);
        assertThat(called.by()).isEqualTo("Phạm Thị Lan");
        TimelineEvent received = t.events().get(2);
        assertThat(received.by()).isEqualTo("Phạm Thị Lan");
        assertThat(VisitTexts.vi(received.detail())).isEqualTo("Đơn vị giải quyết: Phòng Tư pháp · Hình thức nộp: "
                + "Trực tiếp · Hẹn trả: 06/03/2025 · Cán bộ xử lý: —");
        assertThat(VisitTexts.vi(t.events().get(5).detail()))
                .isEqualTo("Lý do: Chờ xác minh của xã · Gửi: Trần Văn Bình");
        assertThat(VisitTexts.vi(t.events().get(8).detail()))
                .isEqualTo("Lý do: Thời gian chờ · Góp ý: Chờ kết quả lâu");
        // from the ticket, the dossier's steps lead to the dossier's own timeline
        assertThat(received.link()).isEqualTo("visit?dossier=VT-1");
        assertThat(t.related()).extracting(VisitTimeline.Related::link).containsExactly("visit?dossier=VT-1");
    }

    @Test
    void theDossiersTimelineIsTheSameVisitAndLinksBackToItsTicket() {
        long ticket = lateVisit();
        VisitTimeline fromDossier = timelines.ofDossier(" VT-1 ");
        VisitTimeline fromTicket = timelines.ofTicket(String.valueOf(ticket));

        assertThat(VisitTexts.vi(fromDossier.title())).isEqualTo("Hồ sơ VT-1");
        assertThat(steps(fromDossier)).isEqualTo(steps(fromTicket));
        assertThat(fromDossier.related()).extracting(VisitTimeline.Related::link)
                .containsExactly("visit?ticket=" + ticket);
        assertThat(fromDossier.events()).extracting(TimelineEvent::link).containsOnlyNulls();
    }

    @Test
    void aDossierWithoutATicketStartsAtItsReceiptAndItsDueDayIsAhead() {
        LocalDateTime received = at(3, 17, 14, 0);
        dossiers.record(dossiers.propose(procedures.findByCode("HT-03").orElseThrow().getId(), received, "VT-2",
                Channel.ONLINE));
        at(3, 18, 9, 30);
        Dossier d = dossiers.findByCode("VT-2").orElseThrow();
        dossiers.changeStatus(d.getId(), d.getVersion(), DossierStatus.SUPPLEMENT_REQUESTED, null);

        VisitTimeline t = timelines.ofDossier("VT-2");
        assertThat(steps(t)).containsExactly(
                "2025-03-17T14:00 DOSSIER_RECEIVED NONE Tiếp nhận hồ sơ VT-2: Thủ tục đăng ký nhận cha, mẹ, con",
                "2025-03-18T09:30 DOSSIER_STATUS WARNING Hồ sơ VT-2: Đang giải quyết → Chờ bổ sung",
                "2025-03-20 DUE UPCOMING Hạn trả kết quả hồ sơ VT-2: 20/03/2025");
        assertThat(t.related()).isEmpty();
        assertThat(t.events().get(1).by()).isEqualTo("Phạm Thị Lan");
    }

    @Test
    void aLateDossierWithoutALetterSaysSoAtItsDueDay() {
        LocalDateTime received = at(3, 17, 14, 0);
        dossiers.record(dossiers.propose(procedures.findByCode("HT-03").orElseThrow().getId(), received, "VT-3",
                Channel.IN_PERSON));
        at(3, 24, 8, 0);
        TimelineEvent due = timelines.ofDossier("VT-3").events().getLast();
        assertThat(due.mark()).isEqualTo(Mark.LATE);
        assertThat(VisitTexts.vi(due.detail())).isEqualTo("Chưa có thư xin lỗi và hẹn lại ngày trả");
    }

    @Test
    void aPetitionShowsItsHistoryAndTheVisitOfTheDossierItNames() {
        LocalDateTime received = at(3, 3, 8, 12);
        dossiers.record(dossiers.propose(procedures.findByCode("HT-03").orElseThrow().getId(), received, "VT-4",
                Channel.IN_PERSON));
        as("giamdoc", Role.DIRECTOR);
        at(3, 4, 10, 0);
        Pakn recorded = pakn.record(new PaknDraft(LocalDateTime.of(2025, 3, 4, 9, 45), PaknChannel.HOTLINE, "Trần Thị Hoa",
                null, "Cán bộ hẹn trả sai ngày", PaknCategory.CONDUCT, null, "VT-4", null));
        at(3, 4, 11, 0);
        Long unit = units.listAll().stream().filter(u -> u.getCode().equals("X-LAIHA")).findFirst().orElseThrow()
                .getId();
        Pakn p = steering.assign(recorded.getId(), recorded.getVersion(), unit, "pakn");
        as("pakn", Role.PAKN_HANDLER);
        LocalDate deadline = p.getDeadline();
        at(deadline.plusDays(deadline.getDayOfWeek().getValue() == 5 ? 3 : 1).getMonthValue(),
                deadline.plusDays(deadline.getDayOfWeek().getValue() == 5 ? 3 : 1).getDayOfMonth(), 16, 0);
        pakn.answer(p.getId(), p.getVersion(), "Đã trả kết quả đúng ngày hẹn mới.", "VT-4", true);

        VisitTimeline t = timelines.ofPakn(String.valueOf(p.getId()));
        assertThat(t.shown()).isTrue();
        assertThat(VisitTexts.vi(t.title())).isEqualTo("Phản ánh, kiến nghị số " + p.getId());
        assertThat(t.events()).extracting(TimelineEvent::at).isSorted();
        assertThat(t.events()).extracting(TimelineEvent::kind).containsSubsequence(Kind.DOSSIER_RECEIVED,
                Kind.PAKN_RECEIVED, Kind.PAKN_CHANGED, Kind.PAKN_CHANGED);
        List<String> steps = steps(t);
        assertThat(steps).contains("2025-03-04T09:45 PAKN_RECEIVED NONE Tiếp nhận PAKN số " + p.getId()
                + " qua Đường dây nóng");
        assertThat(steps).anyMatch(s -> s.startsWith("2025-03-04T11:00 PAKN_CHANGED NONE PAKN số " + p.getId()
                + ": Phân công"));
        TimelineEvent answered = t.events().stream().filter(e -> e.kind() == Kind.PAKN_CHANGED
                && e.title().args().contains(VisitText.key("pakn.action.SUBMITTED"))).findFirst().orElseThrow();
        assertThat(answered.mark()).isEqualTo(Mark.LATE);
        assertThat(VisitTexts.vi(answered.detail())).startsWith("Trả lời trễ 1 ngày làm việc");
        assertThat(t.events()).filteredOn(e -> e.kind() == Kind.DUE
                && e.title().key().startsWith("visit.event.pakn-deadline")).singleElement()
                .extracting(TimelineEvent::mark).isEqualTo(Mark.LATE);

        // another handler, reception and leadership
        as("khac", Role.PAKN_HANDLER);
        assertThat(VisitTexts.vi(timelines.ofPakn(String.valueOf(p.getId())).problem()))
                .isEqualTo("PAKN số " + p.getId() + " không được giao cho bạn nên bạn không xem được dòng thời gian"
                        + " của nó.");
        as("tiepnhan", Role.RECEPTION);
        assertThat(VisitTexts.vi(timelines.ofPakn(String.valueOf(p.getId())).problem()))
                .isEqualTo("Bạn không có quyền xem phản ánh, kiến nghị.");
        as("lanhdao", Role.LEADER);
        assertThat(timelines.ofPakn(String.valueOf(p.getId())).shown()).isTrue();
    }

    @Test
    void aPaknHandlerOpensNoTicketOrDossierDirectly() {
        lateVisit();
        as("pakn", Role.PAKN_HANDLER);
        assertThat(VisitTexts.vi(timelines.ofDossier("VT-1").problem())).startsWith(
                "Bạn không có quyền xem dòng thời gian của số thứ tự và hồ sơ.");
        assertThat(timelines.ofTicket("1").shown()).isFalse();
    }

    @Test
    void unknownIdsAndCodesAreSaidInASentence() {
        assertThat(VisitTexts.vi(timelines.of(Map.of("ticket", "abc")).problem()))
                .isEqualTo("Không tìm thấy số thứ tự \"abc\".");
        assertThat(VisitTexts.vi(timelines.of(Map.of("ticket", "987654321")).problem()))
                .isEqualTo("Không tìm thấy số thứ tự \"987654321\".");
        assertThat(VisitTexts.vi(timelines.of(Map.of("dossier", "KHONG-CO")).problem()))
                .isEqualTo("Không tìm thấy hồ sơ có mã \"KHONG-CO\".");
        as("giamdoc", Role.DIRECTOR);
        assertThat(VisitTexts.vi(timelines.of(Map.of("pakn", "-5")).problem()))
                .isEqualTo("Không tìm thấy PAKN số \"-5\".");
        assertThat(VisitTexts.vi(timelines.of(Map.of()).problem())).startsWith("Hãy mở dòng thời gian");
    }

    @Test
    void receptionLinksADossierOnlyToATicketIssuedThatDay() {
        LocalDateTime received = at(3, 3, 9, 0);
        assertThatThrownBy(() -> dossiers.record(dossiers.propose(procedures.findByCode("HT-03").orElseThrow()
                .getId(), received, "VT-5", Channel.IN_PERSON), "HT-099"))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("ticket");
                    assertThat(VisitTexts.vi(new VisitText(e.messageKey(),
                            Arrays.stream(e.args()).map(String::valueOf).toList())))
                            .isEqualTo("Không có số thứ tự HT-099 trong ngày 03/03/2025");
                });
    }
}
