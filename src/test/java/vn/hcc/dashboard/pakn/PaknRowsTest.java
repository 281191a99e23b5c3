package vn.hcc.dashboard.pakn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.security.AppUser;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.UserService;

/** The director's list names each item's unit and handler; rolled back. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class PaknRowsTest {

    /** A month of its own, so that the demo's petitions stay out of the query. */
    static final LocalDate MAY_2019 = LocalDate.of(2019, 5, 1);

    @Autowired
    PaknService service;
    @Autowired
    PaknSteeringService steering;
    @Autowired
    UnitService units;
    @Autowired
    UserService users;

    AppUser second;

    @BeforeEach
    void secondHandler() {
        PaknServiceTest.as("admin", Role.ADMIN);
        second = users.create(new UserService.NewUser("pakn2", "Đỗ Thị Thu", "Thu-mat-khau-25",
                EnumSet.of(Role.PAKN_HANDLER)));
        PaknServiceTest.as("giamdoc", Role.DIRECTOR);
    }

    private Pakn received(int day, Unit unit, String handler) {
        Pakn p = service.record(PaknServiceTest.draft(LocalDateTime.of(2019, 5, day, 9, 0), PaknCategory.LOCAL));
        return unit == null ? p : steering.assign(p.getId(), p.getVersion(), unit.getId(), handler);
    }

    private static PaknQuery may() {
        return new PaknQuery(MAY_2019, MAY_2019.plusDays(30), null, null, null, null, null, false, false, null,
                LocalDate.of(2019, 6, 1));
    }

    @Test
    void eachRowCarriesItsUnitsAndHandlersNames() {
        List<Unit> two = units.listAll().stream().limit(2).toList();
        String paknName = service.handlers().stream().filter(h -> h.username().equals("pakn")).findFirst()
                .orElseThrow().fullName();
        Pakn toPakn = received(2, two.get(0), "pakn");
        Pakn open = received(3, null, null);
        Pakn toSecond = received(4, two.get(1), "pakn2");
        Page<PaknRow> page = service.searchRows(may(), PageRequest.of(0, 10, Sort.by("id")));
        assertThat(page.getContent()).extracting(r -> r.item().getId(), PaknRow::unitName, PaknRow::handlerName)
                .containsExactly(tuple(toPakn.getId(), two.get(0).getName(), paknName),
                        tuple(open.getId(), "", ""),
                        tuple(toSecond.getId(), two.get(1).getName(), "Đỗ Thị Thu"));
        // paged like the plain search
        Page<PaknRow> second = service.searchRows(may(), PageRequest.of(1, 2, Sort.by("id")));
        assertThat(second.getTotalElements()).isEqualTo(service.count(may())).isEqualTo(3);
        assertThat(second.getContent()).extracting(r -> r.item().getId()).containsExactly(toSecond.getId());
    }

    @Test
    void aHandlerWhoNoLongerHandlesPetitionsShowsByUsername() {
        Unit unit = units.listAll().getFirst();
        Pakn item = received(6, unit, "pakn2");
        PaknServiceTest.as("admin", Role.ADMIN);
        users.update(second.getId(), second.getVersion(), second.getFullName(), EnumSet.of(Role.RECEPTION), true);
        PaknServiceTest.as("giamdoc", Role.DIRECTOR);
        assertThat(service.searchRows(may(), PageRequest.of(0, 10)).getContent()).singleElement()
                .extracting(r -> r.item().getId(), PaknRow::handlerName).containsExactly(item.getId(), "pakn2");
        assertThat(service.handlerLabel("pakn2")).isEqualTo("pakn2");
        assertThat(service.handlerLabel(null)).isNull();
        String paknName = service.handlers().stream().filter(h -> h.username().equals("pakn")).findFirst()
                .orElseThrow().fullName();
        assertThat(service.handlerLabel("pakn")).isEqualTo(paknName + " (pakn)");
    }
}
