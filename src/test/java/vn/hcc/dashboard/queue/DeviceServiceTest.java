package vn.hcc.dashboard.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Only registered kiosks issue tickets, each at most {@code app.kiosk.max-tickets-per-minute} (6) a minute; only the
 * administrator registers and revokes devices; the table never holds a token. Citizens are anonymous throughout.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithAnonymousUser
class DeviceServiceTest {

    @Autowired
    DeviceService devices;
    @Autowired
    QueueService queue;
    @Autowired
    FieldService fields;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    long ct;

    @BeforeEach
    void setUp() {
        ct = SystemAccess.asAdmin(() -> QueueTestIds.field(fields, "CT"));
        clock.set(LocalDateTime.of(2025, 4, 7, 8, 0));
    }

    private RegisteredDevice register(String name, DeviceKind kind) {
        return SystemAccess.asAdmin(() -> devices.register(new DeviceDraft(name, kind, null)));
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FieldValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private long waiting() {
        return queue.board().waiting();
    }

    @Test
    void anUnregisteredBrowserCannotIssue() {
        refused(() -> queue.issue(null, ct), "device", "queue.device.error.not-registered");
        refused(() -> queue.issue("", ct), "device", "queue.device.error.not-registered");
        refused(() -> queue.issue(vn.hcc.dashboard.base.SecretTokens.newToken(), ct), "device", "queue.device.error.not-registered");
        assertThat(waiting()).isZero();
    }

    @Test
    void aRegisteredKioskIssuesAndARevokedOneIsRefused() {
        RegisteredDevice kiosk = register("Kiosk thử", DeviceKind.KIOSK);
        assertThat(queue.issue(kiosk.token(), ct).number()).isEqualTo("CT-001");
        assertThat(devices.open(kiosk.token(), DeviceKind.KIOSK)).map(DeviceRef::name).contains("Kiosk thử");

        SystemAccess.asAdmin(() -> devices.revoke(kiosk.device().getId()));
        refused(() -> queue.issue(kiosk.token(), ct), "device", "queue.device.error.not-registered");
        assertThat(devices.open(kiosk.token(), DeviceKind.KIOSK)).isEmpty();
        assertThat(devices.kindOf(kiosk.token())).isEmpty();
        assertThat(waiting()).isEqualTo(1);
    }

    @Test
    void aDisplayIsNoKiosk() {
        RegisteredDevice display = register("Màn hình thử", DeviceKind.DISPLAY);
        refused(() -> queue.issue(display.token(), ct), "device", "queue.device.error.not-registered");
        assertThat(devices.open(display.token(), DeviceKind.KIOSK)).isEmpty();
        assertThat(devices.open(display.token(), DeviceKind.DISPLAY)).isPresent();
        assertThat(devices.kindOf(display.token())).contains(DeviceKind.DISPLAY);
    }

    @Test
    void aKioskIssuesAtMostSixTicketsInAnyMinute() {
        RegisteredDevice kiosk = register("Kiosk 1", DeviceKind.KIOSK);
        RegisteredDevice other = register("Kiosk 2", DeviceKind.KIOSK);
        for (int i = 0; i < 6; i++) {
            clock.set(LocalDateTime.of(2025, 4, 7, 8, 0, i * 5));
            queue.issue(kiosk.token(), ct);
        }
        clock.set(LocalDateTime.of(2025, 4, 7, 8, 0, 59));
        assertThatThrownBy(() -> queue.issue(kiosk.token(), ct)).isInstanceOfSatisfying(
                FieldValidationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("queue.kiosk.error.too-many");
                    assertThat(e.args()).containsExactly(6);
                });
        assertThat(queue.issue(other.token(), ct).number()).as("the limit is per kiosk").isEqualTo("CT-007");
        clock.set(LocalDateTime.of(2025, 4, 7, 8, 1, 0, 1000));
        assertThat(queue.issue(kiosk.token(), ct).number()).as("the first ticket left the window")
                .isEqualTo("CT-008");
        refused(() -> queue.issue(kiosk.token(), ct), "field", "queue.kiosk.error.too-many");
        assertThat(waiting()).isEqualTo(8);
    }

    @Test
    void theTableNeverHoldsTheToken() {
        RegisteredDevice kiosk = register("Kiosk thử", DeviceKind.KIOSK);
        assertThat(Base64.getUrlDecoder().decode(kiosk.token())).as("256 random bits").hasSize(32);
        assertThat(register("Kiosk 2", DeviceKind.KIOSK).token()).isNotEqualTo(kiosk.token());
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM public_device");
        assertThat(rows).as("the demo's three devices and these two").hasSize(5).allSatisfy(row -> assertThat(row.values()).noneSatisfy(
                v -> assertThat(String.valueOf(v)).contains(kiosk.token())));
        assertThat(jdbc.queryForObject("SELECT token_hash FROM public_device WHERE id = ?", String.class,
                kiosk.device().getId())).isEqualTo(vn.hcc.dashboard.base.SecretTokens.hash(kiosk.token())).hasSize(64);
        assertThat(kiosk.registrationPath()).isEqualTo("/thiet-bi/dang-ky?token=" + kiosk.token());
    }

    @Test
    void theDemoRegistersAHallKioskAndAHallDisplayAndARatingTabletForQuay1() {
        assertThat(SystemAccess.asAdmin(() -> devices.rows(Pageable.unpaged()))
                .map(r -> r.device().getName() + " " + r.device().getKind() + " " + r.counterName()))
                .containsExactlyInAnyOrder("Kiosk sảnh KIOSK ", "Màn hình sảnh DISPLAY ",
                        "Máy tính bảng đánh giá Quầy 1 RATING_TABLET Quầy 1");
    }

    @Test
    void lastSeenIsWrittenAtMostOnceAMinute() {
        RegisteredDevice display = register("Màn hình thử", DeviceKind.DISPLAY);
        long id = display.device().getId();
        assertThat(lastSeen(id)).isNull();
        clock.set(LocalDateTime.of(2025, 4, 7, 8, 0));
        devices.open(display.token(), DeviceKind.DISPLAY);
        clock.set(LocalDateTime.of(2025, 4, 7, 8, 0, 50));
        devices.open(display.token(), DeviceKind.DISPLAY);
        assertThat(lastSeen(id)).isEqualTo(LocalDateTime.of(2025, 4, 7, 8, 0));
        clock.set(LocalDateTime.of(2025, 4, 7, 8, 1, 30));
        devices.open(display.token(), DeviceKind.DISPLAY);
        assertThat(lastSeen(id)).isEqualTo(LocalDateTime.of(2025, 4, 7, 8, 1, 30));
    }

    private LocalDateTime lastSeen(long id) {
        return SystemAccess.asAdmin(() -> devices.rows(Pageable.unpaged())
                .getContent().stream().filter(r -> r.device().getId() == id).findFirst().orElseThrow().device()
                .getLastSeenAt());
    }

    @Test
    void aDeviceNeedsANameAndAKindAndAKnownCounter() {
        SystemAccess.asAdmin(() -> {
            refused(() -> devices.register(new DeviceDraft(" ", DeviceKind.KIOSK, null)), "name",
                    "validation.required");
            refused(() -> devices.register(new DeviceDraft("Kiosk", null, null)), "kind", "validation.required");
            refused(() -> devices.register(new DeviceDraft("Kiosk", DeviceKind.KIOSK, -1L)), "counter",
                    "queue.device.error.unknown-counter");
            devices.register(new DeviceDraft("Kiosk", DeviceKind.KIOSK, null));
            refused(() -> devices.register(new DeviceDraft("kiosk", DeviceKind.DISPLAY, null)), "name",
                    "validation.duplicate-name");
        });
    }

    @Test
    @WithMockUser(username = "giamdoc", roles = "DIRECTOR")
    void onlyTheAdministratorRegistersAndRevokes() {
        RegisteredDevice kiosk = register("Kiosk thử", DeviceKind.KIOSK);
        assertThatThrownBy(() -> devices.register(new DeviceDraft("Kiosk 2", DeviceKind.KIOSK, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> devices.revoke(kiosk.device().getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> devices.rows(Pageable.unpaged()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(devices.kindOf(kiosk.token())).as("still registered").contains(DeviceKind.KIOSK);
    }
}
