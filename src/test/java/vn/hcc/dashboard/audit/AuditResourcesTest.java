package vn.hcc.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import vn.hcc.dashboard.equipment.EquipmentFault;
import vn.hcc.dashboard.equipment.EquipmentItem;
import vn.hcc.dashboard.equipment.EquipmentService;
import vn.hcc.dashboard.equipment.EquipmentStatus;
import vn.hcc.dashboard.equipment.EquipmentType;
import vn.hcc.dashboard.equipment.FaultDraft;
import vn.hcc.dashboard.equipment.ItemDraft;
import vn.hcc.dashboard.equipment.Outage;
import vn.hcc.dashboard.equipment.OutageDraft;
import vn.hcc.dashboard.equipment.OutageKind;
import vn.hcc.dashboard.equipment.OutageService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.staff.Assigned;
import vn.hcc.dashboard.staff.DutyService;
import vn.hcc.dashboard.staff.EmploymentType;
import vn.hcc.dashboard.staff.StaffDraft;
import vn.hcc.dashboard.staff.StaffMember;
import vn.hcc.dashboard.staff.StaffService;

/** Duty, faults and outages in the trail: one entry per change, deletes with their last state (committed here). */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "giamdoc.test", roles = "DIRECTOR")
class AuditResourcesTest {

    @Autowired
    AuditService audit;
    @Autowired
    AuditEntryRepository entries;
    @Autowired
    Clock clock;
    @Autowired
    StaffService staff;
    @Autowired
    DutyService duties;
    @Autowired
    CounterService counters;
    @Autowired
    EquipmentService equipment;
    @Autowired
    OutageService outages;

    private List<AuditEntry> trail(AuditedType type, Long id) {
        return entries.findAll().stream().filter(e -> e.getType() == type && Objects.equals(e.getEntityId(), id))
                .sorted((a, b) -> Long.compare(b.getId(), a.getId())).toList();
    }

    @Test
    void aDutyAssignedAndRemovedLeavesBothAndACopiedWeekOneEntry() {
        StaffMember m = staff.save(new StaffDraft(null, 0, "Phan Văn Trực", "Chuyên viên", EmploymentType.PERMANENT,
                null, null, false, LocalDate.of(2020, 1, 1), null, null, Set.of(), Set.of()));
        ServiceCounter counter = counters.listAll().stream().filter(ServiceCounter::isActive).findFirst().orElseThrow();
        LocalDate monday = LocalDate.of(2019, 6, 10);
        LocalDate day = LocalDate.of(2020, 6, 9);
        Assigned a = duties.assign(day, m.getId(), counter.getId());
        assertThat(trail(AuditedType.DUTY, a.duty().id())).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.CREATE);
            assertThat(e.getActor()).isEqualTo("giamdoc.test");
            assertThat(e.getLabel()).isEqualTo("Phan Văn Trực · " + counter.getName() + " · 09/06/2020");
            assertThat(e.changes()).containsEntry("day", new Change(null, "2020-06-09"));
        });
        duties.unassign(a.duty().id(), a.duty().version());
        assertThat(trail(AuditedType.DUTY, a.duty().id())).first().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.DELETE);
            assertThat(e.changes()).containsEntry("staff", new Change("Phan Văn Trực", null));
        });
        long copies = entries.findAll().stream().filter(e -> e.getAction() == AuditAction.COPY).count();
        duties.copyPreviousWeek(monday);
        assertThat(entries.findAll()).filteredOn(e -> e.getAction() == AuditAction.COPY).hasSize((int) copies + 1)
                .last().satisfies(e -> assertThat(e.changes()).containsEntry("week", new Change(null, "2019-06-10"))
                        .containsEntry("copied", new Change(null, "0")));
    }

    @Test
    void aFaultOpenedAndClosedIsTracedWithTheItemsStatus() {
        EquipmentItem item = equipment.save(new ItemDraft(null, 0, EquipmentType.SCANNER, "Máy quét thử", 1, null,
                "Kho", EquipmentStatus.IN_USE, null, null, null));
        LocalDate today = LocalDate.now(clock);
        EquipmentFault fault = equipment.openFault(item.getId(), item.getVersion(),
                new FaultDraft(today, "Kẹt giấy", false));
        assertThat(trail(AuditedType.FAULT, fault.getId())).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsEntry("description", new Change(null, "Kẹt giấy")));
        assertThat(trail(AuditedType.EQUIPMENT, item.getId())).first().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.STATUS);
            assertThat(e.changes()).containsExactly(java.util.Map.entry("status", new Change("IN_USE", "BROKEN")));
        });
        equipment.closeFault(fault.getId(), fault.getVersion(), today, "Thay trục cuốn", false);
        assertThat(trail(AuditedType.FAULT, fault.getId())).first().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.STATUS);
            assertThat(e.changes()).containsEntry("repair", new Change(null, "Thay trục cuốn"))
                    .containsEntry("itemStatus", new Change("BROKEN", "IN_USE"));
        });
    }

    @Test
    void anOutageLoggedClosedAndDeletedLeavesThreeEntries() {
        LocalDateTime start = LocalDateTime.of(2021, 3, 2, 8, 0);
        Outage o = outages.save(new OutageDraft(null, 0, OutageKind.POWER, start, null, Set.of(), "Mất điện"));
        Outage closed = outages.close(o.getId(), o.getVersion(), start.plusHours(2));
        outages.delete(o.getId(), closed.getVersion());
        List<AuditEntry> trail = trail(AuditedType.OUTAGE, o.getId());
        assertThat(trail).extracting(AuditEntry::getAction)
                .containsExactly(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(trail.get(1).changes()).containsExactly(
                java.util.Map.entry("endedAt", new Change(null, "2021-03-02T10:00")));
        assertThat(trail.get(0).changes()).containsEntry("notes", new Change("Mất điện", null));
    }
}
