package vn.hcc.dashboard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.queue.CounterDraft;
import vn.hcc.dashboard.queue.CounterRow;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceDraft;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.KioskSettings;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.RegisteredDevice;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * What the call benchmark needs, all through the services as the administrator and a kiosk would do it: a counter
 * {@code BENCH-CALL} serving the first generated field (created on the first run, reused after), the registered
 * display and wall devices of this run, and the waiting tickets it calls, issued at kiosks of this run (a kiosk
 * issues at most {@code app.kiosk.max-tickets-per-minute} a minute, so there are as many kiosks as that needs). Every
 * device of the run is revoked at the end: the tokens exist only in this run, and a later run registers its own.
 */
final class CallSetup {

    static final String COUNTER_CODE = "BENCH-CALL";

    private final Bench.Context context;
    private final String run;
    private final List<Long> devices = new ArrayList<>();

    CallSetup(Bench.Context context, String run) {
        this.context = context;
        this.run = run;
    }

    /** The counter called at, and the field of its tickets. */
    record Counter(long id, long field) {
    }

    /** The active counter {@code BENCH-CALL}, serving the first generated field ({@code BF-…}). */
    Counter counter() {
        CounterService counters = context.bean(CounterService.class);
        return SystemAccess.asAdmin(() -> {
            // the rows read the counters' fields inside the service's transaction
            for (CounterRow row : counters.activeRows()) {
                if (COUNTER_CODE.equals(row.counter().getCode())) {
                    return new Counter(row.counter().getId(), row.counter().getFieldIds().iterator().next());
                }
            }
            long field = context.bean(FieldService.class).listPublic().stream()
                    .filter(f -> f.getCode().startsWith("BF-")).map(WorkField::getId).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no generated field (BF-…): generate the data first"
                            + " (ExportBenchTest, the first JVM of -Pbench)"));
            long id = counters.save(new CounterDraft(null, 0, COUNTER_CODE, "Quầy thử tải gọi số", Set.of(field),
                    true)).getId();
            return new Counter(id, field);
        });
    }

    /** {@code count} devices of {@code kind}, registered now; their registration links hold the tokens. */
    List<RegisteredDevice> register(DeviceKind kind, int count) {
        DeviceService service = context.bean(DeviceService.class);
        return SystemAccess.asAdmin(() -> {
            List<RegisteredDevice> list = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String name = String.format(Locale.ROOT, "Thử tải %s %s %02d", kind.route(), run, i);
                RegisteredDevice device = service.register(new DeviceDraft(name, kind, null));
                devices.add(device.device().getId());
                list.add(device);
            }
            return list;
        });
    }

    /**
     * {@code count} tickets of the counter's field, issued at the kiosks of this run; the kiosk's opening hours are
     * set aside meanwhile (the benchmark runs at any hour), as {@code app.queue.kiosk.always-open} does.
     */
    void tickets(Counter counter, int count) {
        QueueService queue = context.bean(QueueService.class);
        int perKiosk = context.spring().getEnvironment().getProperty("app.kiosk.max-tickets-per-minute",
                Integer.class, 6);
        List<RegisteredDevice> kiosks = register(DeviceKind.KIOSK, (count + perKiosk - 1) / perKiosk);
        KioskSettings settings = context.bean(KioskSettings.class);
        boolean alwaysOpen = settings.isAlwaysOpen();
        settings.setAlwaysOpen(true);
        try {
            for (int i = 0; i < count; i++) {
                queue.issue(kiosks.get(i / perKiosk).token(), counter.field());
            }
        } finally {
            settings.setAlwaysOpen(alwaysOpen);
        }
    }

    /** Revokes every device registered by this run. */
    void revokeAll() {
        DeviceService service = context.bean(DeviceService.class);
        SystemAccess.asAdmin(() -> devices.forEach(service::revoke));
    }
}
