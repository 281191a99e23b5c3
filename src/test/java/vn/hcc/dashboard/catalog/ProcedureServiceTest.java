package vn.hcc.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.ConcurrentEditException;

/** Against the 16 demo procedures of seed 000's form; every test rolls back. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "ADMIN")
class ProcedureServiceTest {

    @Autowired
    ProcedureService procedures;
    @Autowired
    FieldService fields;
    @Autowired
    UnitService units;

    long fieldId(String code) {
        return fields.listAll().stream().filter(f -> f.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    long unitId(String code) {
        return units.listAll().stream().filter(u -> u.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    /** A new land procedure at the land registry branch; tests change one value at a time. */
    ProcedureDraft landDraft(String code, String name, int days, long fee) {
        return new ProcedureDraft(null, 0, code, name, fieldId("DD"), unitId("CN-VPDKDD"), OnlineLevel.PARTLY, days,
                fee, false, true);
    }

    private static ProcedureDraft withFee(Procedure p, long version, long fee) {
        return new ProcedureDraft(p.getId(), version, p.getCode(), p.getName(), p.getField().getId(),
                p.getUnit().getId(), p.getOnlineLevel(), p.getProcessingDays(), fee, p.isAfternoonCutoff(),
                p.isActive());
    }

    @Test
    void readsTheDemoCatalogue() {
        assertThat(procedures.count()).isEqualTo(16);
        assertThat(procedures.search("", fieldId("HT"), null, Pageable.unpaged()).getTotalElements()).isEqualTo(9);
        assertThat(procedures.search("", null, unitId("P-LDTBXH"), Pageable.unpaged()).getTotalElements())
                .isEqualTo(2);
        assertThat(procedures.namesById()).hasSize(16);
        Procedure land = procedures.findByCode("dd-01").orElseThrow();
        assertThat(procedures.namesById()).containsEntry(land.getId(), land.getName());
        assertThat(land.getFee()).isEqualTo(53_366_000);
        assertThat(land.getUnit().getName()).isEqualTo("Chi nhánh Văn phòng đăng ký đất đai");
        assertThat(procedures.findByCode("CT-02").orElseThrow().isAfternoonCutoff()).isTrue();
    }

    @Test
    void createsAProcedure() {
        procedures.save(landDraft("DD-02", "Đăng ký đất đai, tài sản gắn liền với đất lần đầu", 30, 1_250_000));
        Procedure saved = procedures.findByCode("DD-02").orElseThrow();
        assertThat(saved.getProcessingDays()).isEqualTo(30);
        assertThat(saved.getField().getName()).isEqualTo("Đất đai");
        assertThat(procedures.count()).isEqualTo(17);
    }

    @Test
    void refusesADuplicateCodeAndAnEmptyName() {
        assertThatThrownBy(() -> procedures.save(landDraft("ht-01", "Thủ tục đăng ký khai sinh lại", 1, 0)))
                .hasFieldOrPropertyWithValue("field", "code")
                .hasFieldOrPropertyWithValue("messageKey", "validation.duplicate-code");
        assertThatThrownBy(() -> procedures.save(landDraft("DD-02", " ", 1, 0)))
                .hasFieldOrPropertyWithValue("field", "name")
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
    }

    @Test
    void refusesANegativeFeeAndAnImpossibleProcessingTime() {
        assertThatThrownBy(() -> procedures.save(landDraft("DD-02", "Đăng ký đất đai lần đầu", 30, -1)))
                .hasFieldOrPropertyWithValue("field", "fee")
                .hasFieldOrPropertyWithValue("messageKey", "validation.range");
        assertThatThrownBy(() -> procedures.save(landDraft("DD-02", "Đăng ký đất đai lần đầu", -1, 0)))
                .hasFieldOrPropertyWithValue("field", "processingDays");
        assertThatThrownBy(() -> procedures.save(landDraft("DD-02", "Đăng ký đất đai lần đầu",
                ProcedureService.MAX_PROCESSING_DAYS + 1, 0))).hasFieldOrPropertyWithValue("field", "processingDays");
    }

    @Test
    void requiresFieldUnitAndOnlineLevel() {
        ProcedureDraft d = landDraft("DD-02", "Đăng ký đất đai lần đầu", 30, 0);
        assertThatThrownBy(() -> procedures.save(new ProcedureDraft(null, 0, d.code(), d.name(), null, d.unitId(),
                d.onlineLevel(), 30, 0, false, true))).hasFieldOrPropertyWithValue("field", "field");
        assertThatThrownBy(() -> procedures.save(new ProcedureDraft(null, 0, d.code(), d.name(), d.fieldId(), null,
                d.onlineLevel(), 30, 0, false, true))).hasFieldOrPropertyWithValue("field", "unit");
        assertThatThrownBy(() -> procedures.save(new ProcedureDraft(null, 0, d.code(), d.name(), d.fieldId(),
                d.unitId(), null, 30, 0, false, true))).hasFieldOrPropertyWithValue("field", "onlineLevel");
    }

    @Test
    void refusesAStaleVersion() {
        Procedure loaded = procedures.findByCode("DKKD-01").orElseThrow();
        long version = loaded.getVersion(); // the same managed instance gets the new version in this transaction
        procedures.save(withFee(loaded, version, 150_000));
        assertThatThrownBy(() -> procedures.save(withFee(loaded, version, 200_000)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(procedures.findByCode("DKKD-01").orElseThrow().getFee()).isEqualTo(150_000);
    }

    @Test
    @WithMockUser(roles = "RECEPTION")
    void otherRolesReadButCannotChange() {
        Procedure birth = procedures.findByCode("HT-01").orElseThrow();
        assertThat(procedures.search("khai sinh", null, null, Pageable.unpaged()).getTotalElements())
                .isEqualTo(3);
        assertThatThrownBy(() -> procedures.save(withFee(birth, birth.getVersion(), 0)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
