package vn.hcc.dashboard.pakn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.UserService;

/**
 * Every rule and transition of a petition, with the Vietnamese message each refusal shows. The demo handler
 * {@code pakn} and a second handler {@code pakn2} created here; every test is rolled back.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class PaknServiceTest {

    static final ResourceBundle VI = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.of("vi"));

    @Autowired
    PaknService service;
    @Autowired
    PaknSteeringService steering;
    @Autowired
    UnitService units;
    @Autowired
    UserService users;
    @Autowired
    DossierService dossiers;
    @Autowired
    ProcedureService procedures;

    Map<String, Long> unit;

    static void as(String username, Role... roles) {
        SecurityContextHolder.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(username,
                null, Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList())));
    }

    @BeforeEach
    void secondHandler() {
        as("admin", Role.ADMIN);
        users.create(new UserService.NewUser("pakn2", "Đỗ Thị Thu", "Thu-mat-khau-25", EnumSet.of(Role.PAKN_HANDLER)));
        unit = units.listAll().stream().collect(Collectors.toMap(Unit::getCode, Unit::getId));
        as("giamdoc", Role.DIRECTOR);
    }

    static PaknDraft draft(LocalDateTime at, PaknCategory category) {
        return new PaknDraft(at, PaknChannel.MOBILE_APP, "Nguyễn Văn Bình", "0912 345 678",
                "Rác thải tập kết ven đường liên xã chưa được thu gom", category, "xã Lai Hạ", null, null);
    }

    private Pakn recordToday() {
        return service.record(draft(LocalDateTime.of(service.today(), LocalTime.MIDNIGHT), PaknCategory.LOCAL));
    }

    private Pakn assignedTo(String handler) {
        Pakn p = recordToday();
        return steering.assign(p.getId(), p.getVersion(), unit.get("X-LAIHA"), handler);
    }

    static void refused(ThrowingCallable call, String field, String key, String vietnamese) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FieldValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(java.text.MessageFormat.format(VI.getString(key), e.args())).isEqualTo(vietnamese);
        });
    }

    @Test
    void theDeadlineIsFifteenWorkingDaysFromTheReceivedDayAndConfigurablePerCategory() {
        // Saturday 1/3/2025 counts from Monday 3/3; 15 working days later is Monday 24/3
        Pakn p = service.record(draft(LocalDateTime.of(2025, 3, 1, 9, 30), PaknCategory.REGULATION));
        assertThat(p.getReceivedOn()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(p.getDeadline()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(p.getStatus()).isEqualTo(PaknStatus.NEW);
        assertThat(service.deadlineDays()).containsEntry(PaknCategory.LOCAL, 15);
        service.setDeadlineDays(Map.of(PaknCategory.LOCAL, 10));
        assertThat(service.proposeDeadline(LocalDateTime.of(2025, 3, 3, 8, 0), PaknCategory.LOCAL))
                .isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(service.proposeDeadline(LocalDateTime.of(2025, 3, 3, 8, 0), PaknCategory.CONDUCT))
                .isEqualTo(LocalDate.of(2025, 3, 24));
        refused(() -> service.setDeadlineDays(Map.of(PaknCategory.CONDUCT, 0)), "days-CONDUCT", "validation.range",
                "Giá trị phải từ 1 đến 60");
        assertThat(service.deadlineDays()).containsEntry(PaknCategory.CONDUCT, 15);
        as("pakn", Role.PAKN_HANDLER);
        assertThatThrownBy(() -> service.setDeadlineDays(Map.of(PaknCategory.LOCAL, 20)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewPetitionNeedsItsFactsAndAKnownDossierCode() {
        LocalDateTime at = LocalDateTime.of(2025, 3, 3, 9, 0);
        PaknDraft d = draft(at, PaknCategory.CONDUCT);
        refused(() -> service.record(new PaknDraft(at, d.channel(), " ", null, d.content(), d.category(), null, null,
                null)), "citizenName", "validation.required", "Không được để trống");
        refused(() -> service.record(new PaknDraft(at, d.channel(), "An", null, "", d.category(), null, null, null)),
                "content", "validation.required", "Không được để trống");
        refused(() -> service.record(new PaknDraft(at, d.channel(), "An", null, "x", null, null, null, null)),
                "category", "validation.required", "Không được để trống");
        refused(() -> service.record(new PaknDraft(LocalDateTime.now().plusDays(2), d.channel(), "An", null, "x",
                d.category(), null, null, null)), "receivedAt", "pakn.error.received-future",
                "Thời điểm tiếp nhận không được sau thời điểm hiện tại");
        refused(() -> service.record(new PaknDraft(at, d.channel(), "An", null, "x", d.category(), null, "KHONG-CO",
                null)), "dossierCode", "pakn.error.dossier-unknown", "Không có hồ sơ mã \"KHONG-CO\" trong hệ thống");

        dossiers.record(dossiers.propose(procedures.findByCode("HT-01").orElseThrow().getId(), at, "HS-PAKN-1",
                Channel.IN_PERSON));
        as("pakn", Role.PAKN_HANDLER);
        Pakn p = service.record(new PaknDraft(at, PaknChannel.HOTLINE, "  Trần Thị Hoa ", "", "Cán bộ hẹn trả sai",
                PaknCategory.CONDUCT, "", " HS-PAKN-1 ", null));
        assertThat(p.getCitizenName()).isEqualTo("Trần Thị Hoa");
        assertThat(p.getCitizenContact()).isNull();
        assertThat(p.getDossierCode()).isEqualTo("HS-PAKN-1");
        assertThat(p.getStatus()).as("recorded by a handler: waits for the director").isEqualTo(PaknStatus.NEW);
        as("lanhdao", Role.LEADER);
        assertThatThrownBy(() -> service.record(d)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyDirectorsAssignAndOnlyToActiveHandlers() {
        Pakn p = recordToday();
        refused(() -> steering.assign(p.getId(), p.getVersion(), null, "pakn"), "unit", "validation.required",
                "Không được để trống");
        refused(() -> steering.assign(p.getId(), p.getVersion(), unit.get("X-LAIHA"), "tiepnhan"), "handler",
                "pakn.error.not-a-handler", "Tài khoản \"tiepnhan\" không phải cán bộ xử lý PAKN đang hoạt động");
        Pakn assigned = steering.assign(p.getId(), p.getVersion(), unit.get("X-LAIHA"), "pakn");
        assertThat(assigned.getStatus()).isEqualTo(PaknStatus.ASSIGNED);
        Pakn reassigned = steering.assign(p.getId(), assigned.getVersion(), unit.get("X-PHUHOA"), "pakn2");
        assertThat(reassigned.getHandler()).isEqualTo("pakn2");
        assertThat(reassigned.getStatus()).isEqualTo(PaknStatus.ASSIGNED);

        as("pakn2", Role.PAKN_HANDLER);
        assertThatThrownBy(() -> steering.assign(p.getId(), reassigned.getVersion(), unit.get("X-LAIHA"), "pakn2"))
                .isInstanceOf(AccessDeniedException.class);
        as("lanhdao", Role.LEADER);
        assertThatThrownBy(() -> steering.assign(p.getId(), reassigned.getVersion(), unit.get("X-LAIHA"), "pakn"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAssignedHandlerDraftsAndSubmitsTheAnswerOthersCannotEvenOpenIt() {
        Pakn p = assignedTo("pakn");
        as("pakn2", Role.PAKN_HANDLER);
        assertThatThrownBy(() -> service.find(p.getId())).isInstanceOf(NotYourPaknException.class);
        assertThatThrownBy(() -> service.history(p.getId())).isInstanceOf(NotYourPaknException.class);
        assertThatThrownBy(() -> service.answer(p.getId(), p.getVersion(), "Trả lời", null, true))
                .isInstanceOf(NotYourPaknException.class);
        assertThat(service.countInbox(false)).isZero();

        as("pakn", Role.PAKN_HANDLER);
        assertThat(service.find(p.getId())).isPresent();
        Pakn draft = service.answer(p.getId(), p.getVersion(), "UBND xã đã chỉ đạo", null, false);
        assertThat(draft.getStatus()).as("a draft is not an answer").isEqualTo(PaknStatus.ASSIGNED);
        assertThat(draft.getAnsweredOn()).isNull();
        refused(() -> service.answer(p.getId(), draft.getVersion(), "  ", null, true), "answer",
                "validation.required", "Không được để trống");
        Pakn answered = service.answer(p.getId(), draft.getVersion(), "UBND xã đã thu gom xong ngày 20/9", null, true);
        assertThat(answered.getStatus()).isEqualTo(PaknStatus.ANSWERED);
        assertThat(answered.getAnsweredOn()).isEqualTo(service.today());
        // once submitted, the answer waits for publication as sent: its handler can no longer change it
        refused(() -> service.answer(p.getId(), answered.getVersion(), "Đã thu gom xong.", null, true), "answer",
                "pakn.error.submitted-locked",
                "Câu trả lời đã gửi và đang chờ công khai: người xử lý không sửa được nữa.");
        refused(() -> service.answer(p.getId(), answered.getVersion(), "Đã thu gom xong.", null, false), "answer",
                "pakn.error.submitted-locked",
                "Câu trả lời đã gửi và đang chờ công khai: người xử lý không sửa được nữa.");
        // and cannot publish it; a director may still correct it, the answer day stays
        assertThatThrownBy(() -> steering.publish(p.getId(), answered.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        as("giamdoc", Role.DIRECTOR);
        Pakn corrected = service.answer(p.getId(), answered.getVersion(), "Đã thu gom xong.", null, true);
        assertThat(corrected.getAnswer()).isEqualTo("Đã thu gom xong.");
        assertThat(corrected.getAnsweredOn()).isEqualTo(service.today());
    }

    @Test
    void aDirectorMayAnswerAnyItemAndPublishesOnlyAnswers() {
        Pakn p = recordToday();
        refused(() -> steering.publish(p.getId(), p.getVersion()), "publish", "pakn.error.publish-unanswered",
                "Chỉ công khai được PAKN đã có câu trả lời");
        Pakn answered = service.answer(p.getId(), p.getVersion(), "Trả lời của Giám đốc", null, true);
        Pakn published = steering.publish(p.getId(), answered.getVersion());
        assertThat(published.getStatus()).isEqualTo(PaknStatus.PUBLISHED);
        assertThat(published.getPublishedOn()).isEqualTo(service.today());
        String finalMessage = "Câu trả lời đã công khai, không thay đổi được nữa";
        refused(() -> service.answer(p.getId(), published.getVersion(), "sửa", null, true), "answer",
                "pakn.error.published-final", finalMessage);
        refused(() -> steering.hide(p.getId(), published.getVersion(), "trùng"), "hiddenReason",
                "pakn.error.published-final", finalMessage);
        refused(() -> steering.assign(p.getId(), published.getVersion(), unit.get("X-LAIHA"), "pakn"), "handler",
                "pakn.error.published-final", finalMessage);
        refused(() -> steering.publish(p.getId(), published.getVersion()), "publish", "pakn.error.published-final",
                finalMessage);
    }

    @Test
    void hidingNeedsAReasonAndEndsTheItem() {
        Pakn p = assignedTo("pakn");
        refused(() -> steering.hide(p.getId(), p.getVersion(), " "), "hiddenReason", "validation.required",
                "Không được để trống");
        Pakn hidden = steering.hide(p.getId(), p.getVersion(), "Trùng nội dung với PAKN đã tiếp nhận");
        assertThat(hidden.getStatus()).isEqualTo(PaknStatus.HIDDEN);
        assertThat(hidden.getHiddenOn()).isEqualTo(service.today());
        as("pakn", Role.PAKN_HANDLER);
        refused(() -> service.answer(p.getId(), hidden.getVersion(), "x", null, true), "answer",
                "pakn.error.hidden-final", "PAKN đã ẩn, không thay đổi được nữa");
    }

    @Test
    void anAnsweredItemCanStillBeHiddenBeforePublication() {
        Pakn p = recordToday();
        Pakn answered = service.answer(p.getId(), p.getVersion(), "Trả lời", null, true);
        assertThat(steering.hide(p.getId(), answered.getVersion(), "Người gửi rút lại").getStatus())
                .isEqualTo(PaknStatus.HIDDEN);
    }

    @Test
    void aDirectorExtendsAnOpenDeadlineWithAReason() {
        Pakn p = assignedTo("pakn");
        LocalDate first = p.getDeadline();
        refused(() -> steering.extendDeadline(p.getId(), p.getVersion(), first, "cần xác minh"), "deadline",
                "pakn.error.extend-not-later", "Hạn mới phải sau hạn hiện tại");
        refused(() -> steering.extendDeadline(p.getId(), p.getVersion(), first.plusDays(7), ""), "extensionReason",
                "validation.required", "Không được để trống");
        Pakn extended = steering.extendDeadline(p.getId(), p.getVersion(), first.plusDays(7), "Cần xác minh thực địa");
        assertThat(extended.getDeadline()).isEqualTo(first.plusDays(7));
        assertThat(extended.getOriginalDeadline()).isEqualTo(first);
        assertThat(extended.getExtensionReason()).isEqualTo("Cần xác minh thực địa");

        as("pakn", Role.PAKN_HANDLER);
        assertThatThrownBy(() -> steering.extendDeadline(p.getId(), extended.getVersion(), first.plusDays(9), "x"))
                .isInstanceOf(AccessDeniedException.class);
        Pakn answered = service.answer(p.getId(), extended.getVersion(), "Đã xử lý", null, true);
        as("giamdoc", Role.DIRECTOR);
        refused(() -> steering.extendDeadline(p.getId(), answered.getVersion(), first.plusDays(9), "x"), "deadline",
                "pakn.error.extend-answered", "Chỉ gia hạn được PAKN chưa trả lời");
    }

    @Test
    void aStaleVersionIsRefused() {
        Pakn p = recordToday();
        long opened = p.getVersion();
        steering.assign(p.getId(), opened, unit.get("X-LAIHA"), "pakn");
        assertThatThrownBy(() -> steering.hide(p.getId(), opened, "trùng")).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> service.answer(p.getId(), opened, "x", null, false))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void everyChangeIsInTheHistoryWithWhoWhenWhatBeforeAndAfter() {
        Pakn p = recordToday();
        Pakn a = steering.assign(p.getId(), p.getVersion(), unit.get("X-LAIHA"), "pakn");
        as("pakn", Role.PAKN_HANDLER);
        Pakn b = service.answer(p.getId(), a.getVersion(), "Đã thu gom", null, true);
        as("giamdoc", Role.DIRECTOR);
        steering.publish(p.getId(), b.getVersion());

        List<PaknHistory> h = service.history(p.getId());
        assertThat(h).extracting(PaknHistory::getAction, PaknHistory::getField, PaknHistory::getBefore,
                PaknHistory::getAfter, PaknHistory::getChangedBy).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RECORDED", "status", null, "NEW", "giamdoc"),
                        org.assertj.core.groups.Tuple.tuple("ASSIGNED", "status", "NEW", "ASSIGNED", "giamdoc"),
                        org.assertj.core.groups.Tuple.tuple("ASSIGNED", "unit", null, "UBND xã Lai Hạ", "giamdoc"),
                        org.assertj.core.groups.Tuple.tuple("ASSIGNED", "handler", null, "Hoàng Văn Nam (pakn)",
                                "giamdoc"),
                        org.assertj.core.groups.Tuple.tuple("SUBMITTED", "status", "ASSIGNED", "ANSWERED", "pakn"),
                        org.assertj.core.groups.Tuple.tuple("SUBMITTED", "answer", null, "Đã thu gom", "pakn"),
                        org.assertj.core.groups.Tuple.tuple("SUBMITTED", "answeredOn", null,
                                service.today().toString(), "pakn"),
                        org.assertj.core.groups.Tuple.tuple("PUBLISHED", "status", "ANSWERED", "PUBLISHED",
                                "giamdoc"));
        assertThat(h).allSatisfy(e -> assertThat(e.getChangedAt()).isNotNull());
    }

    @Test
    void theInboxHoldsTheHandlersOwnItemsNearestDeadlineFirst() {
        Pakn late = service.record(draft(LocalDateTime.of(2025, 3, 3, 9, 0), PaknCategory.LOCAL));
        steering.assign(late.getId(), late.getVersion(), unit.get("X-LAIHA"), "pakn");
        Pakn recent = assignedTo("pakn");
        assignedTo("pakn2");
        as("pakn", Role.PAKN_HANDLER);
        List<Pakn> mine = service.inbox(false, PageRequest.of(0, 10)).getContent();
        assertThat(mine).extracting(Pakn::getId).containsExactly(late.getId(), recent.getId());
        assertThat(mine.get(0).isOverdue(service.today())).isTrue();
        assertThat(service.countInbox(true)).isEqualTo(2);
        assertThatThrownBy(() -> service.search(PaknQuery.all(service.today()), Pageable.unpaged()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePublicSeesPublishedAnswersWithoutCitizenDetails() {
        Pakn p = recordToday();
        Pakn answered = service.answer(p.getId(), p.getVersion(), "Đã thu gom rác ven đường", null, true);
        steering.publish(p.getId(), answered.getVersion());
        recordToday(); // not published: never public
        SecurityContextHolder.clearContext();
        List<PublishedAnswer> page = service.published(PublicAnswerQuery.text("thu gom rác"), PageRequest.of(0, 20));
        assertThat(page).extracting(PublishedAnswer::id).containsExactly(p.getId());
        assertThat(service.countPublished(PublicAnswerQuery.text("thu gom rác"))).isEqualTo(1);
        assertThat(page.get(0).toString()).doesNotContain("Nguyễn Văn Bình", "0912 345 678");
        assertThat(Arrays.stream(PublishedAnswer.class.getRecordComponents()).map(c -> c.getName()))
                .doesNotContain("citizenName", "citizenContact");
        assertThatThrownBy(() -> service.find(p.getId())).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
