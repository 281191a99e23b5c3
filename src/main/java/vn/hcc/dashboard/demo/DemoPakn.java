package vn.hcc.dashboard.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.catalog.UnitKind;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.pakn.PaknHandler;
import vn.hcc.dashboard.pakn.PaknHistoricItem;
import vn.hcc.dashboard.pakn.PaknQuery;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.security.UserService;
import vn.hcc.dashboard.cluster.OneNodeJobs;

/**
 * A year of demo petitions ({@code app.demo.pakn-per-week}, 0 in tests) for the demo handler {@code pakn} and two
 * more handler accounts, added whenever the PAKN table is empty, so an existing demo database gets them too.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoPakn implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPakn.class);

    private final PaknService pakn;
    private final UserService users;
    private final UnitService units;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int perWeek;

    private final OneNodeJobs jobs;

    DemoPakn(PaknService pakn, UserService users, UnitService units, WorkingDayCalendar calendar, Clock clock,
            @Value("${app.demo.pakn-per-week:6}") int perWeek, OneNodeJobs jobs) {
        this.jobs = jobs;
        this.pakn = pakn;
        this.users = users;
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
        this.perWeek = perWeek;
    }

    @Override
    public void run(ApplicationArguments args) {
        // in a cluster only the oldest node fills or checks the shared database; the others start beside it
        jobs.run("demo-pakn", this::runHere);
    }

    private void runHere() {
        if (perWeek <= 0) {
            return;
        }
        SystemAccess.asAdmin(() -> {
            LocalDate today = LocalDate.now(clock);
            if (pakn.count(PaknQuery.all(today)) > 0) {
                return;
            }
            Set<String> existing = pakn.handlers().stream().map(PaknHandler::username).collect(Collectors.toSet());
            if (!existing.contains("pakn")) {
                return; // not the demo accounts: leave a real database alone
            }
            handler(existing, "pakn2", "Đỗ Thị Thu");
            handler(existing, "pakn3", "Ngô Văn Phúc");
            List<String> handlers = pakn.handlers().stream().map(PaknHandler::username)
                    .sorted((a, b) -> a.equals("pakn") ? -1 : b.equals("pakn") ? 1 : a.compareTo(b)).toList();
            List<DemoPaknItems.Place> communes = units.listAll().stream().filter(u -> u.getKind() == UnitKind.COMMUNE)
                    .map(u -> new DemoPaknItems.Place(u.getId(), u.getName().replace("UBND ", ""))).toList();
            List<DemoPaknItems.Place> offices = units.listAll().stream().filter(u -> u.getKind() != UnitKind.COMMUNE)
                    .map(u -> new DemoPaknItems.Place(u.getId(), null)).toList();
            List<PaknHistoricItem> batch = new ArrayList<>();
            new DemoPaknItems(calendar.snapshot(), communes, offices, handlers).generate(today, perWeek, batch::add);
            int created = batch.isEmpty() ? 0 : pakn.importHistory(batch);
            LOG.info("Demo PAKN created: {} petitions, handlers {}", created, handlers);
        });
    }

    private void handler(Set<String> existing, String username, String fullName) {
        if (!existing.contains(username)) {
            try {
                users.createDemoAccount(new UserService.NewUser(username, fullName, DemoDataGenerator.DEMO_PASSWORD,
                        EnumSet.of(Role.PAKN_HANDLER)));
            } catch (vn.hcc.dashboard.base.FieldValidationException taken) {
                LOG.info("Demo PAKN: account {} exists and is not a PAKN handler; left alone", username);
            }
        }
    }
}
