package vn.hcc.dashboard.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.intake.Dossier;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.QueueTestIds;
import vn.hcc.dashboard.queue.TestKiosk;
import vn.hcc.dashboard.queue.Ticket;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Reception records a dossier with the ticket served now at the counter chosen in the counter view (the session's
 * "queue.counter"), and a dossier's details link to its visit's timeline.
 */
class IntakeVisitLinkTest extends KaribuTest {

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
    TestClock clock;

    long q3;
    long ht;

    @BeforeEach
    void signIn() {
        login("tiepnhan", Role.RECEPTION);
        SystemAccess.asAdmin(() -> {
            q3 = QueueTestIds.counter(counters, "Q3");
            ht = QueueTestIds.field(fields, "HT");
        });
    }

    @Test
    void theTicketServedAtTheChosenCounterIsProposedAndKept() {
        clock.set(LocalDateTime.of(2025, 4, 2, 8, 0));
        TestKiosk.issue(devices, queue, ht);
        clock.set(LocalDateTime.of(2025, 4, 2, 8, 10));
        Ticket called = queue.callNext(q3).orElseThrow();
        VaadinSession.getCurrent().setAttribute("queue.counter", q3);

        UI.getCurrent().navigate("intake");
        _click(_get(Button.class, s -> s.withId("add")));
        NewDossierDialog dialog = _get(NewDossierDialog.class);
        assertThat(dialog.ticket.getValue()).isEqualTo(called.getNumber());
        dialog.code.setValue("VL-1");
        dialog.procedure.setValue(procedures.findByCode("HT-03").orElseThrow());
        _click(_get(Button.class, s -> s.withId("save")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(dossiers.findByCode("VL-1").orElseThrow().getTicketId()).isEqualTo(called.getId());
    }

    @Test
    void anUnknownTicketIsRefusedAtItsFieldAndNoCounterProposesNone() {
        clock.set(LocalDateTime.of(2025, 4, 3, 8, 0));
        VaadinSession.getCurrent().setAttribute("queue.counter", null);
        UI.getCurrent().navigate("intake");
        _click(_get(Button.class, s -> s.withId("add")));
        NewDossierDialog dialog = _get(NewDossierDialog.class);
        assertThat(dialog.ticket.getValue()).isEmpty();
        dialog.code.setValue("VL-2");
        dialog.procedure.setValue(procedures.findByCode("HT-03").orElseThrow());
        dialog.ticket.setValue("HT-777");
        _click(_get(Button.class, s -> s.withId("save")));
        assertThat(dialog.ticket.getErrorMessage()).isEqualTo("Không có số thứ tự HT-777 trong ngày 03/04/2025");
        assertThat(dossiers.findByCode("VL-2")).isEmpty();
    }

    @Test
    void theDetailsLinkToTheDossiersTimeline() {
        clock.set(LocalDateTime.of(2025, 4, 4, 9, 0));
        Dossier d = dossiers.record(dossiers.propose(procedures.findByCode("HT-03").orElseThrow().getId(),
                LocalDateTime.of(2025, 4, 4, 8, 0), "VL 3/A", vn.hcc.dashboard.intake.Channel.ONLINE));
        UI.getCurrent().navigate("intake", QueryParameters.of("code", d.getCode()));
        Anchor link = _get(Anchor.class, s -> s.withId("timeline"));
        assertThat(link.getHref()).isEqualTo("visit?dossier=VL+3%2FA");
        assertThat(link.getText()).isEqualTo("Xem dòng thời gian");
    }
}
