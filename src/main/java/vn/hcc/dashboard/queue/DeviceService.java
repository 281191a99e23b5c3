package vn.hcc.dashboard.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.audit.AuditAction;
import vn.hcc.dashboard.audit.AuditEvent;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.NamesById;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The devices allowed to open the public pages. The administrator registers a device and opens the registration link
 * once on it; its browser then keeps the token in a cookie and every public page asks {@link #open} whether that
 * token belongs to a device of the page's kind. Revoking a device shuts its page at the next request.
 */
@Service
@Transactional
@Requires(Permission.DEVICE_ADMIN)
public class DeviceService {

    /** The link a device opens once to be registered; public, outside Vaadin, so that it can set an HttpOnly cookie. */
    public static final String REGISTRATION_PATH = "/thiet-bi/dang-ky";

    /** The cookie a registered device's browser keeps its token in. */
    public static final String COOKIE = "hcc_device";

    /** How stale "last seen" may be: a page open writes it at most once per this, not on every repaint. */
    private static final Duration SEEN_EVERY = Duration.ofMinutes(1);

    private final PublicDeviceRepository devices;
    private final ServiceCounterRepository counters;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditService audit;

    DeviceService(PublicDeviceRepository devices, ServiceCounterRepository counters, CurrentUser currentUser,
            Clock clock, AuditService audit) {
        this.devices = devices;
        this.counters = counters;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    /** Active devices first, then revoked ones, each by name. */
    @Transactional(readOnly = true)
    public Page<DeviceRow> rows(Pageable pageable) {
        Page<PublicDevice> page = devices.findAllByOrderByRevokedAtAscNameAsc(pageable);
        Map<Long, String> names = NamesById.of(page.getContent().stream().map(PublicDevice::getCounterId)
                .filter(Objects::nonNull).collect(Collectors.toSet()), counters::names);
        return page.map(d -> new DeviceRow(d, d.getCounterId() == null ? "" : names.getOrDefault(d.getCounterId(), "")));
    }

    @Transactional(readOnly = true)
    public long count() {
        return devices.count();
    }

    /** Creates a device with a fresh token; the token is in the answer and nowhere else. */
    public RegisteredDevice register(DeviceDraft draft) {
        String name = Validate.text("name", draft.name(), 200);
        DeviceKind kind = Validate.present("kind", draft.kind());
        if (devices.existsByNameIgnoreCaseAndRevokedAtIsNull(name)) {
            throw new FieldValidationException("name", "validation.duplicate-name", name);
        }
        if (draft.counterId() != null && !counters.existsById(draft.counterId())) {
            throw new FieldValidationException("counter", "queue.device.error.unknown-counter");
        }
        String token = vn.hcc.dashboard.base.SecretTokens.newToken();
        PublicDevice device = devices.save(new PublicDevice(name, kind, draft.counterId(), vn.hcc.dashboard.base.SecretTokens.hash(token),
                currentUser.username().orElse("system"), now()));
        audit.record(AuditEvent.created(AuditedType.DEVICE, device.getId(), device.getName(), audited(device)));
        return new RegisteredDevice(device, token);
    }

    /**
     * Shuts the device out for good; a new device (and link) replaces it. No version check: the device itself changes
     * its row (last seen) all day, and revoking twice is harmless.
     */
    public void revoke(long id) {
        PublicDevice device = devices.findById(id).orElseThrow(() -> new ConcurrentEditException("device", id));
        if (!device.isRevoked()) {
            Map<String, Object> before = audited(device);
            device.revoke(now());
            devices.saveAndFlush(device);
            audit.record(AuditEvent.of(AuditedType.DEVICE, id, device.getName(), AuditAction.STATUS, before,
                    audited(device)));
        }
    }

    /**
     * The device a public page of {@code kind} runs on, from the token in its browser's cookie; empty for a missing,
     * unknown or revoked token or a device of another kind. Notes the device as seen.
     */
    @PreAuthorize("permitAll()")
    public Optional<DeviceRef> open(String token, DeviceKind kind) {
        return active(token).filter(d -> d.getKind() == kind).map(d -> {
            LocalDateTime now = now();
            if (d.getLastSeenAt() == null || d.getLastSeenAt().isBefore(now.minus(SEEN_EVERY))) {
                d.seen(now);
            }
            return ref(d);
        });
    }

    /** The kind of the not revoked device with this token, for the registration link to send the browser on. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<DeviceKind> kindOf(String token) {
        return active(token).map(PublicDevice::getKind);
    }

    /** The not revoked device of {@code kind} with this token, or a refusal the kiosk shows; for the services. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public DeviceRef require(String token, DeviceKind kind) {
        return active(token).filter(d -> d.getKind() == kind).map(DeviceService::ref)
                .orElseThrow(() -> new FieldValidationException("device", "queue.device.error.not-registered"));
    }

    /** Whether any not revoked device of {@code kind} exists (the demo registers its rating tablet once). */
    @Transactional(readOnly = true)
    public boolean anyActive(DeviceKind kind) {
        return devices.existsByKindAndRevokedAtIsNull(kind);
    }

    private static DeviceRef ref(PublicDevice d) {
        return new DeviceRef(d.getId(), d.getName(), d.getKind(), d.getCounterId());
    }

    private Optional<PublicDevice> active(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return devices.findByTokenHash(vn.hcc.dashboard.base.SecretTokens.hash(token)).filter(d -> !d.isRevoked());
    }

    /** What the trail keeps of a device: never its token (only the hash is stored, and not even that is shown). */
    private static Map<String, Object> audited(PublicDevice d) {
        return AuditEvent.snapshot("name", d.getName(), "kind", d.getKind(), "counterId", d.getCounterId(),
                "revokedAt", d.getRevokedAt());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
