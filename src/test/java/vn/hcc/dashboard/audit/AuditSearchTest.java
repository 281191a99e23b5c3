package vn.hcc.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.Period;

/** The administrator's filters (period, type, actor, text), newest first, the export as stored, and who may read. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "quantri", roles = "ADMIN")
class AuditSearchTest {

    static final LocalDate DAY = LocalDate.of(2030, 5, 14);

    @Autowired
    AuditService audit;
    @Autowired
    TestClock clock;
    @Autowired
    AuditEntryRepository entries;

    @BeforeEach
    void threeEntriesOnTwoDays() {
        clock.set(DAY.atTime(8, 0));
        entries.save(new AuditEntry(DAY.atTime(8, 0), "giamdoc", new AuditEvent(AuditedType.STAFF, 41L,
                "Trần Thị Minh", AuditAction.UPDATE, Map.of("position", new Change("Chuyên viên", "Phó giám đốc")))));
        entries.save(new AuditEntry(DAY.atTime(9, 30), "quantri", new AuditEvent(AuditedType.UNIT, 7L,
                "Phòng Tư pháp", AuditAction.DELETE, Map.of("code", new Change("TP", null)))));
        entries.save(new AuditEntry(DAY.plusDays(1).atTime(7, 0), "giamdoc", new AuditEvent(AuditedType.STAFF,
                42L, "Lê Văn Hùng", AuditAction.CREATE, Map.of("fullName", new Change(null, "Lê Văn Hùng")))));
    }

    private List<String> labels(AuditFilter f) {
        assertThat(audit.count(f)).isEqualTo(audit.search(f, 0, 50).size());
        return audit.search(f, 0, 50).stream().map(AuditEntry::getLabel).toList();
    }

    @Test
    void theFiltersNarrowTheTrailNewestFirst() {
        Period both = Period.of(DAY, DAY.plusDays(1));
        assertThat(labels(AuditFilter.of(both))).containsExactly("Lê Văn Hùng", "Phòng Tư pháp", "Trần Thị Minh");
        assertThat(labels(AuditFilter.of(Period.day(DAY)))).containsExactly("Phòng Tư pháp", "Trần Thị Minh");
        assertThat(labels(new AuditFilter(both, AuditedType.STAFF, "", ""))).containsExactly("Lê Văn Hùng",
                "Trần Thị Minh");
        assertThat(labels(new AuditFilter(both, null, "GIAM", ""))).containsExactly("Lê Văn Hùng", "Trần Thị Minh");
        assertThat(labels(new AuditFilter(both, null, "", "tư pháp"))).containsExactly("Phòng Tư pháp");
        assertThat(labels(new AuditFilter(both, null, "", "42"))).containsExactly("Lê Văn Hùng");
        assertThat(labels(AuditFilter.of(Period.day(DAY.minusDays(1))))).isEmpty();
    }

    @Test
    void anEntryIsStampedByTheApplicationClock() {
        clock.set(LocalDateTime.of(2030, 5, 16, 10, 15));
        audit.record(new AuditEvent(AuditedType.HOLIDAY, 5L, "Nghỉ bù", AuditAction.CREATE, Map.of()));
        assertThat(audit.search(AuditFilter.of(Period.day(LocalDate.of(2030, 5, 16))), 0, 10)).singleElement()
                .satisfies(e -> {
                    assertThat(e.getAt()).isEqualTo(LocalDateTime.of(2030, 5, 16, 10, 15));
                    assertThat(e.getActor()).isEqualTo("quantri");
                });
    }

    @Test
    void theExportHoldsTheFilteredEntriesAsStored() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.export(new AuditFilter(Period.of(DAY, DAY.plusDays(1)), AuditedType.STAFF, "", ""),
                key -> key.startsWith("audit.type.") ? "Cán bộ" : key, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(wb.getSheetName(0)).isEqualTo("audit.sheet");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("audit.column.at");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("audit.column.changes");
            Row newest = sheet.getRow(1);
            assertThat(newest.getCell(0).getLocalDateTimeCellValue()).isEqualTo(DAY.plusDays(1).atTime(7, 0));
            assertThat(newest.getCell(1).getStringCellValue()).isEqualTo("giamdoc");
            assertThat(newest.getCell(2).getStringCellValue()).isEqualTo("Cán bộ");
            assertThat(newest.getCell(3).getNumericCellValue()).isEqualTo(42);
            assertThat(newest.getCell(4).getStringCellValue()).isEqualTo("Lê Văn Hùng");
            assertThat(newest.getCell(5).getStringCellValue()).isEqualTo("audit.action.CREATE");
            assertThat(newest.getCell(6).getStringCellValue()).isEqualTo("{\"fullName\":[null,\"Lê Văn Hùng\"]}");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue())
                    .isEqualTo("{\"position\":[\"Chuyên viên\",\"Phó giám đốc\"]}");
        }
    }

    @Test
    @WithMockUser(roles = {"DIRECTOR", "LEADER", "RECEPTION", "PAKN_HANDLER"})
    void onlyTheAdministratorReadsTheTrail() {
        AuditFilter f = AuditFilter.of(Period.day(DAY));
        assertThatThrownBy(() -> audit.search(f, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(f)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.export(f, k -> k, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
