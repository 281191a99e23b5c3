package vn.hcc.dashboard.visits.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.ui.AccessDeniedView;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.QueueTestIds;
import vn.hcc.dashboard.queue.TestKiosk;
import vn.hcc.dashboard.queue.Ticket;
import vn.hcc.dashboard.ratings.ImportedRating;
import vn.hcc.dashboard.ratings.RatingLevel;
import vn.hcc.dashboard.ratings.RatingService;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The timeline view per role, with an unknown id, and the places that link to it: the ratings' unsatisfied list and
 * the dashboard's overdue list (the intake details: {@code IntakeVisitLinkTest}). One visit of 02/04/2025: ticket
 * HT-001 called to Quầy 3 by Phạm Thị Lan, dossier VV-1 received with it, due 08/04/2025 (07/04 is Giỗ Tổ Hùng Vương) and overdue since.
 */
class VisitViewTest extends KaribuTest {

    @Autowired
    DossierService dossiers;
    @Autowired
    ProcedureService procedures;
    @Autowired
    QueueService queue;
    @Autowired
    DeviceService devices;
    @Autowired
    CounterService counters;
    @Autowired
    FieldService fields;
    @Autowired
    RatingService ratings;
    @Autowired
    TestClock clock;

    static Long ticketId;

    @BeforeEach
    void oneVisit() {
        if (ticketId != null && SystemAccess.asAdmin(() -> dossiers.findByCode("VV-1")).isPresent()) {
            return;
        }
        login("tiepnhan", Role.RECEPTION);
        long q3 = SystemAccess.asAdmin(() -> QueueTestIds.counter(counters, "Q3"));
        long ht = SystemAccess.asAdmin(() -> QueueTestIds.field(fields, "HT"));
        clock.set(LocalDateTime.of(2025, 4, 2, 8, 0));
        TestKiosk.issue(devices, queue, ht);
        clock.set(LocalDateTime.of(2025, 4, 2, 8, 10));
        Ticket called = queue.callNext(q3).orElseThrow();
        clock.set(LocalDateTime.of(2025, 4, 2, 8, 20));
        dossiers.record(dossiers.propose(procedures.findByCode("HT-03").orElseThrow().getId(),
                LocalDateTime.of(2025, 4, 2, 8, 15), "VV-1", Channel.IN_PERSON), called.getNumber());
        clock.reset();
        ticketId = called.getId();
    }

    private static List<String> steps() {
        return _find(ListItem.class, s -> s.withClasses("visit-step")).stream()
                .map(li -> li.getElement().getTextRecursively()).toList();
    }

    private static String message() {
        return _get(VisitView.class).message.getText();
    }

    @Test
    void receptionSeesTheTicketsVisitWithTheLateDueDayAndALinkToTheDossier() {
        login("tiepnhan", Role.RECEPTION);
        UI.getCurrent().navigate("visit", QueryParameters.of("ticket", String.valueOf(ticketId)));
        VisitView view = _get(VisitView.class);
        assertThat(view.title.getText()).isEqualTo("Lượt giao dịch số HT-001 ngày 02/04/2025");
        assertThat(view.getPageTitle()).isEqualTo(view.title.getText());
        List<String> steps = steps();
        assertThat(steps).hasSize(4);
        assertThat(steps.get(0)).startsWith("02/04/2025 08:00").contains("Lấy số thứ tự HT-001 – Hộ tịch");
        assertThat(steps.get(1)).startsWith("02/04/2025 08:10").contains("Gọi số HT-001 đến Quầy 3",
                "Người thực hiện: Phạm Thị Lan");
        assertThat(steps.get(2)).startsWith("02/04/2025 08:15").contains("Tiếp nhận hồ sơ VV-1");
        // 07/04/2025 is Giỗ Tổ Hùng Vương, not a working day
        assertThat(steps.get(3)).startsWith("08/04/2025").contains("Quá hạn trả kết quả hồ sơ VV-1", "Trễ hạn",
                "Chưa có thư xin lỗi");
        assertThat(_find(ListItem.class, s -> s.withClasses("mark-LATE"))).hasSize(1);
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("visit?dossier=VV-1");
    }

    @Test
    void leadershipOpensTheDossiersTimelineWhichLinksBackToTheTicket() {
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("visit", QueryParameters.of("dossier", "VV-1"));
        assertThat(_get(VisitView.class).title.getText()).isEqualTo("Hồ sơ VV-1");
        assertThat(_get(VisitView.class).message.isVisible()).isFalse();
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("visit?ticket=" + ticketId);
        assertThat(steps()).hasSize(4);
    }

    @Test
    void aPaknHandlerIsToldTicketsAndDossiersAreNotTheirs() {
        login("pakn", Role.PAKN_HANDLER);
        UI.getCurrent().navigate("visit", QueryParameters.of("dossier", "VV-1"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(VisitView.class);
        assertThat(message()).startsWith("Bạn không có quyền xem dòng thời gian của số thứ tự và hồ sơ.");
        assertThat(steps()).isEmpty();
        assertThat(_get(VisitView.class).title.isVisible()).isFalse();
    }

    @Test
    void receptionIsToldPetitionsAreNotTheirs() {
        login("tiepnhan", Role.RECEPTION);
        UI.getCurrent().navigate("visit", QueryParameters.of("pakn", "1"));
        assertThat(message()).isEqualTo("Bạn không có quyền xem phản ánh, kiến nghị.");
    }

    @Test
    void aBadIdOrCodeIsASentenceAndTheSearchOpensADossier() {
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("visit", QueryParameters.of("ticket", "x1"));
        assertThat(message()).isEqualTo("Không tìm thấy số thứ tự \"x1\".");
        UI.getCurrent().navigate("visit", QueryParameters.of("dossier", "KHONG-CO"));
        assertThat(message()).isEqualTo("Không tìm thấy hồ sơ có mã \"KHONG-CO\".");
        UI.getCurrent().navigate("visit");
        assertThat(message()).startsWith("Hãy mở dòng thời gian");
        _get(TextField.class, s -> s.withId("code")).setValue("VV-1");
        _click(_get(Button.class, s -> s.withId("open")));
        assertThat(_get(VisitView.class).title.getText()).isEqualTo("Hồ sơ VV-1");
    }

    @Test
    void signedOutNobodyOpensIt() {
        UI.getCurrent().navigate("visit", QueryParameters.of("dossier", "VV-1"));
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(VisitView.class);
    }

    @Test
    void theUnsatisfiedRatingsLinkToTheirVisit() {
        SystemAccess.asAdmin(() -> ratings.importRatings(List.of(new ImportedRating("VV-1", null, null,
                queue.today().atStartOfDay(), RatingLevel.UNSATISFIED))));
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("danh-gia-hai-long");
        @SuppressWarnings("unchecked")
        Grid<Object> unsatisfied = _get(Grid.class, s -> s.withId("unsatisfied"));
        Anchor link = (Anchor) GridKt._getCellComponent(unsatisfied, 0, "timeline");
        assertThat(link.getHref()).isEqualTo("visit?dossier=VV-1");
        assertThat(link.getText()).isEqualTo("Dòng thời gian");
    }

    @Test
    void theDashboardsOverdueListLinksToEachDossiersTimeline() {
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("dashboard");
        @SuppressWarnings("unchecked")
        Grid<Object> overdue = _get(Grid.class, s -> s.withId("overdue"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(overdue))
                .filter(r -> GridKt._getFormatted(overdue, r, "code").equals("VV-1")).findFirst().orElseThrow();
        Anchor link = (Anchor) GridKt._getCellComponent(overdue, row, "timeline");
        assertThat(link.getHref()).isEqualTo("visit?dossier=VV-1");
        assertThat(link.getElement().getAttribute("onclick")).isEqualTo("event.stopPropagation()");
    }

    @Test
    void everyRoleButSignedOutReachesTheRoute() {
        for (Role role : Role.values()) {
            login("x", role);
            UI.getCurrent().navigate("visit");
            assertThat(UI.getCurrent().getCurrentView()).as(role.name()).isInstanceOf(VisitView.class)
                    .isNotInstanceOf(AccessDeniedView.class);
        }
    }
}
