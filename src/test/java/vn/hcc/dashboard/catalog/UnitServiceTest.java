package vn.hcc.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;

/** Against the demo units of seed 004; every test rolls back. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "ADMIN")
class UnitServiceTest {

    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    Unit unit(String code) {
        return units.search(code, null, Pageable.unpaged()).stream().filter(u -> u.getCode().equals(code))
                .findFirst().orElseThrow();
    }

    private static UnitDraft draft(Unit u, Long parentId) {
        return new UnitDraft(u.getId(), u.getVersion(), u.getCode(), u.getName(), u.getKind(), parentId,
                u.isActive());
    }

    @Test
    void readsTheDemoUnitsByKind() {
        assertThat(units.listAll()).hasSize(24);
        assertThat(units.search("", UnitKind.COMMUNE, Pageable.unpaged()).getTotalElements()).isEqualTo(14);
        assertThat(units.search("", UnitKind.DEPARTMENT, Pageable.unpaged()).getTotalElements()).isEqualTo(9);
        assertThat(unit("P-TP").getParent().getCode()).isEqualTo("TTHCC");
    }

    @Test
    void createsAUnitUnderTheCenter() {
        Unit saved = units.save(new UnitDraft(null, 0, " P-YT ", "Phòng Y tế", UnitKind.DEPARTMENT,
                unit("TTHCC").getId(), true));
        assertThat(saved.getCode()).isEqualTo("P-YT");
        assertThat(unit("P-YT").getParent().getName()).isEqualTo("Trung tâm Phục vụ hành chính công huyện Lương Tài");
    }

    @Test
    void refusesDuplicateCodesAndNamesIgnoringCase() {
        assertThatThrownBy(() -> units.save(new UnitDraft(null, 0, "x-thua", "UBND xã mới", UnitKind.COMMUNE,
                null, true))).isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.messageKey()).isEqualTo("validation.duplicate-code");
                });
        assertThatThrownBy(() -> units.save(new UnitDraft(null, 0, "X-MOI", "UBND thị trấn Thứa", UnitKind.COMMUNE,
                null, true))).isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("validation.duplicate-name");
                });
    }

    @Test
    void requiresCodeNameAndKind() {
        assertThatThrownBy(() -> units.save(new UnitDraft(null, 0, " ", "Phòng Y tế", UnitKind.DEPARTMENT, null,
                true))).hasFieldOrPropertyWithValue("field", "code");
        assertThatThrownBy(() -> units.save(new UnitDraft(null, 0, "P-YT", "", UnitKind.DEPARTMENT, null, true)))
                .hasFieldOrPropertyWithValue("field", "name")
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
        assertThatThrownBy(() -> units.save(new UnitDraft(null, 0, "P-YT", "Phòng Y tế", null, null, true)))
                .hasFieldOrPropertyWithValue("field", "kind");
    }

    @Test
    void refusesAParentThatIsTheUnitItselfOrBelowIt() {
        Unit center = unit("TTHCC");
        assertThatThrownBy(() -> units.save(draft(center, unit("P-TP").getId())))
                .hasFieldOrPropertyWithValue("field", "parent")
                .hasFieldOrPropertyWithValue("messageKey", "unit.error.parent-cycle");
        assertThatThrownBy(() -> units.save(draft(center, center.getId())))
                .hasFieldOrPropertyWithValue("messageKey", "unit.error.parent-cycle");
    }

    @Test
    void refusesToDeleteAUnitInUseAndDeletesAnUnusedOne() {
        assertThatThrownBy(() -> units.delete(unit("P-TP").getId())) // resolves procedures
                .hasFieldOrPropertyWithValue("field", "delete")
                .hasFieldOrPropertyWithValue("messageKey", "unit.error.in-use");
        assertThatThrownBy(() -> units.delete(unit("TTHCC").getId())) // has sub-units
                .hasFieldOrPropertyWithValue("messageKey", "unit.error.in-use");
        units.delete(unit("X-TRUNGXA").getId());
        assertThat(units.search("", UnitKind.COMMUNE, Pageable.unpaged()).getTotalElements()).isEqualTo(13);
    }

    /** Dossiers live in a feature the catalogue cannot see; a table of our own stands in for them here. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void refusesToDeleteAUnitThatAnotherFeatureRefersTo() {
        long commune = unit("X-TRUNGKENH").getId();
        jdbc.execute("create table test_unit_ref (unit_id bigint references org_unit (id))");
        try {
            jdbc.update("insert into test_unit_ref values (?)", commune);
            assertThatThrownBy(() -> units.delete(commune))
                    .hasFieldOrPropertyWithValue("field", "delete")
                    .hasFieldOrPropertyWithValue("messageKey", "unit.error.in-use");
            assertThat(unit("X-TRUNGKENH").getName()).isEqualTo("UBND xã Trung Kênh");
        } finally {
            jdbc.execute("drop table test_unit_ref");
        }
    }

    @Test
    void refusesAStaleVersion() {
        Unit loaded = unit("P-NV");
        long version = loaded.getVersion(); // the same managed instance gets the new version in this transaction
        units.save(new UnitDraft(loaded.getId(), version, "P-NV", "Phòng Nội vụ huyện", UnitKind.DEPARTMENT,
                loaded.getParent().getId(), true));
        assertThatThrownBy(() -> units.save(new UnitDraft(loaded.getId(), version, "P-NV", "Phòng Nội vụ (sửa)",
                UnitKind.DEPARTMENT, null, true))).isInstanceOf(ConcurrentEditException.class);
        assertThat(unit("P-NV").getName()).isEqualTo("Phòng Nội vụ huyện");
    }

    @Test
    @WithMockUser(roles = "RECEPTION")
    void otherRolesReadButCannotChange() {
        assertThat(units.listAll()).hasSize(24);
        Unit commune = unit("X-THUA");
        assertThatThrownBy(() -> units.save(draft(commune, commune.getParent().getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> units.delete(commune.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = {"DIRECTOR", "LEADER", "PAKN_HANDLER"})
    void noRoleButAdminChanges() {
        assertThatThrownBy(() -> units.save(new UnitDraft(null, 0, "P-YT", "Phòng Y tế", UnitKind.DEPARTMENT, null,
                true))).isInstanceOf(AccessDeniedException.class);
    }

    /** What other features ask instead of mapping {@code listAll()}: names by id in catalogue order, one unit. */
    @Test
    void answersNamesByIdTheCenterAndOneUnit() {
        java.util.List<Unit> all = units.listAll();
        assertThat(units.namesById().keySet()).containsExactlyElementsOf(all.stream().map(Unit::getId).toList());
        assertThat(units.namesById().values()).containsExactlyElementsOf(all.stream().map(Unit::getName).toList());
        Unit thua = unit("X-THUA");
        units.save(new UnitDraft(thua.getId(), thua.getVersion(), thua.getCode(), thua.getName(), thua.getKind(),
                null, false));
        assertThat(units.activeNamesById()).hasSize(all.size() - 1).doesNotContainKey(thua.getId());
        assertThat(units.activeNamesById().keySet()).isSubsetOf(units.namesById().keySet());
        assertThat(units.namesById()).containsEntry(thua.getId(), "UBND thị trấn Thứa");
        assertThat(units.center()).map(Unit::getCode).contains("TTHCC");
        assertThat(units.find(thua.getId())).map(Unit::getName).contains("UBND thị trấn Thứa");
        assertThat(units.find(-1)).isEmpty();
    }

    @Test
    void namesUnitsByIdInOneLookup() {
        Unit center = unit("TTHCC");
        Unit thua = unit("X-THUA");
        assertThat(units.nameOf(center.getId())).contains(center.getName());
        assertThat(units.nameOf(-1L)).as("unknown").isEmpty();
        assertThat(units.nameOf(null)).isEmpty();
        java.util.List<Long> ids = new java.util.ArrayList<>(java.util.Arrays.asList(center.getId(), thua.getId(),
                center.getId(), -1L, null));
        assertThat(units.namesOf(ids)).as("each known id once; unknown and null ids left out")
                .containsOnly(java.util.Map.entry(center.getId(), center.getName()),
                        java.util.Map.entry(thua.getId(), thua.getName()));
        assertThat(units.namesOf(java.util.List.of())).isEmpty();
    }
}
