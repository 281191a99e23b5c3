package vn.hcc.dashboard.equipment;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.ServiceCounter;

/** The inventory's rules: validation at the field, the fault log moving the status, optimistic locking, roles. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "DIRECTOR")
class EquipmentServiceTest {

    static final LocalDate BOUGHT = LocalDate.of(2024, 3, 1);

    @Autowired
    EquipmentService equipment;
    @Autowired
    CounterService counters;

    private long counter(String code) {
        return counters.listAll().stream().filter(c -> c.getCode().equals(code)).map(ServiceCounter::getId)
                .findFirst().orElseThrow();
    }

    private ItemDraft draft(String name) {
        return new ItemDraft(null, 0, EquipmentType.PRINTER, name, 1, counter("Q2"), null, EquipmentStatus.IN_USE,
                BOUGHT, BOUGHT.plusYears(2), null);
    }

    private static void refused(Runnable save, String field, String key) {
        assertThatThrownBy(save::run).isInstanceOfSatisfying(FieldValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private static ItemDraft with(ItemDraft d, Integer quantity, Long counterId, String location, LocalDate acquired,
            LocalDate warranty) {
        return new ItemDraft(d.id(), d.version(), d.type(), d.name(), quantity, counterId, location, d.status(),
                acquired, warranty, d.notes());
    }

    @Test
    void badInputIsRefusedAtTheField() {
        ItemDraft ok = draft("Máy in HP");
        refused(() -> equipment.save(draft("  ")), "name", "validation.required");
        refused(() -> equipment.save(draft("x".repeat(201))), "name", "validation.too-long");
        refused(() -> equipment.save(new ItemDraft(null, 0, null, "Máy in", 1, ok.counterId(), null,
                EquipmentStatus.IN_USE, null, null, null)), "type", "validation.required");
        refused(() -> equipment.save(with(ok, 0, ok.counterId(), null, BOUGHT, null)), "quantity", "validation.range");
        refused(() -> equipment.save(with(ok, null, ok.counterId(), null, BOUGHT, null)), "quantity",
                "validation.required");
        refused(() -> equipment.save(with(ok, 1, null, " ", BOUGHT, null)), "location",
                "equipment.error.place-required");
        refused(() -> equipment.save(with(ok, 1, -5L, null, BOUGHT, null)), "counter", "validation.required");
        refused(() -> equipment.save(with(ok, 1, ok.counterId(), null, equipment.today().plusDays(1), null)),
                "acquiredOn", "equipment.error.future");
        refused(() -> equipment.save(with(ok, 1, ok.counterId(), null, BOUGHT, BOUGHT.minusDays(1))), "warrantyUntil",
                "equipment.error.warranty-before-acquired");
        EquipmentItem saved = equipment.save(with(ok, 2, null, "  Kho  ", BOUGHT, null));
        assertThat(saved.getLocation()).isEqualTo("Kho");
        assertThat(saved.getQuantity()).isEqualTo(2);
    }

    @Test
    void openingAFaultTakesTheItemOutOfUseAndClosingItPutsItBack() {
        EquipmentItem printer = equipment.save(draft("Máy in Canon"));
        EquipmentFault fault = equipment.openFault(printer.getId(), printer.getVersion(),
                new FaultDraft(LocalDate.of(2025, 5, 5), "Kẹt giấy", false));
        EquipmentItem broken = equipment.find(printer.getId()).orElseThrow();
        assertThat(broken.getStatus()).isEqualTo(EquipmentStatus.BROKEN);
        assertThat(equipment.outOfOrder(50)).anySatisfy(o -> {
            assertThat(o.itemId()).isEqualTo(printer.getId());
            assertThat(o.since()).isEqualTo(LocalDate.of(2025, 5, 5));
            assertThat(o.place()).isEqualTo("Quầy 2");
        });
        // a second fault while the first is open, and "in use" by the form, are refused
        refused(() -> equipment.openFault(printer.getId(), broken.getVersion(),
                new FaultDraft(LocalDate.of(2025, 5, 6), "Mất mực", false)), "description",
                "equipment.error.fault-already-open");
        ItemDraft back = broken.draft();
        refused(() -> equipment.save(new ItemDraft(back.id(), back.version(), back.type(), back.name(),
                back.quantity(), back.counterId(), back.location(), EquipmentStatus.IN_USE, back.acquiredOn(),
                back.warrantyUntil(), back.notes())), "status", "equipment.error.open-fault");
        EquipmentItem repairing = equipment.sendForRepair(printer.getId(), broken.getVersion());
        assertThat(repairing.getStatus()).isEqualTo(EquipmentStatus.UNDER_REPAIR);
        refused(() -> equipment.closeFault(fault.getId(), fault.getVersion(), LocalDate.of(2025, 5, 4), "Thay trục",
                false), "closedOn", "equipment.error.closed-before-opened");
        refused(() -> equipment.closeFault(fault.getId(), fault.getVersion(), LocalDate.of(2025, 5, 7), " ", false),
                "repair", "validation.required");
        refused(() -> equipment.closeFault(fault.getId(), fault.getVersion(), equipment.today().plusDays(1), "Thay",
                false), "closedOn", "equipment.error.future");
        EquipmentFault closed = equipment.closeFault(fault.getId(), fault.getVersion(), LocalDate.of(2025, 5, 7),
                "Thay trục kéo giấy", false);
        assertThat(closed.getClosedOn()).isEqualTo(LocalDate.of(2025, 5, 7));
        assertThat(equipment.find(printer.getId()).orElseThrow().getStatus()).isEqualTo(EquipmentStatus.IN_USE);
        assertThat(equipment.outOfOrder(50)).noneMatch(o -> o.itemId() == printer.getId());
        refused(() -> equipment.closeFault(closed.getId(), closed.getVersion(), LocalDate.of(2025, 5, 8), "Lại",
                false), "closedOn", "equipment.error.fault-closed");
        assertThat(equipment.faults(printer.getId())).extracting(EquipmentFault::getRepair)
                .containsExactly("Thay trục kéo giấy");
    }

    @Test
    void aFaultBeyondRepairRetiresTheItemWhichTakesNoNewFault() {
        EquipmentItem printer = equipment.save(draft("Máy in cũ"));
        EquipmentFault fault = equipment.openFault(printer.getId(), printer.getVersion(),
                new FaultDraft(LocalDate.of(2025, 6, 2), "Hỏng bo mạch", true));
        assertThat(equipment.find(printer.getId()).orElseThrow().getStatus()).isEqualTo(EquipmentStatus.UNDER_REPAIR);
        equipment.closeFault(fault.getId(), fault.getVersion(), LocalDate.of(2025, 6, 20), "Không sửa được", true);
        EquipmentItem retired = equipment.find(printer.getId()).orElseThrow();
        assertThat(retired.getStatus()).isEqualTo(EquipmentStatus.RETIRED);
        refused(() -> equipment.openFault(printer.getId(), retired.getVersion(),
                new FaultDraft(LocalDate.of(2025, 7, 1), "Lại hỏng", false)), "description", "equipment.error.retired");
        // with a fault history the line stays: it cannot be deleted
        refused(() -> equipment.delete(printer.getId(), retired.getVersion()), "delete", "equipment.error.has-faults");
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsOverwritten() {
        EquipmentItem item = equipment.save(draft("Máy in Brother"));
        ItemDraft first = item.draft();
        equipment.save(new ItemDraft(first.id(), first.version(), first.type(), "Máy in Brother HL", 1,
                first.counterId(), null, EquipmentStatus.IN_USE, BOUGHT, null, null));
        assertThatThrownBy(() -> equipment.save(new ItemDraft(first.id(), first.version(), first.type(),
                "Máy in của người thứ hai", 1, first.counterId(), null, EquipmentStatus.IN_USE, BOUGHT, null, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> equipment.openFault(first.id(), first.version(),
                new FaultDraft(BOUGHT, "Kẹt giấy", false))).isInstanceOf(ConcurrentEditException.class);
        assertThat(equipment.find(first.id()).orElseThrow().getName()).isEqualTo("Máy in Brother HL");
        assertThat(equipment.faults(first.id())).isEmpty();
    }

    @Test
    void filtersPageAndExportTheDemoInventory() {
        long q1 = counter("Q1");
        assertThat(equipment.count(new EquipmentFilter(EquipmentType.COMPUTER, null, null))).isEqualTo(6);
        assertThat(equipment.count(new EquipmentFilter(null, null, q1))).isEqualTo(5);
        assertThat(equipment.search(new EquipmentFilter(null, EquipmentStatus.UNDER_REPAIR, null), Pageable.ofSize(10))
                .getContent()).extracting(EquipmentItem::getName).containsExactly("Máy photocopy");
        List<InventoryRow> rows = equipment.inventoryRows(EquipmentFilter.ALL);
        assertThat(rows).hasSize((int) equipment.count(EquipmentFilter.ALL));
        assertThat(rows).filteredOn(r -> r.type() == EquipmentType.WAITING_SEATS)
                .extracting(InventoryRow::quantity).containsExactlyInAnyOrder(15, 3);
        assertThat(rows).filteredOn(r -> r.type() == EquipmentType.SCANNER).extracting(InventoryRow::place)
                .containsExactlyInAnyOrder("Quầy 1", "Quầy 4");
        assertThat(rows).filteredOn(r -> r.type() == EquipmentType.DIGITAL_SIGNATURE).singleElement()
                .satisfies(r -> assertThat(r.place()).isEqualTo("Bộ phận Một cửa"));
        assertThat(rows.get(0).type()).isEqualTo(EquipmentType.COMPUTER);
    }

    @Test
    void aPageOfItemsNamesEachPlaceAsTheExportDoes() {
        EquipmentItem both = equipment.save(with(draft("Máy in tầng 2"), 1, counter("Q3"), "Tầng 2", BOUGHT, null));
        EquipmentItem store = equipment.save(with(draft("Máy in kho"), 1, null, "Kho", BOUGHT, null));
        EquipmentFilter printers = new EquipmentFilter(EquipmentType.PRINTER, null, null);
        Page<ItemRow> first = equipment.searchRows(printers, PageRequest.of(0, 2, Sort.by("name", "id")));
        assertThat(first.getTotalElements()).isEqualTo(equipment.count(printers));
        assertThat(first.getContent()).hasSize(2).extracting(ItemRow::item)
                .containsExactlyElementsOf(equipment.search(printers, PageRequest.of(0, 2, Sort.by("name", "id"))));
        List<ItemRow> all = equipment.searchRows(printers, Pageable.unpaged()).getContent();
        assertThat(all).as("the places the export writes").extracting(r -> r.item().getName(), ItemRow::place)
                .containsExactlyInAnyOrderElementsOf(equipment.inventoryRows(printers).stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.name(), r.place())).toList());
        assertThat(all).filteredOn(r -> r.item().getId().equals(both.getId())).singleElement()
                .extracting(ItemRow::place).isEqualTo("Quầy 3 – Tầng 2");
        assertThat(equipment.row(store.getId())).get().extracting(ItemRow::place).isEqualTo("Kho");
        assertThat(equipment.row(both.getId())).get().extracting(ItemRow::place).isEqualTo("Quầy 3 – Tầng 2");
        assertThat(equipment.row(-1)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadershipReadsButCannotChange() {
        assertThat(equipment.count(EquipmentFilter.ALL)).isPositive();
        assertThat(equipment.countOutOfOrder()).isEqualTo(1);
        assertThatThrownBy(() -> equipment.save(draft("Máy in"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "RECEPTION")
    void receptionDoesNotSeeTheInventory() {
        assertThatThrownBy(() -> equipment.count(EquipmentFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }
}
