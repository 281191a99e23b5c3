package vn.hcc.dashboard.pakn.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import vn.hcc.dashboard.Confirmations;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.pakn.Pakn;
import vn.hcc.dashboard.pakn.PaknCategory;
import vn.hcc.dashboard.pakn.PaknChannel;
import vn.hcc.dashboard.pakn.PaknDraft;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.pakn.PaknSteeringService;
import vn.hcc.dashboard.pakn.PaknStatus;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.UserService;

/**
 * The handler's inbox and answer, the director's list and actions, leadership reading, a handler refused someone
 * else's item by its URL, and the public page without contact details. The tests of this class share one database,
 * so each works with its own handler or its own words.
 */
class PaknViewTest extends KaribuTest {

    @Autowired
    PaknService service;
    @Autowired
    PaknSteeringService steering;
    @Autowired
    UserService users;
    @Autowired
    UnitService units;
    @Autowired
    WorkingDayCalendar calendar;

    long laiHa;
    LocalDate today;

    @BeforeEach
    void catalogue() {
        login("giamdoc", Role.DIRECTOR);
        laiHa = units.listAll().stream().filter(u -> u.getCode().equals("X-LAIHA")).map(Unit::getId).findFirst()
                .orElseThrow();
        today = service.today();
    }

    private void handler(String username) {
        login("admin", Role.ADMIN);
        users.create(new UserService.NewUser(username, "Cán bộ " + username, "Thu-mat-khau-25",
                EnumSet.of(Role.PAKN_HANDLER)));
        login("giamdoc", Role.DIRECTOR);
    }

    /** Received at midnight: a petition of today is never in the future, whatever the hour the suite runs. */
    private Pakn record(LocalDate received, String content, String citizen, String contact) {
        return service.record(new PaknDraft(LocalDateTime.of(received, java.time.LocalTime.MIDNIGHT),
                PaknChannel.MOBILE_APP, citizen, contact, content, PaknCategory.LOCAL, "xã Lai Hạ", null, null));
    }

    private Pakn assigned(LocalDate received, String content, String handler) {
        Pakn p = record(received, content, "Nguyễn Văn Bình", "0912 345 678");
        return steering.assign(p.getId(), p.getVersion(), laiHa, handler);
    }

    /** A received day whose 15-working-day deadline is the next working day: due soon. */
    private LocalDate receivedForDeadlineTomorrow() {
        LocalDate target = calendar.addWorkingDays(today, 1);
        LocalDate d = today;
        while (calendar.addWorkingDays(d, 15).isAfter(target)) {
            d = d.minusDays(1);
        }
        return d;
    }

    @SuppressWarnings("unchecked")
    private static Grid<Pakn> grid() {
        return _get(Grid.class);
    }

    private static void openItem(long id) {
        UI.getCurrent().navigate("pakn/item", QueryParameters.simple(Map.of("id", String.valueOf(id))));
    }

    /** Back to an anonymous visitor, as the public sees the page. */
    private void logout() {
        VaadinSession.getCurrent().getSession()
                .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.clearContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolderStrategy::clearContext);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
        UI.getCurrent().getPage().reload();
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void theInboxListsTheHandlersOwnItemsByDeadlineWithOverdueAndDueSoonMarked() {
        handler("hoa");
        Pakn overdue = assigned(today.minusDays(60), "Đèn giao thông hỏng", "hoa");
        Pakn soon = assigned(receivedForDeadlineTomorrow(), "Mất nước sinh hoạt", "hoa");
        Pakn later = assigned(today, "Thoát nước chậm", "hoa");
        assigned(today, "Việc của người khác", "pakn");
        login("hoa", Role.PAKN_HANDLER);
        UI.getCurrent().navigate("pakn");
        assertThat(GridKt._size(grid())).isEqualTo(3);
        assertThat(List.of(GridKt._get(grid(), 0).getId(), GridKt._get(grid(), 1).getId(),
                GridKt._get(grid(), 2).getId())).containsExactly(overdue.getId(), soon.getId(), later.getId());
        assertThat(GridKt._getFormatted(grid(), 0, "deadline")).isEqualTo(VnFormat.date(overdue.getDeadline())
                + " · Quá hạn");
        assertThat(GridKt._getFormatted(grid(), 1, "deadline")).endsWith(" · Sắp đến hạn");
        assertThat(GridKt._getFormatted(grid(), 2, "deadline")).isEqualTo(VnFormat.date(later.getDeadline()));
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualTo("Đã phân công");

        GridKt._clickItem(grid(), 0);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PaknItemView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("content")).getText()).isEqualTo("Đèn giao thông hỏng");
    }

    @Test
    void theHandlerWritesAttachesAndSubmitsTheAnswerRefusalsAtTheField() {
        handler("lan");
        Pakn p = assigned(today, "Rác thải ven đường", "lan");
        login("lan", Role.PAKN_HANDLER);
        openItem(p.getId());
        PaknAnswerForm form = _get(PaknAnswerForm.class);
        form.dossierCode.setValue("KHONG-CO-1");
        _click(_get(Button.class, s -> s.withId("save-draft")));
        assertThat(form.dossierCode.getErrorMessage()).isEqualTo("Không có hồ sơ mã \"KHONG-CO-1\" trong hệ thống");
        form.dossierCode.setValue("");
        _click(_get(Button.class, s -> s.withId("submit")));
        assertThat(form.answer.isInvalid()).isTrue();
        assertThat(form.answer.getErrorMessage()).isEqualTo("Không được để trống");

        form.answer.setValue("UBND xã đã thu gom rác ngày 20/11.");
        _click(_get(Button.class, s -> s.withId("submit")));
        // asked first: nothing sent until confirmed, and what was typed is still there after Cancel
        assertThat(Confirmations.cancel()).contains("không sửa được nữa");
        assertThat(service.find(p.getId()).orElseThrow().getStatus()).isEqualTo(PaknStatus.ASSIGNED);
        assertThat(form.answer.getValue()).isEqualTo("UBND xã đã thu gom rác ngày 20/11.");
        _click(_get(Button.class, s -> s.withId("submit")));
        Confirmations.confirm();
        NotificationsKt.expectNotifications("Đã gửi trả lời; câu trả lời đang chờ công khai");
        Pakn answered = service.find(p.getId()).orElseThrow();
        assertThat(answered.getStatus()).isEqualTo(PaknStatus.ANSWERED);
        assertThat(answered.getAnswer()).isEqualTo("UBND xã đã thu gom rác ngày 20/11.");
        assertThat(_get(Paragraph.class, s -> s.withId("status")).getText()).isEqualTo("Trạng thái: Chờ công khai");
        // locked for the handler: no form any more, the answer is shown as sent, and the service refuses a change
        assertThat(_find(PaknAnswerForm.class)).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("answer-text")).getText())
                .isEqualTo("UBND xã đã thu gom rác ngày 20/11.");
        assertThatThrownBy(() -> service.answer(answered.getId(), answered.getVersion(), "Sửa lại", null, true))
                .isInstanceOf(FieldValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "pakn.error.submitted-locked");
        @SuppressWarnings("unchecked")
        Grid<?> history = _get(Grid.class, s -> s.withId("history"));
        int rows = GridKt._size(history);
        assertThat(GridKt._getFormatted(history, rows - 1, "what")).isEqualTo("Gửi trả lời");
        assertThat(GridKt._getFormatted(history, rows - 1, "who")).isEqualTo("lan");
        assertThat(GridKt._getFormatted(history, rows - 3, "after")).isEqualTo("Chờ công khai");
        // the handler has no director's actions
        assertThat(_find(PaknSteering.class)).isEmpty();
    }

    @Test
    void aHandlerCannotOpenAnotherHandlersItemByItsUrl() {
        handler("minh");
        Pakn other = assigned(today, "Nội dung bí mật của người khác", "pakn");
        login("minh", Role.PAKN_HANDLER);
        openItem(other.getId());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PaknItemView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("message")).getText()).isEqualTo("PAKN số " + other.getId()
                + " được giao cho cán bộ khác: bạn chỉ mở được PAKN được giao cho mình.");
        assertThat(paragraphs()).noneMatch(t -> t.contains("bí mật") || t.contains("Nguyễn Văn Bình"));
        assertThat(_find(PaknAnswerForm.class)).isEmpty();
        assertThat(_find(Grid.class)).isEmpty();
        openItem(999_999);
        assertThat(_get(Paragraph.class, s -> s.withId("message")).getText())
                .isEqualTo("Không tìm thấy PAKN số 999999.");
    }

    @Test
    void theDirectorFiltersAssignsExtendsPublishesAndHides() {
        Pakn p = record(today, "Lấn chiếm vỉa hè khu chợ Kênh", "Trần Thị Hoa", "hoa@example.vn");
        UI.getCurrent().navigate("pakn/all");
        PaknDirectorView view = _get(PaknDirectorView.class);
        view.text.setValue("chợ Kênh");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        view.unassignedOnly.setValue(true);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        view.status.setValue(PaknStatus.PUBLISHED);
        assertThat(GridKt._size(grid())).isZero();
        view.status.setValue(null);
        assertThat(view.summary.getText()).startsWith("Trong khoảng ngày đã chọn: tiếp nhận ");

        GridKt._clickItem(grid(), 0);
        PaknSteering steering = _get(PaknSteering.class);
        _click(_get(Button.class, s -> s.withId("assign")));
        assertThat(steering.unit.getErrorMessage()).isEqualTo("Không được để trống");
        steering.unit.setValue(units.listAll().stream().filter(u -> u.getId() == laiHa).findFirst().orElseThrow());
        steering.handler.setValue(service.handlers().stream().filter(h -> h.username().equals("pakn")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, s -> s.withId("assign")));
        assertThat(service.find(p.getId()).orElseThrow().getHandler()).isEqualTo("pakn");

        steering = _get(PaknSteering.class);
        LocalDate first = service.find(p.getId()).orElseThrow().getDeadline();
        steering.newDeadline.setValue(first.minusDays(1));
        steering.extensionReason.setValue("Cần xác minh");
        _click(_get(Button.class, s -> s.withId("extend")));
        assertThat(steering.newDeadline.getErrorMessage()).isEqualTo("Hạn mới phải sau hạn hiện tại");
        steering.newDeadline.setValue(first.plusDays(10));
        _click(_get(Button.class, s -> s.withId("extend")));
        assertThat(service.find(p.getId()).orElseThrow().getDeadline()).isEqualTo(first.plusDays(10));

        // the director may answer too, then publish; a published answer has no actions left
        PaknAnswerForm form = _get(PaknAnswerForm.class);
        form.answer.setValue("Đã giao UBND xã xử lý dứt điểm.");
        _click(_get(Button.class, s -> s.withId("submit")));
        Confirmations.confirm();
        _click(_get(Button.class, s -> s.withId("publish")));
        assertThat(Confirmations.cancel()).contains("trang công khai");
        assertThat(service.find(p.getId()).orElseThrow().getStatus()).as("not published before confirming")
                .isNotEqualTo(PaknStatus.PUBLISHED);
        _click(_get(Button.class, s -> s.withId("publish")));
        Confirmations.confirm();
        assertThat(service.find(p.getId()).orElseThrow().getStatus()).isEqualTo(PaknStatus.PUBLISHED);
        assertThat(_find(PaknSteering.class)).isEmpty();
        assertThat(_find(PaknAnswerForm.class)).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("answer-text")).getText())
                .isEqualTo("Đã giao UBND xã xử lý dứt điểm.");

        Pakn q = record(today, "Phản ánh trùng lặp", "Lê Văn C", null);
        openItem(q.getId());
        PaknSteering hideIt = _get(PaknSteering.class);
        _click(_get(Button.class, s -> s.withId("hide")));
        assertThat(Confirmations.confirm()).contains("bị ẩn khỏi trang công khai");
        assertThat(hideIt.hiddenReason.getErrorMessage()).isEqualTo("Không được để trống");
        hideIt.hiddenReason.setValue("Trùng với PAKN số " + p.getId());
        _click(_get(Button.class, s -> s.withId("hide")));
        assertThat(service.find(q.getId()).orElseThrow().getStatus()).as("asked first").isNotEqualTo(PaknStatus.HIDDEN);
        Confirmations.confirm();
        assertThat(service.find(q.getId()).orElseThrow().getStatus()).isEqualTo(PaknStatus.HIDDEN);
    }

    @Test
    void leadershipReadsWithoutActions() {
        Pakn p = assigned(today, "Kiến nghị về giờ làm việc", "pakn");
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("pakn/all");
        assertThat(_find(Button.class, s -> s.withId("add"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("deadlines"))).isEmpty();
        openItem(p.getId());
        assertThat(_get(Paragraph.class, s -> s.withId("content")).getText()).isEqualTo("Kiến nghị về giờ làm việc");
        assertThat(_find(PaknSteering.class)).isEmpty();
        assertThat(_find(PaknAnswerForm.class)).isEmpty();
    }

    @Test
    void aHandlerRecordsANewPetitionWithItsDeadlineShown() {
        login("pakn", Role.PAKN_HANDLER);
        UI.getCurrent().navigate("pakn");
        _click(_get(Button.class, s -> s.withId("add")));
        NewPaknDialog dialog = _get(NewPaknDialog.class);
        dialog.receivedAt.setValue(LocalDateTime.of(2025, 3, 3, 9, 0));
        dialog.category.setValue(PaknCategory.REGULATION);
        assertThat(dialog.deadline.getValue()).isEqualTo("24/03/2025");
        dialog.channel.setValue(PaknChannel.HOTLINE);
        dialog.content.setValue("Hỏi về thủ tục đăng ký khai sinh");
        _click(_get(Button.class, s -> s.withId("save")));
        assertThat(dialog.citizenName.getErrorMessage()).isEqualTo("Không được để trống");
        dialog.citizenName.setValue("Phạm Văn D");
        _click(_get(Button.class, s -> s.withId("save")));
        assertThat(dialog.isOpened()).isFalse();
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("pakn/all");
        PaknDirectorView view = _get(PaknDirectorView.class);
        view.unassignedOnly.setValue(true);
        view.text.setValue("đăng ký khai sinh");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid(), 0, "citizen")).isEqualTo("Phạm Văn D");
    }

    @Test
    void theDirectorChangesTheWorkingDaysPerCategory() {
        UI.getCurrent().navigate("pakn/all");
        _click(_get(Button.class, s -> s.withId("deadlines")));
        DeadlinesDialog dialog = _get(DeadlinesDialog.class);
        dialog.days.get(PaknCategory.LOCAL).setValue("0");
        _click(_get(Button.class, s -> s.withId("save")));
        assertThat(dialog.days.get(PaknCategory.LOCAL).getErrorMessage()).isEqualTo("Giá trị phải từ 1 đến 60");
        dialog.days.get(PaknCategory.LOCAL).setValue("15");
        _click(_get(Button.class, s -> s.withId("save")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(service.deadlineDays()).containsEntry(PaknCategory.LOCAL, 15);
    }

    @Test
    void thePublicPageListsPublishedAnswersWithoutContactDetails() {
        List<Long> published = new ArrayList<>();
        for (String content : List.of("Cống thoát nước tắc ở thôn Đông", "Đèn đường không sáng")) {
            Pakn p = record(today, content, "Vũ Thị Kín Đáo", "0987 654 321, kin.dao@example.vn");
            Pakn a = service.answer(p.getId(), p.getVersion(), "Đã sửa xong: " + content, null, true);
            steering.publish(p.getId(), a.getVersion());
            published.add(p.getId());
        }
        record(today, "Cống thoát nước chưa trả lời", "Vũ Thị Kín Đáo", "0987 654 321");
        logout();
        UI.getCurrent().navigate("gop-y");
        PaknPublicView view = _get(PaknPublicView.class);
        view.search.setValue("thoát nước");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).id()).isEqualTo(published.get(0));
        assertThat(GridKt._getFormatted(view.grid, 0, "answer"))
                .isEqualTo("Đã sửa xong: Cống thoát nước tắc ở thôn Đông");
        view.search.setValue("");
        int rows = GridKt._size(view.grid);
        assertThat(rows).isGreaterThanOrEqualTo(2);
        for (int r = 0; r < rows; r++) {
            for (String key : List.of("publishedOn", "category", "locality", "question", "answer")) {
                assertThat(GridKt._getFormatted(view.grid, r, key)).doesNotContain("Kín Đáo", "0987", "kin.dao");
            }
        }
        assertThat(paragraphs()).noneMatch(t -> t.contains("Kín Đáo"));
    }

    @Test
    void anAnswerAfterTheDeadlineStaysMarkedLateInTheListAndTheHistory() {
        handler("thuy");
        LocalDate received = today.minusDays(40);
        Pakn p = assigned(received, "Đèn đường hỏng lâu ngày", "thuy");
        login("thuy", Role.PAKN_HANDLER);
        openItem(p.getId());
        _get(PaknAnswerForm.class).answer.setValue("Đã thay bóng đèn.");
        _click(_get(Button.class, s -> s.withId("submit")));
        Confirmations.confirm();
        Pakn answered = service.find(p.getId()).orElseThrow();
        assertThat(answered.answeredLate()).isTrue();
        int daysLate = calendar.workingDaysBetween(answered.getDeadline(), today);
        assertThat(_get(Paragraph.class, s -> s.withId("assignment")).getText())
                .endsWith(VnFormat.date(answered.getDeadline()) + " · Trả lời quá hạn");
        @SuppressWarnings("unchecked")
        Grid<?> history = _get(Grid.class, s -> s.withId("history"));
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < GridKt._size(history); r++) {
            lines.add(GridKt._getFormatted(history, r, "field") + ": " + GridKt._getFormatted(history, r, "after"));
        }
        assertThat(lines).contains("Quá hạn: Trả lời sau hạn " + daysLate + " ngày làm việc");

        // the director's list keeps the mark and the row colour after the answer, and so after publication
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("pakn/all");
        PaknDirectorView view = _get(PaknDirectorView.class);
        view.text.setValue("Đèn đường hỏng lâu ngày");
        Grid<vn.hcc.dashboard.pakn.PaknRow> list = view.grid;
        assertThat(GridKt._size(list)).isEqualTo(1);
        assertThat(GridKt._getFormatted(list, 0, "deadline")).endsWith("· Trả lời quá hạn");
        assertThat(list.getPartNameGenerator().apply(GridKt._get(list, 0))).isEqualTo("overdue");
        steering.publish(answered.getId(), answered.getVersion());
        list.getDataProvider().refreshAll();
        assertThat(GridKt._getFormatted(list, 0, "deadline")).endsWith("· Trả lời quá hạn");
        assertThat(GridKt._getFormatted(list, 0, "status")).isEqualTo("Đã công khai");
    }

    @Test
    void theDirectorsListOpensOnWhatNeedsActionAndHasAQueueOfAnswersToPublish() {
        handler("tuan");
        Pakn overdue = assigned(today.minusDays(35), "Hàng quán lấn chiếm vỉa hè", "tuan");
        Pakn waiting = assigned(today.minusDays(3), "Xin cấp lại biển số nhà", "tuan");
        login("tuan", Role.PAKN_HANDLER);
        service.answer(waiting.getId(), waiting.getVersion(), "Đã cấp lại.", null, true);
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("pakn/all");
        Grid<vn.hcc.dashboard.pakn.PaknRow> list = _get(PaknDirectorView.class).grid;
        // status and deadline come right after the number, so they stay in sight on a 1366 px screen
        assertThat(list.getColumns().stream().map(Grid.Column::getKey).limit(3)).containsExactly("id", "deadline",
                "status");
        List<Pakn> rows = new ArrayList<>();
        for (int r = 0; r < GridKt._size(list); r++) {
            rows.add(GridKt._get(list, r).item());
        }
        assertThat(rows).extracting(Pakn::getId).contains(overdue.getId(), waiting.getId());
        assertThat(rows.getFirst().isOverdue(today)).as("an overdue item leads").isTrue();
        // unanswered by deadline, then waiting for publication, then finished
        for (int i = 1; i < rows.size(); i++) {
            Pakn a = rows.get(i - 1);
            Pakn b = rows.get(i);
            assertThat(rank(a)).as("rank of row " + i).isLessThanOrEqualTo(rank(b));
            if (rank(a) == rank(b) && rank(a) < 2) {
                assertThat(a.getDeadline()).as("deadline order at row " + i).isBeforeOrEqualTo(b.getDeadline());
            }
        }

        PaknDirectorView view = _get(PaknDirectorView.class);
        long awaiting = service.count(new vn.hcc.dashboard.pakn.PaknQuery(null, null, PaknStatus.ANSWERED, null,
                null, null, null, false, false, null, today));
        assertThat(awaiting).isPositive();
        assertThat(view.awaitingOnly.getLabel()).isEqualTo("Chờ công khai (" + awaiting + ")");
        view.awaitingOnly.setValue(true);
        assertThat(GridKt._size(list)).isEqualTo((int) awaiting);
        for (int r = 0; r < GridKt._size(list); r++) {
            assertThat(GridKt._getFormatted(list, r, "status")).isEqualTo("Chờ công khai");
        }
        assertThat(view.status.isEnabled()).isFalse();
    }

    private static int rank(Pakn p) {
        return p.getStatus().isOpen() ? 0 : p.getStatus() == PaknStatus.ANSWERED ? 1 : 2;
    }
}
