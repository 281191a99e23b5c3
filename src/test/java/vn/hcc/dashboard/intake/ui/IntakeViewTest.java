package vn.hcc.dashboard.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import vn.hcc.dashboard.base.VnFormat;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.Confirmations;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.Dossier;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.security.Role;

class IntakeViewTest extends KaribuTest {

    @Autowired
    DossierService dossiers;
    @Autowired
    vn.hcc.dashboard.intake.ApologyLetterService letters;
    @Autowired
    TestClock clock;
    @Autowired
    vn.hcc.dashboard.catalog.WorkingDayCalendar calendar;
    @Autowired
    ProcedureService procedures;

    LocalDate today;

    @BeforeEach
    void signIn() {
        login("tiepnhan", Role.RECEPTION);
        today = dossiers.today();
    }

    private Dossier recordToday(String code, String procedureCode) {
        return dossiers.record(dossiers.propose(procedures.findByCode(procedureCode).orElseThrow().getId(),
                LocalDateTime.of(today, LocalTime.MIDNIGHT), code, Channel.ONLINE)); // never after now
    }

    @SuppressWarnings("unchecked")
    private Grid<vn.hcc.dashboard.intake.DossierRow> grid() {
        return _get(Grid.class);
    }

    @Test
    void todaysDossiersAreListedAndFiltered() {
        recordToday("VT-1", "HT-01");
        recordToday("VT-2", "CT-02");
        UI.getCurrent().navigate("intake");
        TextField search = _get(TextField.class, s -> s.withId("search"));
        search.setValue("VT-"); // the tests of this class share one database
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid(), 0, "receivedAt")).startsWith(vn.hcc.dashboard.base.VnFormat.date(today));
        search.setValue("VT-2");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).dossier().getCode()).isEqualTo("VT-2");
        // the row names its field and unit (the procedure's), resolved by the service for the page
        assertThat(GridKt._getFormatted(grid(), 0, "field")).isEqualTo("Chứng thực");
        assertThat(GridKt._getFormatted(grid(), 0, "unit")).isEqualTo(procedures.findByCode("CT-02").orElseThrow()
                .getUnit().getName());
    }

    @Test
    void overdueOnlyShowsLateOpenDossiersWhateverTheirDay() {
        Dossier old = dossiers.record(dossiers.propose(procedures.findByCode("HT-01").orElseThrow().getId(),
                LocalDateTime.of(today.minusDays(30), LocalTime.of(9, 0)), "OLD-1", Channel.IN_PERSON));
        recordToday("NEW-1", "HT-01");
        UI.getCurrent().navigate("intake");
        TextField search = _get(TextField.class, s -> s.withId("search"));
        search.setValue("OLD-1");
        assertThat(GridKt._size(grid())).as("received 30 days ago: not in today's list").isZero();
        _get(Checkbox.class, s -> s.withId("overdue-only")).setValue(true);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).dossier().getCode()).isEqualTo(old.getCode());
        search.setValue("NEW-1");
        assertThat(GridKt._size(grid())).as("due tomorrow: not overdue").isZero();
    }

    @Test
    void recordingADossierProposesFieldUnitAndDueDate() {
        UI.getCurrent().navigate("intake");
        _click(_get(Button.class, s -> s.withId("add")));
        NewDossierDialog dialog = _get(NewDossierDialog.class);
        dialog.receivedAt.setValue(LocalDateTime.of(2025, 1, 24, 15, 30));
        dialog.procedure.setValue(procedures.findByCode("CT-02").orElseThrow());
        assertThat(dialog.fieldAndUnit.getValue()).contains("Chứng thực", "Phòng Tư pháp");
        assertThat(dialog.dueOn.getValue()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(dialog.fee.getValue()).isEqualTo("2.000");

        _click(_get(Button.class, s -> s.withId("save")));
        assertThat(dialog.code.isInvalid()).isTrue();
        assertThat(dialog.code.getErrorMessage()).isEqualTo("Không được để trống");

        dialog.code.setValue("KT-250124-0001");
        dialog.fee.setValue("2,5");
        _click(_get(Button.class, s -> s.withId("save")));
        assertThat(dialog.fee.getErrorMessage()).isEqualTo("Vui lòng nhập số nguyên");

        dialog.fee.setValue("4.000");
        _click(_get(Button.class, s -> s.withId("save")));
        assertThat(dialog.isOpened()).isFalse();
        Dossier saved = dossiers.findByCode("KT-250124-0001").orElseThrow();
        assertThat(saved.data().fee()).isEqualTo(4_000);
        assertThat(saved.data().receivedOn()).isEqualTo(LocalDate.of(2025, 2, 3));
        // the warehouse and reuse records were left empty: not recorded, not "no"
        assertThat(saved.data().componentsStored()).isNull();
        assertThat(saved.data().reusedData()).isNull();

        // the desk finds it under the day it arrived, though it counts from the next working day
        _get(VnDatePicker.class, s -> s.withId("from")).setValue(LocalDate.of(2025, 1, 24));
        _get(VnDatePicker.class, s -> s.withId("to")).setValue(LocalDate.of(2025, 1, 24));
        _get(TextField.class, s -> s.withId("search")).setValue("KT-250124");
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }

    @Test
    void theFormProposesTheApplicationClocksTimeAndRefusesALaterOne() {
        // 18:40 in the Center is 11:40 UTC: the form proposes the Center's time, not the server's
        LocalDateTime now = LocalDateTime.of(2026, 12, 3, 18, 40);
        clock.set(now.plusSeconds(20));
        try {
            UI.getCurrent().navigate("intake");
            _click(_get(Button.class, s -> s.withId("add")));
            NewDossierDialog dialog = _get(NewDossierDialog.class);
            assertThat(dialog.receivedAt.getValue()).isEqualTo(now);
            assertThat(dialog.receivedAt.getMax()).isEqualTo(now);

            dialog.code.setValue("FUT-1");
            dialog.procedure.setValue(procedures.findByCode("HT-01").orElseThrow());
            dialog.receivedAt.setValue(LocalDateTime.of(2026, 12, 4, 8, 0));
            _click(_get(Button.class, s -> s.withId("save")));
            assertThat(dialog.isOpened()).isTrue();
            assertThat(dialog.receivedAt.isInvalid()).isTrue();
            assertThat(dialog.receivedAt.getErrorMessage())
                    .isEqualTo("Thời điểm tiếp nhận không được sau thời điểm hiện tại (03/12/2026 18:40)");
            assertThat(dossiers.findByCode("FUT-1")).isEmpty();
        } finally {
            clock.set(LocalDateTime.now(TestClock.ZONE));
        }
    }

    @Test
    void aDuplicateCodeIsRefusedAtTheField() {
        recordToday("DUP-9", "HT-01");
        UI.getCurrent().navigate("intake");
        _click(_get(Button.class, s -> s.withId("add")));
        NewDossierDialog dialog = _get(NewDossierDialog.class);
        dialog.code.setValue("DUP-9");
        dialog.procedure.setValue(procedures.findByCode("HT-01").orElseThrow());
        _click(_get(Button.class, s -> s.withId("save")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.code.getErrorMessage()).isEqualTo("Mã hồ sơ \"DUP-9\" đã tồn tại");
    }

    @Test
    void aResultBeforeIntakeIsRefusedAtTheDayAndAValidOneSaved() {
        Dossier d = recordToday("ST-1", "HT-03");
        UI.getCurrent().navigate("intake");
        new DossierDetailsDialog(dossiers, letters, new vn.hcc.dashboard.intake.DossierRow(d, "", ""), false, x -> { }).open();
        DossierDetailsDialog dialog = _get(DossierDetailsDialog.class);
        dialog.nextStatus.setValue(DossierStatus.RESOLVED);
        dialog.statusDay.setValue(today.minusDays(3));
        _click(_get(Button.class, s -> s.withId("change-status")));
        assertThat(dialog.statusDay.getErrorMessage()).isEqualTo("Ngày có kết quả không được trước ngày tiếp nhận");
        dialog.statusDay.setValue(today);
        _click(_get(Button.class, s -> s.withId("change-status")));
        assertThat(dossiers.findByCode("ST-1").orElseThrow().data().status()).isEqualTo(DossierStatus.RESOLVED);
    }

    @Test
    void aSecondEditorIsToldTheirChangeWasNotSaved() {
        Dossier d = recordToday("CC-1", "HT-03");
        UI.getCurrent().navigate("intake");
        new DossierDetailsDialog(dossiers, letters, new vn.hcc.dashboard.intake.DossierRow(d, "", ""), false, x -> { }).open();
        DossierDetailsDialog dialog = _get(DossierDetailsDialog.class);
        dossiers.changeStatus(d.getId(), d.getVersion(), DossierStatus.SUPPLEMENT_REQUESTED, null);
        dialog.handler.setValue("Nguyễn Văn A");
        _click(_get(Button.class, s -> s.withId("save-details")));
        assertThat(dialog.isOpened()).isTrue();
        NotificationsKt.expectNotifications("Bản ghi này vừa được người khác sửa sau khi bạn mở. Thay đổi của bạn "
                + "chưa được lưu: hãy mở lại bản ghi để xem dữ liệu mới rồi sửa lại.");
        assertThat(dossiers.findByCode("CC-1").orElseThrow().data().handler()).isNull();
    }

    @Test
    void anApologyLetterIsCheckedIssuedOnceAndDownloadedAndPrintedInVietnamese() throws Exception {
        Dossier d = recordToday("AP-1", "HT-03");
        UI.getCurrent().navigate("intake");
        new DossierDetailsDialog(dossiers, letters, new vn.hcc.dashboard.intake.DossierRow(d, "Hộ tịch", "Tư pháp"),
                false, x -> { }).open();
        DossierDetailsDialog dialog = _get(DossierDetailsDialog.class);
        LocalDate newDue = calendar.addWorkingDays(d.data().dueOn(), 3);
        dialog.newDueOn.setValue(newDue);
        _click(_get(Button.class, s -> s.withId("record-apology")));
        assertThat(dialog.citizenName.getErrorMessage()).isEqualTo("Không được để trống");
        dialog.citizenName.setValue("Nguyễn Thị Mai");
        _click(_get(Button.class, s -> s.withId("record-apology")));
        assertThat(dialog.apologyReason.getErrorMessage()).isEqualTo("Không được để trống");
        dialog.apologyReason.setValue("Mất kết nối phần mềm một cửa");
        dialog.newDueOn.setValue(today);
        _click(_get(Button.class, s -> s.withId("record-apology")));
        assertThat(dialog.newDueOn.getErrorMessage()).isEqualTo("Ngày hẹn trả mới phải sau hôm nay");
        LocalDate sunday = today.plusDays(7 - today.getDayOfWeek().getValue() % 7);
        dialog.newDueOn.setValue(sunday.getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? sunday : sunday.plusDays(7));
        _click(_get(Button.class, s -> s.withId("record-apology")));
        assertThat(dialog.newDueOn.getErrorMessage()).isEqualTo("Ngày hẹn trả mới phải là ngày làm việc");
        assertThat(dossiers.findByCode("AP-1").orElseThrow().data().apologySent()).as("nothing saved yet").isFalse();

        dialog.newDueOn.setValue(newDue);
        _click(_get(Button.class, s -> s.withId("record-apology")));
        assertThat(dossiers.findByCode("AP-1").orElseThrow().data().newDueOn()).isEqualTo(newDue);
        // reopened on the new version: the day moves only once, and the letter is there to download and print
        DossierDetailsDialog reopened = _get(DossierDetailsDialog.class);
        assertThat(reopened).isNotSameAs(dialog);
        assertThat(_find(Button.class, s -> s.withId("record-apology"))).isEmpty();
        vn.hcc.dashboard.Downloads.File file = vn.hcc.dashboard.Downloads.of("letter-docx");
        assertThat(file.name()).isEqualTo("phieu-xin-loi-AP-1.docx");
        String text;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                file.bytes()))) {
            text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
        }
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Kính gửi: Ông/Bà Nguyễn Thị Mai.", "mã hồ sơ AP-1",
                "Thời gian hẹn trả kết quả giải quyết hồ sơ: ngày " + VnFormat.date(d.data().dueOn()) + ".",
                "Lý do: Mất kết nối phần mềm một cửa",
                "hẹn trả kết quả giải quyết hồ sơ vào ngày " + VnFormat.date(newDue) + ".",
                "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "năm " + today.getYear());

        UI.getCurrent().navigate("intake/apology-letter",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("code", "AP-1")));
        List<String> printed = _find(com.vaadin.flow.component.html.Paragraph.class).stream()
                .map(com.vaadin.flow.component.html.Paragraph::getText).toList();
        assertThat(printed).contains("Kính gửi: Ông/Bà Nguyễn Thị Mai.", "Lý do: Mất kết nối phần mềm một cửa");
        assertThat(_get(Button.class, s -> s.withId("print")).getText()).isEqualTo("In phiếu");
    }

    @Test
    void theWarehouseAndReuseRecordsAreYesNoOrNotRecorded() {
        Dossier d = recordToday("KHO-1", "HT-03");
        UI.getCurrent().navigate("intake");
        new DossierDetailsDialog(dossiers, letters, new vn.hcc.dashboard.intake.DossierRow(d, "", ""), false, x -> { }).open();
        DossierDetailsDialog dialog = _get(DossierDetailsDialog.class);
        assertThat(dialog.componentsStored.getEmptySelectionCaption()).isEqualTo("Chưa ghi nhận");
        assertThat(dialog.resultStored.getItemLabelGenerator().apply(Boolean.FALSE)).isEqualTo("Không");
        assertThat(dialog.componentsStored.getValue()).isNull();
        dialog.resultStored.setValue(Boolean.TRUE);
        dialog.reusedData.setValue(Boolean.FALSE);
        _click(_get(Button.class, s -> s.withId("save-details")));
        assertThat(dossiers.findByCode("KHO-1").orElseThrow().data()).extracting(
                vn.hcc.dashboard.intake.DossierData::componentsStored,
                vn.hcc.dashboard.intake.DossierData::resultStored, vn.hcc.dashboard.intake.DossierData::reusedData)
                .containsExactly(null, true, false);

        Dossier reopened = dossiers.findByCode("KHO-1").orElseThrow();
        new DossierDetailsDialog(dossiers, letters, new vn.hcc.dashboard.intake.DossierRow(reopened, "", ""), false, x -> { }).open();
        DossierDetailsDialog again = _find(DossierDetailsDialog.class).getLast();
        assertThat(again.resultStored.getValue()).isTrue();
        again.reusedData.setValue(null);
        _click(_find(Button.class, s -> s.withId("save-details")).getLast());
        assertThat(dossiers.findByCode("KHO-1").orElseThrow().data().reusedData()).isNull();
    }

    @Test
    void withdrawingAsksFirstAndSaysTheDossierEndsForGood() {
        Dossier d = recordToday("WD-1", "HT-03");
        UI.getCurrent().navigate("intake");
        new DossierDetailsDialog(dossiers, letters, new vn.hcc.dashboard.intake.DossierRow(d, "", ""), false, x -> { }).open();
        DossierDetailsDialog dialog = _get(DossierDetailsDialog.class);
        dialog.nextStatus.setValue(DossierStatus.WITHDRAWN);
        dialog.statusDay.setValue(today);
        _click(_get(Button.class, s -> s.withId("change-status")));
        assertThat(Confirmations.cancel()).isEqualTo("Hồ sơ WD-1 sẽ chuyển sang «Rút hồ sơ» từ ngày "
                + vn.hcc.dashboard.base.VnFormat.date(today)
                + ": hồ sơ kết thúc, không còn tính là đang giải quyết và không mở lại được.");
        assertThat(dossiers.findByCode("WD-1").orElseThrow().data().status()).isNotEqualTo(DossierStatus.WITHDRAWN);
        _click(_get(Button.class, s -> s.withId("change-status")));
        Confirmations.confirm();
        assertThat(dossiers.findByCode("WD-1").orElseThrow().data().status()).isEqualTo(DossierStatus.WITHDRAWN);

        // a step that does not end the dossier is not asked about
        Dossier other = recordToday("WD-2", "HT-03");
        new DossierDetailsDialog(dossiers, letters, new vn.hcc.dashboard.intake.DossierRow(other, "", ""), false, x -> { })
                .open();
        DossierDetailsDialog second = _find(DossierDetailsDialog.class).getLast();
        second.nextStatus.setValue(DossierStatus.RESOLVED);
        second.statusDay.setValue(today);
        _click(_get(second, Button.class, s -> s.withId("change-status")));
        assertThat(Confirmations.asked()).isFalse();
        assertThat(dossiers.findByCode("WD-2").orElseThrow().data().status()).isEqualTo(DossierStatus.RESOLVED);
    }
}
