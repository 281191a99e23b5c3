package vn.hcc.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.domain.Pageable;
import vn.hcc.dashboard.MariaDbTest;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.base.Period;

/** The catalogue on MariaDB ({@link MariaDbTest}): V2's holidays, units, fields, procedures, Vietnamese names. */
@MariaDbTest
class CatalogMariaDbTest {

    /** Three rows of V2 look like ('2025-01-27', 'Tết Nguyên đán', 'DAY_OFF'). */
    private static final Pattern HOLIDAY_ROW = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '([^']*)', '(\\w+)'\\)");

    @Autowired
    private UnitService units;
    @Autowired
    private FieldService fields;
    @Autowired
    private ProcedureService procedures;
    @Autowired
    private HolidayService holidays;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void officialHolidaysOfV2AreStoredWithTheirVietnameseNames() throws IOException {
        String v2 = new PathMatchingResourcePatternResolver()
                .getResource("classpath:db/migration/V2__official_holidays_2024_2026.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        Map<LocalDate, String> expected = new TreeMap<>();
        Matcher m = HOLIDAY_ROW.matcher(v2);
        while (m.find()) {
            expected.put(LocalDate.parse(m.group(1)), m.group(2) + "|" + m.group(3));
        }
        assertThat(expected).hasSizeGreaterThan(30).containsEntry(LocalDate.of(2025, 1, 27), "Tết Nguyên đán|DAY_OFF");

        List<Holiday> stored = SystemAccess.asAdmin(
                () -> holidays.between(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))));
        Map<LocalDate, String> actual = stored.stream().collect(Collectors.toMap(Holiday::getDay,
                h -> h.getName() + "|" + h.getKind(), (a, b) -> a, TreeMap::new));
        assertThat(actual).containsAllEntriesOf(expected);
    }

    @Test
    void administratorCreatesUnitFieldAndProcedureAndReadsThemBack() {
        Unit unit = SystemAccess.asAdmin(() -> units.save(new UnitDraft(null, 0, "UBX" + suffix,
                "UBND xã Phú Hòa " + suffix, UnitKind.COMMUNE, null, true)));
        WorkField field = SystemAccess.asAdmin(() -> fields.save(null, 0, "HT" + suffix, "Hộ tịch " + suffix));
        Procedure procedure = SystemAccess.asAdmin(() -> procedures.save(new ProcedureDraft(null, 0,
                "1.001193." + suffix, "Thủ tục đăng ký khai sinh " + suffix, field.getId(), unit.getId(),
                OnlineLevel.FULLY, 3, 8_000, true, true)));

        Procedure read = SystemAccess.asAdmin(() -> procedures.findByCode("1.001193." + suffix)).orElseThrow();
        assertThat(read.getId()).isEqualTo(procedure.getId());
        assertThat(read.getName()).isEqualTo("Thủ tục đăng ký khai sinh " + suffix);
        assertThat(read.getField().getId()).isEqualTo(field.getId());
        assertThat(read.getUnit().getId()).isEqualTo(unit.getId());
        assertThat(read.getOnlineLevel()).isEqualTo(OnlineLevel.FULLY);
        assertThat(read.getFee()).isEqualTo(8_000);
        assertThat(read.isAfternoonCutoff()).isTrue();

        // Search lower-cases the filter, as the views do, and must match the Vietnamese name on MariaDB too.
        assertThat(SystemAccess.asAdmin(() -> units.search("phú hòa " + suffix.toLowerCase(), null,
                Pageable.unpaged()).getContent())).extracting(Unit::getId).containsExactly(unit.getId());
        assertThat(SystemAccess.asAdmin(() -> fields.search("hộ tịch " + suffix.toLowerCase(),
                Pageable.unpaged()).getContent())).extracting(WorkField::getId).containsExactly(field.getId());
    }

    @Test
    void aSaveWithAStaleVersionIsRefusedAndChangesNothing() {
        WorkField created = SystemAccess.asAdmin(() -> fields.save(null, 0, "CT" + suffix, "Chứng thực " + suffix));
        WorkField renamed = SystemAccess.asAdmin(() -> fields.save(created.getId(), created.getVersion(),
                "CT" + suffix, "Chứng thực bản sao " + suffix));
        assertThat(renamed.getVersion()).isEqualTo(created.getVersion() + 1);

        // A second administrator still holds the version loaded before the rename.
        assertThatThrownBy(() -> SystemAccess.asAdmin(() -> fields.save(created.getId(), created.getVersion(),
                "CT" + suffix, "Chứng thực cũ " + suffix))).isInstanceOf(ConcurrentEditException.class);
        assertThat(SystemAccess.asAdmin(() -> fields.search("ct" + suffix.toLowerCase(), Pageable.unpaged())
                .getContent())).singleElement().satisfies(f -> {
                    assertThat(f.getName()).isEqualTo("Chứng thực bản sao " + suffix);
                    assertThat(f.getVersion()).isEqualTo(renamed.getVersion());
                });
    }

    /**
     * H2 compares names exactly; MariaDB's default utf8mb4 collations ignore tone marks, which would turn two real
     * commune names into "duplicates". The mariadb profile sets utf8mb4_uca1400_vietnamese_as_ci before Flyway
     * creates the tables (CI's database is created with the server default): tone marks count, letter case not.
     */
    @Test
    void namesThatDifferOnlyByToneMarksAreDistinctButCaseIsIgnored() {
        SystemAccess.asAdmin(() -> units.save(new UnitDraft(null, 0, "TL1" + suffix, "Xã Tân Lập " + suffix,
                UnitKind.COMMUNE, null, true)));
        Unit other = SystemAccess.asAdmin(() -> units.save(new UnitDraft(null, 0, "TL2" + suffix,
                "Xã Tấn Lập " + suffix, UnitKind.COMMUNE, null, true)));
        assertThat(other.getId()).isNotNull();
        assertThatThrownBy(() -> SystemAccess.asAdmin(() -> units.save(new UnitDraft(null, 0, "TL3" + suffix,
                "XÃ TÂN LẬP " + suffix, UnitKind.COMMUNE, null, true))))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("name"));
    }
}
