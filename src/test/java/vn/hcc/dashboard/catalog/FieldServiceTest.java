package vn.hcc.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.ConcurrentEditException;

/** Against the six demo fields of seed 000's form; every test rolls back. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "ADMIN")
class FieldServiceTest {

    @Autowired
    FieldService fields;
    @Autowired
    JdbcTemplate jdbc;

    WorkField field(String code) {
        return fields.listAll().stream().filter(f -> f.getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void readsTheDemoFields() {
        assertThat(fields.listAll()).extracting(WorkField::getCode)
                .containsExactlyInAnyOrder("BTXH", "CT", "HT", "NCC", "DD", "DKKD");
    }

    @Test
    void createsAndDeletesAnUnusedField() {
        WorkField adoption = fields.save(null, 0, " NCN ", " Nuôi con nuôi ");
        assertThat(adoption.getName()).isEqualTo("Nuôi con nuôi");
        assertThat(fields.listAll()).hasSize(7);
        fields.delete(adoption.getId());
        assertThat(fields.listAll()).hasSize(6);
    }

    @Test
    void refusesDuplicatesAndEmptyValues() {
        assertThatThrownBy(() -> fields.save(null, 0, "ht", "Hộ tịch mới"))
                .hasFieldOrPropertyWithValue("field", "code")
                .hasFieldOrPropertyWithValue("messageKey", "validation.duplicate-code");
        assertThatThrownBy(() -> fields.save(null, 0, "HT2", "hộ tịch"))
                .hasFieldOrPropertyWithValue("field", "name")
                .hasFieldOrPropertyWithValue("messageKey", "validation.duplicate-name");
        assertThatThrownBy(() -> fields.save(null, 0, "NCN", "  "))
                .hasFieldOrPropertyWithValue("field", "name")
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
        assertThatThrownBy(() -> fields.save(null, 0, "X".repeat(33), "Nuôi con nuôi"))
                .hasFieldOrPropertyWithValue("field", "code")
                .hasFieldOrPropertyWithValue("messageKey", "validation.too-long");
    }

    @Test
    void refusesToDeleteAFieldWithProcedures() {
        assertThatThrownBy(() -> fields.delete(field("HT").getId()))
                .hasFieldOrPropertyWithValue("field", "delete")
                .hasFieldOrPropertyWithValue("messageKey", "field.error.in-use");
        assertThat(fields.listAll()).hasSize(6);
    }

    /** Dossiers live in a feature the catalogue cannot see; a table of our own stands in for them here. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void refusesToDeleteAFieldThatAnotherFeatureRefersTo() {
        long adoption = fields.save(null, 0, "NCN", "Nuôi con nuôi").getId();
        jdbc.execute("create table test_field_ref (field_id bigint references work_field (id))");
        try {
            jdbc.update("insert into test_field_ref values (?)", adoption);
            assertThatThrownBy(() -> fields.delete(adoption))
                    .hasFieldOrPropertyWithValue("field", "delete")
                    .hasFieldOrPropertyWithValue("messageKey", "field.error.in-use");
            assertThat(fields.listAll()).extracting(WorkField::getCode).contains("NCN");
        } finally {
            jdbc.execute("drop table test_field_ref");
            fields.delete(adoption);
        }
        assertThat(fields.listAll()).hasSize(6);
    }

    @Test
    void refusesAStaleVersion() {
        WorkField loaded = field("DKKD");
        long version = loaded.getVersion(); // the same managed instance gets the new version in this transaction
        fields.save(loaded.getId(), version, "DKKD", "Đăng ký kinh doanh hộ cá thể");
        assertThatThrownBy(() -> fields.save(loaded.getId(), version, "DKKD", "Kinh doanh"))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    @WithMockUser(roles = "RECEPTION")
    void otherRolesReadButCannotChange() {
        WorkField ht = field("HT");
        assertThatThrownBy(() -> fields.save(null, 0, "NCN", "Nuôi con nuôi"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fields.save(ht.getId(), ht.getVersion(), "HT", "Hộ tịch"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fields.delete(ht.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void namesTheFieldsByIdInCatalogueOrder() {
        assertThat(fields.namesById().keySet()).containsExactlyElementsOf(fields.listAll().stream()
                .map(WorkField::getId).toList());
        WorkField ht = field("HT");
        assertThat(fields.namesById()).containsEntry(ht.getId(), ht.getName());
    }

    @Test
    void namesFieldsByIdInOneLookup() {
        WorkField ht = field("HT");
        WorkField ct = field("CT");
        assertThat(fields.nameOf(ht.getId())).contains("Hộ tịch");
        assertThat(fields.nameOf(-1L)).as("unknown").isEmpty();
        assertThat(fields.nameOf(null)).isEmpty();
        assertThat(fields.namesOf(java.util.List.of(ht.getId(), ct.getId(), -1L)))
                .containsOnly(java.util.Map.entry(ht.getId(), "Hộ tịch"),
                        java.util.Map.entry(ct.getId(), "Chứng thực"));
        assertThat(fields.namesOf(java.util.Set.of())).isEmpty();
    }
}
