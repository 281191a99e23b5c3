package vn.hcc.dashboard.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.equipment.EquipmentFault;
import vn.hcc.dashboard.equipment.EquipmentFilter;
import vn.hcc.dashboard.equipment.EquipmentItem;
import vn.hcc.dashboard.equipment.EquipmentService;
import vn.hcc.dashboard.equipment.EquipmentStatus;
import vn.hcc.dashboard.equipment.EquipmentType;
import vn.hcc.dashboard.equipment.FaultDraft;
import vn.hcc.dashboard.equipment.ItemDraft;
import vn.hcc.dashboard.equipment.OutageDraft;
import vn.hcc.dashboard.equipment.OutageKind;
import vn.hcc.dashboard.equipment.OutageService;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.cluster.OneNodeJobs;

/**
 * The Ba Vì 2024 report's inventory (Ba Vì's one-stop shop, checked against Decree 61/2018 Art. 13) in the demo hall, a few
 * repaired faults, one broken photocopier, and three outages of the kinds the centers' reports blame for late dossiers, one of
 * them on the due day of late demo dossiers. The Ba Vì 2024 report's commune had five counters; the demo hall has six, so the sixth
 * counter gets the same kit (computer, printer, desk, rating tablet, three seats) and the checklist is met. Runs once,
 * when the inventory is empty, so an existing demo database gets it too.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoEquipment implements ApplicationRunner {

    private static final LocalDate BOUGHT = LocalDate.of(2023, 3, 15);
    private static final LocalDate WARRANTY = LocalDate.of(2026, 3, 15);

    private final EquipmentService equipment;
    private final OutageService outages;
    private final CounterService counters;
    private final DossierService dossiers;
    private final Clock clock;

    private final OneNodeJobs jobs;

    DemoEquipment(EquipmentService equipment, OutageService outages, CounterService counters, DossierService dossiers,
            Clock clock, OneNodeJobs jobs) {
        this.jobs = jobs;
        this.equipment = equipment;
        this.outages = outages;
        this.counters = counters;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // in a cluster only the oldest node fills or checks the shared database; the others start beside it
        jobs.run("demo-equipment", this::runHere);
    }

    private void runHere() {
        SystemAccess.asAdmin(() -> {
            if (equipment.count(EquipmentFilter.ALL) > 0) {
                return;
            }
            Map<String, Long> counterIds = counters.listAll().stream()
                    .collect(Collectors.toMap(ServiceCounter::getCode, ServiceCounter::getId));
            createInventory(counterIds);
            createOutages(counterIds);
        });
    }

    private void createInventory(Map<String, Long> counterIds) {
        for (String code : List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6")) {
            Long at = counterIds.get(code);
            String where = at == null ? code : null;
            item(EquipmentType.COMPUTER, "Máy tính để bàn", 1, at, where, BOUGHT);
            item(EquipmentType.PRINTER, "Máy in laser", 1, at, where, BOUGHT);
            item(EquipmentType.WRITING_DESK, "Bàn viết cho công dân", 1, at, where, BOUGHT);
            item(EquipmentType.RATING_TABLET, "Máy tính bảng đánh giá mức độ hài lòng (iGate)", 1, at, where, BOUGHT);
        }
        EquipmentItem scannerQ1 = item(EquipmentType.SCANNER, "Máy scan tài liệu", 1, counterIds.get("Q1"), null,
                BOUGHT);
        EquipmentItem scannerQ4 = item(EquipmentType.SCANNER, "Máy scan tài liệu", 1, counterIds.get("Q4"), null,
                BOUGHT);
        item(EquipmentType.WAITING_SEATS, "Ghế ngồi chờ", 15, null, "Khu vực chờ", BOUGHT);
        item(EquipmentType.WAITING_SEATS, "Ghế ngồi chờ bổ sung cho quầy 6", 3, null, "Khu vực chờ",
                LocalDate.of(2024, 9, 1));
        item(EquipmentType.PUBLIC_COMPUTER, "Máy tính (KIOSK) kết nối mạng để nộp hồ sơ trực tuyến", 1, null,
                "Khu vực hướng dẫn", BOUGHT);
        item(EquipmentType.LOOKUP_KIOSK, "Màn hình cảm ứng tra cứu TTHC và kết quả giải quyết", 1, null,
                "Khu vực cung cấp thông tin", BOUGHT);
        item(EquipmentType.TICKET_MACHINE, "Máy lấy số xếp hàng tự động (kết nối Hệ thống một cửa điện tử)", 1, null,
                "Sảnh", BOUGHT);
        item(EquipmentType.CAMERA, "Camera giám sát toàn khu vực (kết nối cấp trên)", 1, null, "Trần sảnh", BOUGHT);
        item(EquipmentType.PROGRESS_TV, "Tivi công khai tiến độ giải quyết TTHC", 1, null, "Sảnh", BOUGHT);
        item(EquipmentType.DIGITAL_SIGNATURE, "Chữ ký số (USB token) để số hóa hồ sơ", 8, null, "Bộ phận Một cửa",
                BOUGHT);
        LocalDate today = LocalDate.now(clock);
        fault(scannerQ1, today.minusDays(75), "Không kéo được giấy từ khay nạp tài liệu", today.minusDays(73),
                "Thay con lăn nạp giấy");
        fault(scannerQ4, today.minusDays(40), "Ảnh quét bị sọc", today.minusDays(36), "Vệ sinh và thay gương quét");
        EquipmentItem copier = item(EquipmentType.OTHER, "Máy photocopy", 1, null, "Phòng hồ sơ", BOUGHT);
        equipment.openFault(copier.getId(), copier.getVersion(),
                new FaultDraft(today.minusDays(3), "Báo lỗi bộ sấy, không sao chụp được", true));
    }

    private EquipmentItem item(EquipmentType type, String name, int quantity, Long counterId, String location,
            LocalDate acquired) {
        return equipment.save(new ItemDraft(null, 0, type, name, quantity, counterId, location,
                EquipmentStatus.IN_USE, acquired, WARRANTY, null));
    }

    private void fault(EquipmentItem item, LocalDate opened, String what, LocalDate closed, String done) {
        EquipmentFault f = equipment.openFault(item.getId(), item.getVersion(), new FaultDraft(opened, what, false));
        equipment.closeFault(f.getId(), f.getVersion(), closed, done, false);
    }

    /** The network outage lands on the due day of a late demo dossier when there is one (not in tests: no dossiers). */
    private void createOutages(Map<String, Long> counterIds) {
        LocalDate today = LocalDate.now(clock);
        LocalDate networkDay = dossiers.lateDueBetween(Period.of(today.minusDays(90), today.minusDays(20)), null, 1)
                .first()
                .stream().map(d -> d.data().dueOn()).findFirst().orElse(today.minusDays(30));
        outage(OutageKind.NETWORK, networkDay.atTime(8, 0), networkDay.atTime(15, 30), Set.of(),
                "Đường truyền mất kết nối, không tiếp nhận và xử lý được hồ sơ trên phần mềm một cửa");
        LocalDate portalDay = today.minusDays(45);
        Set<Long> first = counterIds.entrySet().stream().filter(e -> Set.of("Q1", "Q2").contains(e.getKey()))
                .map(Map.Entry::getValue).collect(Collectors.toSet());
        outage(OutageKind.NATIONAL_PORTAL, portalDay.atTime(14, 0), portalDay.plusDays(1).atTime(10, 0), first,
                "Cổng Dịch vụ công quốc gia lỗi đăng nhập VNeID");
        LocalDate softwareDay = today.minusDays(10);
        outage(OutageKind.SOFTWARE, softwareDay.atTime(9, 0), softwareDay.atTime(11, 0), Set.of(),
                "Phần mềm một cửa điện tử lỗi ở bước tiếp nhận (kết nối không ổn định)");
    }

    private void outage(OutageKind kind, LocalDateTime start, LocalDateTime end, Set<Long> where, String notes) {
        outages.save(new OutageDraft(null, 0, kind, start, end, where, notes));
    }
}
