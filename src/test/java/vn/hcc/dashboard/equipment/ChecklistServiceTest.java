package vn.hcc.dashboard.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
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
import vn.hcc.dashboard.queue.CounterDraft;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.ServiceCounter;

/**
 * The Decree 61/2018 Art. 13 checklist: seed 003's inventory meets V10's rules on its five counters, the demo hall's
 * on its six; an item out of order or a stricter rule makes a line missing.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = {"DIRECTOR", "ADMIN"})
class ChecklistServiceTest {

    @Autowired
    ChecklistService checklist;
    @Autowired
    EquipmentService equipment;
    @Autowired
    CounterService counters;

    private Map<EquipmentType, ChecklistLine> lines() {
        return checklist.checklist().stream().collect(Collectors.toMap(ChecklistLine::type, l -> l));
    }

    private EquipmentItem item(EquipmentType type, int quantity) {
        return equipment.save(new ItemDraft(null, 0, type, "Seed 003: " + type, quantity, null, "Bộ phận Một cửa",
                EquipmentStatus.IN_USE, LocalDate.of(2023, 1, 1), null, null));
    }

    @Test
    void theDemoHallMeetsEveryLineOnItsSixCounters() {
        Map<EquipmentType, ChecklistLine> l = lines();
        assertThat(l).hasSize(12).doesNotContainKey(EquipmentType.OTHER);
        assertThat(l.values()).allSatisfy(line -> {
            assertThat(line.activeCounters()).isEqualTo(6);
            assertThat(line.met()).as("%s", line.type()).isTrue();
        });
        assertThat(l.get(EquipmentType.COMPUTER)).extracting(ChecklistLine::required, ChecklistLine::present)
                .containsExactly(6L, 6L);
        assertThat(l.get(EquipmentType.WAITING_SEATS)).extracting(ChecklistLine::required, ChecklistLine::present)
                .containsExactly(18L, 18L);
        assertThat(l.get(EquipmentType.DIGITAL_SIGNATURE)).extracting(ChecklistLine::required,
                ChecklistLine::present).containsExactly(6L, 8L);
        assertThat(l.get(EquipmentType.SCANNER)).extracting(ChecklistLine::required, ChecklistLine::present)
                .containsExactly(1L, 2L);
        assertThat(checklist.allMet()).isTrue();
    }

    /** Seed 003 (Ba Vì): 5 computers, 5 printers, 2 scanners, 15 seats, 5 desks by counter, 1 networked KIOSK, ... */
    @Test
    void seed003sInventoryMeetsTheRulesOnItsFiveCountersAndABrokenComputerMakesALineMissing() {
        // retire the demo hall's inventory and close the sixth counter: Ba Vì's commune had five
        equipment.search(EquipmentFilter.ALL, Pageable.unpaged()).getContent().stream()
                .filter(i -> i.getStatus() == EquipmentStatus.IN_USE).forEach(i -> {
                    ItemDraft d = i.draft();
                    equipment.save(new ItemDraft(d.id(), d.version(), d.type(), d.name(), d.quantity(), d.counterId(),
                            d.location(), EquipmentStatus.RETIRED, d.acquiredOn(), d.warrantyUntil(), d.notes()));
                });
        ServiceCounter q6 = counters.listAll().stream().filter(c -> c.getCode().equals("Q6")).findFirst()
                .orElseThrow();
        counters.save(new CounterDraft(q6.getId(), q6.getVersion(), q6.getCode(), q6.getName(), q6.getFieldIds(),
                false));
        assertThat(checklist.allMet()).isFalse();
        EquipmentItem computers = item(EquipmentType.COMPUTER, 5);
        item(EquipmentType.PRINTER, 5);
        item(EquipmentType.SCANNER, 2);
        item(EquipmentType.WAITING_SEATS, 15);
        item(EquipmentType.WRITING_DESK, 5);
        item(EquipmentType.PUBLIC_COMPUTER, 1);
        item(EquipmentType.CAMERA, 1);
        item(EquipmentType.TICKET_MACHINE, 1);
        item(EquipmentType.LOOKUP_KIOSK, 1);
        item(EquipmentType.DIGITAL_SIGNATURE, 8);
        item(EquipmentType.PROGRESS_TV, 1);
        item(EquipmentType.RATING_TABLET, 5);
        Map<EquipmentType, ChecklistLine> l = lines();
        assertThat(l.values()).allSatisfy(line -> assertThat(line.met()).as("%s", line.type()).isTrue());
        assertThat(l.get(EquipmentType.WAITING_SEATS).required()).isEqualTo(15);
        assertThat(l.get(EquipmentType.RATING_TABLET).required()).isEqualTo(5);
        // the line of five computers breaks: the whole line is out of order, so five are missing
        equipment.openFault(computers.getId(), computers.getVersion(),
                new FaultDraft(LocalDate.of(2025, 3, 3), "Mất kết nối mạng nội bộ", false));
        ChecklistLine computer = lines().get(EquipmentType.COMPUTER);
        assertThat(computer.met()).isFalse();
        assertThat(computer.present()).isZero();
        assertThat(computer.missing()).isEqualTo(5);
        assertThat(checklist.allMet()).isFalse();
    }

    @Test
    void aStricterRuleMakesALineMissingAndBadRulesAreRefused() {
        ChecklistLine scanners = lines().get(EquipmentType.SCANNER);
        checklist.saveRequirement(EquipmentType.SCANNER, scanners.version(), 1, 0);
        ChecklistLine stricter = lines().get(EquipmentType.SCANNER);
        assertThat(stricter.required()).isEqualTo(6);
        assertThat(stricter.missing()).isEqualTo(4);
        assertThatThrownBy(() -> checklist.saveRequirement(EquipmentType.SCANNER, scanners.version(), 0, 1))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> checklist.saveRequirement(EquipmentType.SCANNER, stricter.version(), -1, 0))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("perCounter");
                    assertThat(e.messageKey()).isEqualTo("validation.range");
                });
        assertThatThrownBy(() -> checklist.saveRequirement(EquipmentType.SCANNER, stricter.version(), 0, null))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("fixedCount"));
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadershipReadsTheChecklistButCannotChangeARule() {
        assertThat(checklist.checklist()).hasSize(12);
        assertThatThrownBy(() -> checklist.saveRequirement(EquipmentType.SCANNER, 0, 1, 0))
                .isInstanceOf(AccessDeniedException.class);
    }
}
