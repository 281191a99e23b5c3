package vn.hcc.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;

/**
 * Each unit's letterhead: the defaults of a unit without one, what a saved one prints (national heading, number,
 * place and today's date, signers), the refused inputs at their fields, concurrent edits and who may do what.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "LEADER")
class LetterheadServiceTest {

    @Autowired
    LetterheadService letterheads;
    @Autowired
    UnitService units;
    @Autowired
    Clock clock;

    private Unit unit(String code) {
        return units.listAll().stream().filter(u -> u.getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aUnitWithoutLetterheadPrintsItsCatalogueNameInCapitals() {
        Unit justice = unit("P-TP");
        LetterheadDraft d = letterheads.letterhead(justice.getId());
        assertThat(d.version()).isNull();
        assertThat(d.issuer()).isEqualTo("PHÒNG TƯ PHÁP");
        ReportHeading h = letterheads.heading(justice.getId(), VI_TEXTS);
        assertThat(h.nation()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(h.motto()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThat(h.issuer()).isEqualTo("PHÒNG TƯ PHÁP");
        assertThat(h.governingBody()).isEmpty();
        assertThat(h.number()).isEqualTo("Số:        /BC");
        LocalDate today = LocalDate.now(clock);
        assertThat(h.placeAndDate()).isEqualTo(String.format("..........,"
                + " ngày %02d tháng %02d năm %d", today.getDayOfMonth(), today.getMonthValue(), today.getYear()));
        assertThat(h.preparer()).isEqualTo(new ReportHeading.Signer("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", ""));
        assertThat(h.head()).isEqualTo(new ReportHeading.Signer("THỦ TRƯỞNG ĐƠN VỊ", "(Ký tên, đóng dấu)", ""));
        assertThat(h.pageFooter()).isEqualTo("Trang &P/&N");
    }

    @Test
    void theCenterOfTheDemoPrintsItsOwnLetterhead() {
        ReportHeading h = letterheads.heading(null, VI_TEXTS);
        assertThat(h.governingBody()).isEqualTo("UBND HUYỆN LƯƠNG TÀI");
        assertThat(h.issuer()).isEqualTo("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG");
        assertThat(h.number()).isEqualTo("Số:        /BC-TTPVHCC");
        assertThat(h.placeAndDate()).startsWith("Lương Tài, ngày ");
        assertThat(h.preparer().name()).isEqualTo("Phạm Thị Lan");
        assertThat(h.head()).isEqualTo(new ReportHeading.Signer("GIÁM ĐỐC", "(Ký tên, đóng dấu)", "Trần Thị Minh"));
    }

    @Test
    void aSavedLetterheadIsWhatTheUnitsReportsPrint() {
        Long id = unit("P-TP").getId();
        LetterheadDraft saved = letterheads.save(new LetterheadDraft(id, null, " UBND huyện Lương Tài ",
                "Phòng Tư pháp huyện", "BC-PTP", "Lương Tài", "Đỗ Văn Hải", "Trưởng phòng", "Lê Văn Nam"));
        assertThat(saved.version()).isNotNull();
        assertThat(letterheads.letterhead(id)).isEqualTo(saved);
        assertThat(saved.governingBody()).isEqualTo("UBND huyện Lương Tài");
        ReportHeading h = letterheads.heading(id, VI_TEXTS);
        assertThat(h.governingBody()).isEqualTo("UBND HUYỆN LƯƠNG TÀI");
        assertThat(h.issuer()).isEqualTo("PHÒNG TƯ PHÁP HUYỆN");
        assertThat(h.number()).isEqualTo("Số:        /BC-PTP");
        assertThat(h.head()).isEqualTo(new ReportHeading.Signer("TRƯỞNG PHÒNG", "(Ký tên, đóng dấu)", "Lê Văn Nam"));
        assertThat(h.preparer().name()).isEqualTo("Đỗ Văn Hải");

        LetterheadDraft again = letterheads.save(new LetterheadDraft(id, saved.version(), "", "Phòng Tư pháp",
                "BC-PTP", "", "", "", ""));
        assertThat(again.version()).isGreaterThan(saved.version());
        assertThat(letterheads.heading(id, VI_TEXTS).head().title()).isEqualTo("THỦ TRƯỞNG ĐƠN VỊ");
    }

    @Test
    void badInputIsRefusedAtItsField() {
        Long id = unit("P-TP").getId();
        assertRefused(new LetterheadDraft(id, null, "", " ", "BC", "", "", "", ""), "issuer", "validation.required");
        assertRefused(new LetterheadDraft(id, null, "", "Phòng", "BC UBND", "", "", "", ""), "numberSymbol",
                "letterhead.error.symbol");
        assertRefused(new LetterheadDraft(id, null, "", "Phòng", "", "", "", "", ""), "numberSymbol",
                "validation.required");
        assertRefused(new LetterheadDraft(id, null, "", "Phòng", "BC", "x".repeat(101), "", "", ""), "place",
                "validation.too-long");
        assertRefused(new LetterheadDraft(null, null, "", "Phòng", "BC", "", "", "", ""), "unit",
                "validation.required");
        assertThat(letterheads.letterhead(id).version()).as("nothing stored").isNull();
    }

    @Test
    void aSaveFromAnOutdatedFormIsRefused() {
        Long id = unit("P-TP").getId();
        LetterheadDraft first = letterheads.save(new LetterheadDraft(id, null, "", "Phòng Tư pháp", "BC", "", "", "",
                ""));
        letterheads.save(new LetterheadDraft(id, first.version(), "", "Phòng Tư pháp", "BC-A", "", "", "", ""));
        assertThatThrownBy(() -> letterheads.save(new LetterheadDraft(id, first.version(), "", "Phòng Tư pháp",
                "BC-B", "", "", "", ""))).isInstanceOf(ConcurrentEditException.class);
        // a second form opened before the first save still believes there is no letterhead
        assertThatThrownBy(() -> letterheads.save(new LetterheadDraft(id, null, "", "Phòng Tư pháp", "BC-C", "", "",
                "", ""))).isInstanceOf(ConcurrentEditException.class);
        assertThat(letterheads.letterhead(id).numberSymbol()).isEqualTo("BC-A");
    }

    @Test
    @WithMockUser(roles = "DIRECTOR")
    void directorsPrintLetterheadsButDoNotChangeThem() {
        assertThat(letterheads.heading(null, VI_TEXTS).issuer()).isNotEmpty();
        Long id = unit("P-TP").getId();
        assertThatThrownBy(() -> letterheads.save(new LetterheadDraft(id, null, "", "Phòng", "BC", "", "", "", "")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = {"RECEPTION", "PAKN_HANDLER"})
    void receptionAndPaknHandlersHaveNoAccess() {
        assertThatThrownBy(() -> letterheads.letterhead(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> letterheads.heading(null, VI_TEXTS)).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(LetterheadDraft d, String field, String key) {
        assertThatThrownBy(() -> letterheads.save(d)).isInstanceOfSatisfying(FieldValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
