package vn.hcc.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.HolidayKind;
import vn.hcc.dashboard.catalog.HolidayService;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.equipment.EquipmentItem;
import vn.hcc.dashboard.equipment.EquipmentService;
import vn.hcc.dashboard.equipment.EquipmentStatus;
import vn.hcc.dashboard.equipment.EquipmentType;
import vn.hcc.dashboard.equipment.ItemDraft;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.Dossier;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.queue.CounterDraft;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceDraft;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.RegisteredDevice;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.security.AppUser;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.UserService;
import vn.hcc.dashboard.staff.EmploymentType;
import vn.hcc.dashboard.staff.StaffDraft;
import vn.hcc.dashboard.staff.StaffMember;
import vn.hcc.dashboard.staff.StaffService;
import vn.hcc.dashboard.targets.Kpi;
import vn.hcc.dashboard.targets.Target;
import vn.hcc.dashboard.targets.TargetDraft;
import vn.hcc.dashboard.targets.TargetService;

/**
 * Each wired service writes exactly one entry per change, with the fields before and after, in its own transaction:
 * a rollback leaves none, a delete leaves the last state, a password never appears. The services commit here (the
 * database is restored after the class).
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "kiemtra", roles = "ADMIN")
class AuditTrailTest {

    @Autowired
    AuditService audit;
    @Autowired
    AuditEntryRepository entries;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    TargetService targets;
    @Autowired
    UserService users;
    @Autowired
    DossierService dossiers;
    @Autowired
    ProcedureService procedures;
    @Autowired
    StaffService staff;
    @Autowired
    EquipmentService equipment;
    @Autowired
    HolidayService holidays;
    @Autowired
    FieldService fields;
    @Autowired
    CounterService counters;
    @Autowired
    DeviceService devices;

    private List<AuditEntry> trail(AuditedType type, Long id) {
        LocalDate today = LocalDate.now(clock);
        return audit.search(new AuditFilter(Period.of(today.minusDays(1), today), type, "", String.valueOf(id)), 0,
                500).stream().filter(e -> Objects.equals(e.getEntityId(), id)).toList();
    }

    private static TargetDraft target(Long id, long version, String value) {
        return new TargetDraft(id, version, Kpi.ONLINE_PAYMENT, null, LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 12, 31), new BigDecimal(value));
    }

    @Test
    void aTargetCreatedChangedAndDeletedLeavesOneEntryEachDeleteWithItsLastState() {
        Target t = targets.save(target(null, 0, "60"));
        assertThat(trail(AuditedType.TARGET, t.getId())).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.CREATE);
            assertThat(e.getActor()).isEqualTo("kiemtra");
            assertThat(e.getLabel()).isEqualTo("ONLINE_PAYMENT · 2031-01-01 – 2031-12-31");
            assertThat(e.changes()).containsEntry("value", new Change(null, "60"))
                    .containsEntry("from", new Change(null, "2031-01-01")).doesNotContainKeys("id", "version");
        });
        Target changed = targets.save(target(t.getId(), t.getVersion(), "70.5"));
        assertThat(trail(AuditedType.TARGET, t.getId())).hasSize(2).first().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.UPDATE);
            assertThat(e.changes()).containsExactly(Map.entry("value", new Change("60", "70.5")));
        });
        targets.save(target(t.getId(), changed.getVersion(), "70.50"));
        assertThat(trail(AuditedType.TARGET, t.getId())).as("no change, no entry").hasSize(2);
        targets.delete(t.getId());
        assertThat(trail(AuditedType.TARGET, t.getId())).hasSize(3).first().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.DELETE);
            assertThat(e.changes()).containsEntry("value", new Change("70.5", null))
                    .containsEntry("kpi", new Change("ONLINE_PAYMENT", null));
        });
    }

    @Test
    void aRolledBackChangeLeavesNoEntryAndARefusedOneNone() {
        long before = entries.count();
        Long id = transactions.execute(status -> {
            Target t = targets.save(target(null, 0, "55"));
            status.setRollbackOnly();
            return t.getId();
        });
        assertThat(trail(AuditedType.TARGET, id)).isEmpty();
        assertThatThrownBy(() -> targets.save(new TargetDraft(null, 0, Kpi.ONLINE_PAYMENT, null,
                LocalDate.of(2032, 2, 1), LocalDate.of(2032, 1, 1), BigDecimal.TEN)))
                .isInstanceOf(FieldValidationException.class);
        assertThat(entries.count()).isEqualTo(before);
    }

    @Test
    void theTrailIsWrittenOnlyInsideTheCallersTransactionAndBySystemWhenNobodyIsSignedIn() {
        AuditEvent event = new AuditEvent(AuditedType.COUNTER, 999_001L, "Quầy thử", AuditAction.CREATE, Map.of());
        assertThatThrownBy(() -> audit.record(event)).isInstanceOf(IllegalTransactionStateException.class);
        SecurityContextHolder.clearContext();
        transactions.executeWithoutResult(s -> audit.record(event));
        assertThat(entries.findAll()).filteredOn(e -> Objects.equals(e.getEntityId(), 999_001L)).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo(AuditService.SYSTEM));
    }

    @Test
    void aUsersEntriesNameRolesAndLockButNeverThePassword() {
        AppUser u = users.create(new UserService.NewUser("audit.lan", "Lê Thị Lan", "MatKhauBiMat1",
                EnumSet.of(Role.RECEPTION)));
        users.update(u.getId(), u.getVersion(), "Lê Thị Lan", EnumSet.of(Role.RECEPTION, Role.LEADER), false);
        users.resetPassword(u.getId(), "MatKhauMoi22");
        List<AuditEntry> trail = trail(AuditedType.USER, u.getId());
        assertThat(trail).extracting(AuditEntry::getAction)
                .containsExactly(AuditAction.PASSWORD, AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(trail.get(2).changes()).containsOnlyKeys("username", "fullName", "roles", "enabled");
        assertThat(trail.get(1).changes()).containsExactly(
                Map.entry("roles", new Change("RECEPTION", "LEADER, RECEPTION")),
                Map.entry("enabled", new Change("true", "false")));
        assertThat(trail.get(0).changes()).containsOnlyKeys("passwordChanged");
        assertThat(trail).allSatisfy(e -> assertThat(e.changesJson()).doesNotContain("MatKhau", "$2", "{bcrypt}"));
    }

    @Test
    void aDossierRecordedMovedOnAndReimportedLeavesItsEntriesAndTheImportOneEntryWithCounts() {
        long procedure = procedures.findByCode("HT-01").orElseThrow().getId();
        DossierData d = dossiers.propose(procedure, LocalDateTime.of(2025, 3, 3, 9, 0), "AUD-1", Channel.IN_PERSON);
        Dossier recorded = dossiers.record(d);
        assertThat(trail(AuditedType.DOSSIER, recorded.getId())).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.CREATE);
            assertThat(e.getLabel()).isEqualTo("AUD-1");
            assertThat(e.changes()).containsEntry("status", new Change(null, "IN_PROGRESS"));
        });
        Dossier resolved = dossiers.changeStatus(recorded.getId(), recorded.getVersion(), DossierStatus.RESOLVED,
                LocalDate.of(2025, 3, 4));
        assertThat(trail(AuditedType.DOSSIER, recorded.getId())).first().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.STATUS);
            assertThat(e.changes()).containsEntry("status", new Change("IN_PROGRESS", "RESOLVED"))
                    .containsEntry("resultOn", new Change(null, "2025-03-04"));
        });
        DossierData fresh = dossiers.propose(procedure, LocalDateTime.of(2025, 3, 5, 9, 0), "AUD-2",
                Channel.IN_PERSON);
        DossierData handled = resolved.data().toBuilder().handler("Cán bộ Audit").build();
        long importsBefore = entries.findAll().stream().filter(e -> e.getAction() == AuditAction.IMPORT).count();
        dossiers.upsert(List.of(fresh, handled), (incoming, current) -> incoming);
        assertThat(trail(AuditedType.DOSSIER, recorded.getId())).hasSize(3).first().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.UPDATE);
            assertThat(e.changes()).containsExactly(Map.entry("handler", new Change(null, "Cán bộ Audit")));
        });
        List<AuditEntry> imports = entries.findAll().stream().filter(e -> e.getAction() == AuditAction.IMPORT)
                .toList();
        assertThat(imports).hasSize((int) importsBefore + 1);
        assertThat(imports.getLast().changes()).containsExactly(Map.entry("created", new Change(null, "1")),
                Map.entry("updated", new Change(null, "1")), Map.entry("unchanged", new Change(null, "0")));
        Long created = dossiers.findByCode("AUD-2").orElseThrow().getId();
        assertThat(trail(AuditedType.DOSSIER, created)).as("a new dossier of an import: counted only").isEmpty();
    }

    @Test
    void aStaffMemberSavedAndDeactivatedLeavesOneEntryEach() {
        StaffMember m = staff.save(new StaffDraft(null, 0, "Trần Văn Kiểm", "Chuyên viên", EmploymentType.PERMANENT,
                null, null, false, LocalDate.of(2025, 1, 1), null, null, Set.of(), Set.of()));
        assertThat(trail(AuditedType.STAFF, m.getId())).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsEntry("fullName", new Change(null, "Trần Văn Kiểm")));
        staff.deactivate(m.getId(), m.getVersion());
        assertThat(trail(AuditedType.STAFF, m.getId())).hasSize(2).first().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.STATUS);
            assertThat(e.changes()).containsEntry("activeTo", new Change(null, LocalDate.now(clock).toString()))
                    .containsEntry("dutiesRemoved", new Change(null, "0"));
        });
    }

    @Test
    void anEquipmentItemEnteredByMistakeAndDeletedLeavesATrace() {
        EquipmentItem item = equipment.save(new ItemDraft(null, 0, EquipmentType.PRINTER, "Máy in thử", 1, null,
                "Kho", EquipmentStatus.IN_USE, null, null, null));
        equipment.delete(item.getId(), item.getVersion());
        assertThat(trail(AuditedType.EQUIPMENT, item.getId())).extracting(AuditEntry::getAction)
                .containsExactly(AuditAction.DELETE, AuditAction.CREATE);
        assertThat(trail(AuditedType.EQUIPMENT, item.getId()).getFirst().changes())
                .containsEntry("name", new Change("Máy in thử", null)).containsEntry("type", new Change("PRINTER", null));
    }

    @Test
    void catalogueChangesAndDeletesAreTraced() {
        var h = holidays.save(null, 0, LocalDate.of(2031, 9, 3), "Nghỉ thử", HolidayKind.DAY_OFF);
        holidays.delete(h.getId());
        assertThat(trail(AuditedType.HOLIDAY, h.getId())).extracting(AuditEntry::getAction)
                .containsExactly(AuditAction.DELETE, AuditAction.CREATE);
        WorkField f = fields.save(null, 0, "AUD", "Lĩnh vực thử");
        WorkField renamed = fields.save(f.getId(), f.getVersion(), "AUD", "Lĩnh vực thử nghiệm");
        fields.delete(renamed.getId());
        assertThat(trail(AuditedType.FIELD, f.getId())).extracting(AuditEntry::getAction)
                .containsExactly(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(trail(AuditedType.FIELD, f.getId()).get(1).changes())
                .containsExactly(Map.entry("name", new Change("Lĩnh vực thử", "Lĩnh vực thử nghiệm")));
    }

    @Test
    void countersAndPublicDevicesAreTracedButNeverTheDevicesToken() {
        Long field = fields.listAll().getFirst().getId();
        ServiceCounter c = counters.save(new CounterDraft(null, 0, "AUD-Q", "Quầy thử", Set.of(field), true));
        ServiceCounter off = counters.save(new CounterDraft(c.getId(), c.getVersion(), "AUD-Q", "Quầy thử",
                Set.of(field), false));
        counters.delete(off.getId());
        assertThat(trail(AuditedType.COUNTER, c.getId())).extracting(AuditEntry::getAction)
                .containsExactly(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(trail(AuditedType.COUNTER, c.getId()).get(1).changes())
                .containsExactly(Map.entry("active", new Change("true", "false")));

        RegisteredDevice d = devices.register(new DeviceDraft("Kiosk thử nhật ký", DeviceKind.KIOSK, null));
        devices.revoke(d.device().getId());
        devices.revoke(d.device().getId());
        List<AuditEntry> deviceTrail = trail(AuditedType.DEVICE, d.device().getId());
        assertThat(deviceTrail).as("a second revoke is no change").extracting(AuditEntry::getAction)
                .containsExactly(AuditAction.STATUS, AuditAction.CREATE);
        assertThat(deviceTrail.getFirst().changes()).containsOnlyKeys("revokedAt");
        assertThat(deviceTrail.getLast().changes()).containsEntry("kind", new Change(null, "KIOSK"))
                .allSatisfy((k, v) -> assertThat(String.valueOf(v.after())).doesNotContain(d.token()));
    }
}
