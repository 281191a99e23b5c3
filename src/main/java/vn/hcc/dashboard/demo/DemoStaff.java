package vn.hcc.dashboard.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.security.UserService;
import vn.hcc.dashboard.staff.DutyService;
import vn.hcc.dashboard.staff.EmploymentType;
import vn.hcc.dashboard.staff.StaffDraft;
import vn.hcc.dashboard.staff.StaffFilter;
import vn.hcc.dashboard.staff.StaffMember;
import vn.hcc.dashboard.staff.StaffService;
import vn.hcc.dashboard.cluster.OneNodeJobs;

/**
 * The roster of the Kim Thành Q3/2025 report's Center, "12; trong đó: 10 cán bộ, công chức thuộc biên chế ..., 02 nhân viên hỗ trợ",
 * linked to the demo accounts, and the duty schedule of last week and this week on the demo counters with a
 * voluntary Saturday. Runs after {@link DemoDataGenerator} and only while the roster is empty.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoStaff implements ApplicationRunner {

    /** The Kim Thành Q3/2025 report: the Center started on 1/7/2025, when the two-level local government began. */
    static final LocalDate SINCE = LocalDate.of(2025, 7, 1);

    private static final Logger LOG = LoggerFactory.getLogger(DemoStaff.class);

    record Person(String name, String position, EmploymentType type, String concurrentDuty, boolean signature,
            String username, List<String> fields, List<String> counters) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("Trần Thị Minh", "Giám đốc Trung tâm", EmploymentType.PERMANENT, null, true, "giamdoc",
                    List.of(), List.of()),
            new Person("Nguyễn Đức Thắng", "Phó Giám đốc Trung tâm", EmploymentType.PERMANENT, null, true, null,
                    List.of("CT"), List.of("Q1")),
            new Person("Phạm Thị Lan", "Công chức tiếp nhận và trả kết quả", EmploymentType.PERMANENT, null, false,
                    "tiepnhan", List.of("CT", "HT"), List.of("Q1", "Q2")),
            new Person("Đỗ Văn Hải", "Công chức Tư pháp – Hộ tịch", EmploymentType.PERMANENT, null, true, null,
                    List.of("HT", "CT"), List.of("Q2", "Q3")),
            new Person("Nguyễn Thị Hoa", "Công chức Tư pháp – Hộ tịch", EmploymentType.PERMANENT, null, false, null,
                    List.of("HT"), List.of("Q3")),
            new Person("Vũ Minh Tuấn", "Công chức Địa chính – Xây dựng", EmploymentType.PERMANENT, null, false, null,
                    List.of("DD"), List.of("Q4")),
            new Person("Lê Thị Thu", "Công chức Địa chính – Nông nghiệp – Môi trường", EmploymentType.PERMANENT, null,
                    false, null, List.of("DD"), List.of("Q4", "Q5")),
            new Person("Bùi Văn Long", "Công chức Tài chính – Kế hoạch", EmploymentType.PERMANENT, null, false, null,
                    List.of("DKKD", "DD"), List.of("Q5")),
            new Person("Đặng Thị Mai", "Công chức Văn hóa – Xã hội", EmploymentType.PERMANENT, null, false, null,
                    List.of("BTXH", "NCC"), List.of("Q6")),
            new Person("Hoàng Văn Nam", "Công chức xử lý phản ánh, kiến nghị", EmploymentType.PERMANENT,
                    "Công chức Văn phòng – Thống kê", true, "pakn", List.of("BTXH", "NCC"), List.of("Q6")),
            new Person("Ngô Thị Hương", "Nhân viên hỗ trợ hướng dẫn, số hóa hồ sơ", EmploymentType.SUPPORT, null,
                    false, null, List.of(), List.of()),
            new Person("Trịnh Văn Khoa", "Nhân viên hỗ trợ lấy số, hướng dẫn", EmploymentType.SUPPORT, null, false,
                    null, List.of(), List.of()));

    /** Counter code → who sits there Monday to Friday; on Friday Hoàng Văn Nam takes Quầy 6. */
    static final Map<String, String> SEATS = Map.of("Q1", "Phạm Thị Lan", "Q2", "Đỗ Văn Hải", "Q3", "Nguyễn Thị Hoa",
            "Q4", "Vũ Minh Tuấn", "Q5", "Bùi Văn Long", "Q6", "Đặng Thị Mai");

    /** The voluntary Saturday (the Kim Thành Q3/2025 report): certified copies and land, the busiest fields. */
    static final Map<String, String> SATURDAY = Map.of("Q1", "Nguyễn Đức Thắng", "Q4", "Lê Thị Thu");

    private final StaffService staff;
    private final DutyService duties;
    private final UnitService units;
    private final FieldService fields;
    private final CounterService counters;
    private final UserService users;
    private final Clock clock;

    private final OneNodeJobs jobs;

    DemoStaff(StaffService staff, DutyService duties, UnitService units, FieldService fields,
            CounterService counters, UserService users, Clock clock, OneNodeJobs jobs) {
        this.jobs = jobs;
        this.staff = staff;
        this.duties = duties;
        this.units = units;
        this.fields = fields;
        this.counters = counters;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // in a cluster only the oldest node fills or checks the shared database; the others start beside it
        jobs.run("demo-staff", this::runHere);
    }

    private void runHere() {
        SystemAccess.asAdmin(() -> {
            if (staff.count(StaffFilter.ALL) > 0 || counters.listAll().isEmpty()) {
                return;
            }
            Map<String, Long> ids = createRoster();
            LocalDate monday = DutyService.mondayOf(LocalDate.now(clock));
            int planned = plan(monday.minusWeeks(1), ids) + plan(monday, ids);
            LOG.info("Demo staff created: {} people, {} duties in last week and this week", ids.size(), planned);
        });
    }

    private Map<String, Long> createRoster() {
        Long center = units.listAll().stream().filter(u -> u.getCode().equals(DemoCatalog.CENTER.code()))
                .findFirst().map(u -> u.getId()).orElse(null);
        Map<String, Long> fieldIds = fields.listAll().stream().collect(Collectors.toMap(f -> f.getCode(), f -> f.getId()));
        Map<String, Long> counterIds = counters.listAll().stream()
                .collect(Collectors.toMap(c -> c.getCode(), c -> c.getId()));
        Map<String, Long> userIds = users.accounts().stream()
                .collect(Collectors.toMap(UserService.Account::username, UserService.Account::id));
        Map<String, Long> ids = new HashMap<>();
        for (Person p : PEOPLE) {
            StaffMember saved = staff.save(new StaffDraft(null, 0, p.name(), p.position(), p.type(),
                    p.type() == EmploymentType.SUPPORT ? null : center, p.concurrentDuty(), p.signature(), SINCE,
                    null, p.username() == null ? null : userIds.get(p.username()), ids(p.fields(), fieldIds),
                    ids(p.counters(), counterIds)));
            ids.put(p.name(), saved.getId());
        }
        return ids;
    }

    private static Set<Long> ids(List<String> codes, Map<String, Long> byCode) {
        return codes.stream().map(byCode::get).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    /** Every open day of the week; days off are skipped as the duty service refuses them. */
    private int plan(LocalDate monday, Map<String, Long> people) {
        Map<String, Long> counterIds = counters.listAll().stream()
                .collect(Collectors.toMap(c -> c.getCode(), c -> c.getId()));
        int planned = 0;
        for (int i = 0; i < 6; i++) {
            LocalDate day = monday.plusDays(i);
            Map<String, String> seats = new HashMap<>(day.getDayOfWeek() == DayOfWeek.SATURDAY ? SATURDAY : SEATS);
            if (day.getDayOfWeek() == DayOfWeek.FRIDAY) {
                seats.put("Q6", "Hoàng Văn Nam");
            }
            for (Map.Entry<String, String> seat : seats.entrySet()) {
                if (counterIds.containsKey(seat.getKey())) {
                    try {
                        duties.assign(day, people.get(seat.getValue()), counterIds.get(seat.getKey()));
                        planned++;
                    } catch (FieldValidationException dayOff) {
                        // a holiday in the demo weeks: no duty that day, as in a real schedule
                    }
                }
            }
        }
        return planned;
    }
}
