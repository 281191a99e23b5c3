package vn.hcc.dashboard.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.data.domain.Pageable;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.ProcedureDraft;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitDraft;
import vn.hcc.dashboard.catalog.UnitKind;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.queue.CounterDraft;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.TicketHistory;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.security.UserService;
import vn.hcc.dashboard.cluster.OneNodeJobs;

/**
 * Fills an empty database with the same demo catalogue, one account per role, the hall's counters, twelve months of
 * dossiers up to today ({@code app.demo.dossiers-per-day}, 0 in tests) and the queue tickets of those months
 * ({@code app.demo.tickets-per-day}, 0 in tests) on every fresh start. A database
 * that already has users is left alone, so restarts keep what the user changed.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoDataGenerator implements ApplicationRunner {

    /** Every demo account has this password; the README lists the accounts. */
    static final String DEMO_PASSWORD = "demo1234";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataGenerator.class);

    private final UserService users;
    private final UnitService units;
    private final FieldService fields;
    private final ProcedureService procedures;
    private final DossierService dossiers;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int dossiersPerDay;
    private final CounterService counters;
    private final QueueService queue;
    private final int ticketsPerDay;

    private final OneNodeJobs jobs;

    DemoDataGenerator(UserService users, UnitService units, FieldService fields, ProcedureService procedures,
            DossierService dossiers, WorkingDayCalendar calendar, Clock clock,
            @Value("${app.demo.dossiers-per-day:70}") int dossiersPerDay, CounterService counters, QueueService queue,
            @Value("${app.demo.tickets-per-day:72}") int ticketsPerDay, OneNodeJobs jobs) {
        this.jobs = jobs;
        this.users = users;
        this.units = units;
        this.fields = fields;
        this.procedures = procedures;
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.clock = clock;
        this.dossiersPerDay = dossiersPerDay;
        this.counters = counters;
        this.queue = queue;
        this.ticketsPerDay = ticketsPerDay;
    }

    @Override
    public void run(ApplicationArguments args) {
        // in a cluster only the oldest node fills or checks the shared database; the others start beside it
        jobs.run("demo-data", this::runHere);
    }

    private void runHere() {
        SystemAccess.asAdmin(() -> {
            if (users.count() > 0) {
                return;
            }
            createUsers();
            createCatalog();
            createCounters();
            DemoTickets.InPerson inPerson = new DemoTickets.InPerson();
            int created = createDossiers(inPerson);
            int tickets = createTickets(inPerson);
            LOG.info("Demo data created: {} procedures, {} dossiers, {} queue tickets, accounts "
                    + "admin/giamdoc/lanhdao/tiepnhan/pakn", procedures.count(), created, tickets);
        });
    }

    private void createUsers() {
        user("admin", "Nguyễn Văn Quản", Role.ADMIN);
        user("giamdoc", "Trần Thị Minh", Role.DIRECTOR);
        user("lanhdao", "Lê Văn Hùng", Role.LEADER);
        user("tiepnhan", "Phạm Thị Lan", Role.RECEPTION);
        user("pakn", "Hoàng Văn Nam", Role.PAKN_HANDLER);
    }

    private void user(String username, String fullName, Role role) {
        users.createDemoAccount(new UserService.NewUser(username, fullName, DEMO_PASSWORD, EnumSet.of(role)));
    }

    private int createDossiers(DemoTickets.InPerson inPerson) {
        List<Procedure> all = procedures.search("", null, null, Pageable.unpaged()).getContent();
        List<DossierData> batch = new ArrayList<>();
        int[] created = {0};
        LocalDateTime now = LocalDateTime.now(clock);
        new DemoDossiers(all, calendar.snapshot()).generate(now.toLocalDate(), dossiersPerDay, d -> {
            if (d.receivedAt().isAfter(now)) {
                return; // today's dossiers of the hours still to come have not arrived yet
            }
            inPerson.add(d);
            batch.add(d);
            if (batch.size() == 1000) {
                created[0] += dossiers.recordAll(batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            created[0] += dossiers.recordAll(batch);
        }
        return created[0];
    }

    private void createCounters() {
        Map<String, Long> fieldIds = fieldIdsByCode();
        for (DemoCatalog.CounterRow c : DemoCatalog.COUNTERS) {
            counters.save(new CounterDraft(null, 0, c.code(), c.name(),
                    c.fieldCodes().stream().map(fieldIds::get).collect(java.util.stream.Collectors.toSet()), true));
        }
    }

    /** The tickets of the demo year, consistent with the in-person dossiers just created (see DemoTickets). */
    private int createTickets(DemoTickets.InPerson inPerson) {
        List<TicketHistory> batch = new ArrayList<>();
        int[] created = {0};
        demoTickets().generate(LocalDate.now(clock), ticketsPerDay, inPerson, t -> {
            batch.add(t);
            if (batch.size() == 2000) {
                created[0] += queue.importHistory(batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            created[0] += queue.importHistory(batch);
        }
        return created[0];
    }

    DemoTickets demoTickets() {
        Map<String, Long> fieldIds = fieldIdsByCode();
        Map<Long, Integer> enquiries = new HashMap<>();
        DemoCatalog.ENQUIRIES.forEach((code, w) -> enquiries.put(fieldIds.get(code), w));
        Map<Long, int[]> service = new HashMap<>();
        DemoCatalog.SERVICE_MINUTES.forEach((code, m) -> service.put(fieldIds.get(code), m));
        List<DemoTickets.Counter> demoCounters = counters.listAll().stream()
                .map(c -> new DemoTickets.Counter(c.getId(), c.getFieldIds())).toList();
        return new DemoTickets(demoCounters, enquiries, service, calendar.snapshot());
    }

    private Map<String, Long> fieldIdsByCode() {
        Map<String, Long> ids = new HashMap<>();
        fields.listAll().forEach(f -> ids.put(f.getCode(), f.getId()));
        return ids;
    }

    private void createCatalog() {
        Map<String, Long> unitIds = new HashMap<>();
        Unit center = units.save(new UnitDraft(null, 0, DemoCatalog.CENTER.code(), DemoCatalog.CENTER.name(),
                UnitKind.CENTER, null, true));
        unitIds.put(center.getCode(), center.getId());
        DemoCatalog.DEPARTMENTS.forEach(u -> unitIds.put(u.code(), units.save(
                new UnitDraft(null, 0, u.code(), u.name(), UnitKind.DEPARTMENT, center.getId(), true)).getId()));
        DemoCatalog.COMMUNES.forEach(u -> unitIds.put(u.code(), units.save(
                new UnitDraft(null, 0, u.code(), u.name(), UnitKind.COMMUNE, center.getId(), true)).getId()));
        Map<String, Long> fieldIds = new HashMap<>();
        for (DemoCatalog.FieldRow f : DemoCatalog.FIELDS) {
            WorkField saved = fields.save(null, 0, f.code(), f.name());
            fieldIds.put(f.code(), saved.getId());
        }
        for (DemoCatalog.ProcedureRow p : DemoCatalog.PROCEDURES) {
            procedures.save(new ProcedureDraft(null, 0, p.code(), p.name(), fieldIds.get(p.fieldCode()),
                    unitIds.get(p.unitCode()), p.level(), p.days(), p.fee(), p.afternoonCutoff(), true));
        }
    }
}
