package vn.hcc.dashboard.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.GrantedAuthority;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.security.AppUser;
import vn.hcc.dashboard.security.Credentials;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SignInAttempt;
import vn.hcc.dashboard.security.SignInLog;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.security.UserService;

/**
 * The tests share one Spring context and database: each changes only its own users, and the listing of the
 * untouched demo accounts runs first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UserViewTest extends KaribuTest {

    @Autowired
    private UserService users;

    @BeforeEach
    void openAsAdmin() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/users");
        _get(UserView.class);
    }

    @Test
    @Order(1)
    void adminSeesTheFiveDemoUsersWithTranslatedRolesAndStatus() {
        Grid<AppUser> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(5);
        assertThat(IntStream.range(0, 5).mapToObj(i -> GridKt._getFormattedRow(grid, i).subList(0, 4)).toList())
                .containsExactly(
                        List.of("admin", "Nguyễn Văn Quản", "Quản trị viên", "Đang hoạt động"),
                        List.of("giamdoc", "Trần Thị Minh", "Giám đốc Trung tâm", "Đang hoạt động"),
                        List.of("lanhdao", "Lê Văn Hùng", "Lãnh đạo", "Đang hoạt động"),
                        List.of("pakn", "Hoàng Văn Nam", "Cán bộ xử lý PAKN", "Đang hoạt động"),
                        List.of("tiepnhan", "Phạm Thị Lan", "Cán bộ tiếp nhận", "Đang hoạt động"));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Người dùng");
        assertThat(grid.getColumnByKey("username").getHeaderText()).isEqualTo("Tên đăng nhập");
        assertThat(grid.getColumnByKey("fullName").getHeaderText()).isEqualTo("Họ và tên");
    }

    @Test
    void searchFiltersByUsernameOrFullName() {
        type(_get(TextField.class, s -> s.withId("search")), "lan");
        assertThat(usernamesShown()).containsExactly("lanhdao", "tiepnhan");
        type(_get(TextField.class, s -> s.withId("search")), "Minh");
        assertThat(usernamesShown()).containsExactly("giamdoc");
    }

    @Test
    void createdUserHasTheRolesAndCanLogInWithAHashedPassword() {
        openCreate("nguyen.van.an", "Nguyễn Văn An", "an@12345-hcc", "an@12345-hcc", Role.RECEPTION, Role.PAKN_HANDLER);
        assertThat(roles().getItemLabelGenerator().apply(Role.PAKN_HANDLER)).isEqualTo("Cán bộ xử lý PAKN");
        save();

        NotificationsKt.expectNotifications("Đã tạo người dùng nguyen.van.an");
        _assertNone(Dialog.class);
        int row = rowOf("nguyen.van.an");
        assertThat(GridKt._getFormattedRow(grid(), row).subList(0, 4))
                .containsExactly("nguyen.van.an", "Nguyễn Văn An", "Cán bộ tiếp nhận, Cán bộ xử lý PAKN",
                        "Đang hoạt động");

        assertThat(Credentials.storedPassword(context, "nguyen.van.an")).doesNotContain("an@12345-hcc").startsWith("{bcrypt}");
        var auth = Credentials.authenticate(context, "nguyen.van.an", "an@12345-hcc");
        // Spring Security 7 adds a FACTOR_PASSWORD authority for the way the user signed in; roles are the rest.
        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority).filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_RECEPTION", "ROLE_PAKN_HANDLER");
        assertThatThrownBy(() -> Credentials.authenticate(context, "nguyen.van.an", "an@12346"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void takenUsernameIsRefusedAtTheUsernameField() {
        openCreate("GiamDoc", "Trần Văn Khác", "Mat-khau-2026", "Mat-khau-2026", Role.DIRECTOR);
        save();
        assertFieldError(_get(TextField.class, s -> s.withId("username")), "Tên đăng nhập \"GiamDoc\" đã được dùng");
        assertThat(SystemAccess.asAdmin(() -> users.search("Khác", Pageable.unpaged()).getTotalElements())).isZero();
    }

    @Test
    void shortPasswordIsRefusedAtThePasswordField() {
        openCreate("hoa.lt", "Lê Thị Hoa", "123456789", "123456789", Role.RECEPTION);
        save();
        assertFieldError(_get(PasswordField.class, s -> s.withId("password")), "Mật khẩu phải có ít nhất 10 ký tự");
        assertThat(rowOf("hoa.lt")).isNegative();
    }

    @Test
    void aPasswordWithTheUsernameOrACommonOneIsRefusedAtThePasswordField() {
        openCreate("hoa.lt", "Lê Thị Hoa", "hoa.lt-2026-x", "hoa.lt-2026-x", Role.RECEPTION);
        save();
        assertFieldError(_get(PasswordField.class, s -> s.withId("password")),
                "Mật khẩu không được chứa tên đăng nhập");
        _click(_get(Button.class, s -> s.withId("cancel")));
        openCreate("hoa.lt", "Lê Thị Hoa", "Password123", "Password123", Role.RECEPTION);
        save();
        assertFieldError(_get(PasswordField.class, s -> s.withId("password")),
                "Mật khẩu này quá phổ biến, dễ bị đoán; vui lòng chọn mật khẩu khác");
        assertThat(rowOf("hoa.lt")).isNegative();
    }

    @Test
    void mismatchedConfirmationIsRefusedAtTheConfirmationField() {
        openCreate("hoa.lt", "Lê Thị Hoa", "Mat-khau-2026", "matkhau124", Role.RECEPTION);
        save();
        assertFieldError(_get(PasswordField.class, s -> s.withId("passwordConfirm")),
                "Mật khẩu nhập lại không khớp với mật khẩu");
        assertThat(_get(PasswordField.class, s -> s.withId("password")).isInvalid()).isFalse();
        assertThat(rowOf("hoa.lt")).isNegative();
    }

    @Test
    void userWithoutARoleIsRefusedAtTheRoles() {
        openCreate("hoa.lt", "Lê Thị Hoa", "Mat-khau-2026", "Mat-khau-2026");
        save();
        assertFieldError(roles(), "Hãy chọn ít nhất một vai trò");
        assertThat(rowOf("hoa.lt")).isNegative();
    }

    @Test
    void editChangesNameRolesAndLocksTheAccount() {
        clickRowButton("edit-lanhdao");
        assertThat(_get(TextField.class, s -> s.withId("username")).isReadOnly()).isTrue();
        type(_get(TextField.class, s -> s.withId("fullName")), "Lê Văn Hùng (nghỉ hưu)");
        type(roles(), EnumSet.of(Role.LEADER, Role.DIRECTOR));
        type(_get(Checkbox.class, s -> s.withId("enabled")), false);
        save();

        NotificationsKt.expectNotifications("Đã lưu");
        assertThat(GridKt._getFormattedRow(grid(), rowOf("lanhdao")).subList(0, 4))
                .containsExactly("lanhdao", "Lê Văn Hùng (nghỉ hưu)", "Giám đốc Trung tâm, Lãnh đạo", "Đã khóa");
        assertThatThrownBy(() -> Credentials.authenticate(context, "lanhdao", "demo1234"))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void disablingYourselfIsRefusedAtTheCheckbox() {
        clickRowButton("edit-admin");
        Checkbox enabled = _get(Checkbox.class, s -> s.withId("enabled"));
        type(enabled, false);
        save();
        assertFieldError(enabled, "Bạn không thể tự khóa tài khoản của mình");
        assertThat(stored("admin").isEnabled()).isTrue();
    }

    @Test
    void removingTheLastActiveAdministratorIsRefused() {
        // A second administrator whose account was locked while still signed in tries to demote the only
        // active one: the rule is about active administrators, not about who acts.
        SystemAccess.asAdmin(() -> {
            AppUser second = users.create(new UserService.NewUser("quantri2", "Vũ Thị Quản", "Mat-khau-2026",
                    EnumSet.of(Role.ADMIN)));
            users.update(second.getId(), second.getVersion(), second.getFullName(), second.getRoles(), false);
        });
        login("quantri2", Role.ADMIN);
        UI.getCurrent().navigate("admin/users");

        clickRowButton("edit-admin");
        type(roles(), EnumSet.of(Role.DIRECTOR));
        save();
        assertFieldError(roles(), "Phải còn ít nhất một Quản trị viên đang hoạt động");
        assertThat(stored("admin").getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void concurrentEditIsRefusedAndExplained() {
        clickRowButton("edit-giamdoc");
        // Someone else saves the same user while this dialog is open.
        SystemAccess.asAdmin(() -> {
            AppUser other = stored("giamdoc");
            users.update(other.getId(), other.getVersion(), "Trần Thị Minh Châu", other.getRoles(), true);
        });
        type(_get(TextField.class, s -> s.withId("fullName")), "Trần T. Minh");
        save();

        NotificationsKt.expectNotifications("Bản ghi này vừa được người khác sửa sau khi bạn mở. Thay đổi của bạn "
                + "chưa được lưu: hãy mở lại bản ghi để xem dữ liệu mới rồi sửa lại.");
        assertThat(stored("giamdoc").getFullName()).isEqualTo("Trần Thị Minh Châu");
        _get(Dialog.class); // still open: what the user typed is not lost

        // Reopened after closing, the dialog shows the other user's change and saves fine.
        _click(_get(Button.class, s -> s.withId("cancel")));
        clickRowButton("edit-giamdoc");
        assertThat(_get(TextField.class, s -> s.withId("fullName")).getValue()).isEqualTo("Trần Thị Minh Châu");
        type(_get(TextField.class, s -> s.withId("fullName")), "Trần T. Minh");
        save();
        NotificationsKt.expectNotifications("Đã lưu");
        assertThat(stored("giamdoc").getFullName()).isEqualTo("Trần T. Minh");
    }

    @Test
    void resetPasswordReplacesTheOldOne() {
        clickRowButton("reset-tiepnhan");
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Đặt lại mật khẩu cho tiepnhan");
        type(_get(PasswordField.class, s -> s.withId("newPassword")), "Lan-tiep-2026");
        type(_get(PasswordField.class, s -> s.withId("newPasswordConfirm")), "Lan-tiep-2026");
        save();

        NotificationsKt.expectNotifications("Đã đặt lại mật khẩu cho tiepnhan");
        _assertNone(Dialog.class);
        assertThat(Credentials.authenticate(context, "tiepnhan", "Lan-tiep-2026").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> Credentials.authenticate(context, "tiepnhan", "demo1234"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void resetPasswordRefusesAMismatchAndAShortPassword() {
        clickRowButton("reset-pakn");
        PasswordField password = _get(PasswordField.class, s -> s.withId("newPassword"));
        PasswordField confirm = _get(PasswordField.class, s -> s.withId("newPasswordConfirm"));
        type(password, "pakn-moi-2026");
        type(confirm, "pakn-moi-2025");
        save();
        assertFieldError(confirm, "Mật khẩu nhập lại không khớp với mật khẩu");

        type(password, "ngan");
        type(confirm, "ngan");
        save();
        assertFieldError(password, "Mật khẩu phải có ít nhất 10 ký tự");
        assertThat(confirm.isInvalid()).isFalse();
        assertThat(Credentials.authenticate(context, "pakn", "demo1234").isAuthenticated()).isTrue();
    }

    private void openCreate(String username, String fullName, String password, String confirm, Role... roles) {
        _click(_get(Button.class, s -> s.withId("add")));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Thêm người dùng");
        type(_get(TextField.class, s -> s.withId("username")), username);
        type(_get(TextField.class, s -> s.withId("fullName")), fullName);
        type(_get(PasswordField.class, s -> s.withId("password")), password);
        type(_get(PasswordField.class, s -> s.withId("passwordConfirm")), confirm);
        type(roles(), roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
    }

    /**
     * What a user's typing does. karibu 2.6.2's {@code _setValue} calls an {@code AbstractFieldSupport} method
     * that Vaadin 25 no longer has, so this checks the same thing (visible, enabled, not read-only) and sets it.
     */
    private static <V> void type(HasValue<?, V> field, V value) {
        BasicUtilsKt._expectEditableByUser((Component) field);
        field.setValue(value);
    }

    private static void save() {
        _click(_get(Button.class, s -> s.withId("save")));
    }

    /** The message sits at the field and the dialog stays open. */
    private static void assertFieldError(HasValidation field, String message) {
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
        _get(Dialog.class);
    }

    @Test
    void adminSeesASignInLockAndLiftsIt() {
        SystemAccess.asAdmin(() -> users.create(new UserService.NewUser("khoa.dn", "Đinh Ngọc Khoa",
                "Khoa-dang-nhap-7", EnumSet.of(Role.RECEPTION))));
        AuthenticationProvider login = context.getBean(AuthenticationProvider.class);
        for (int i = 0; i < SignInLog.ACCOUNT_LIMIT; i++) {
            assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    "khoa.dn", "sai"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("khoa.dn",
                "Khoa-dang-nhap-7"))).isInstanceOf(LockedException.class);

        grid().getDataProvider().refreshAll();
        assertThat(GridKt._getFormatted(grid(), rowOf("khoa.dn"), "status")).startsWith("Tạm khóa đến ");
        clickRowButton("unlock-khoa.dn");
        NotificationsKt.expectNotifications("Đã mở khóa đăng nhập cho khoa.dn");
        assertThat(GridKt._getFormatted(grid(), rowOf("khoa.dn"), "status")).isEqualTo("Đang hoạt động");
        _assertNone(GridKt._getCellComponent(grid(), rowOf("khoa.dn"), "actions"), Button.class,
                s -> s.withId("unlock-khoa.dn"));
        assertThat(login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("khoa.dn",
                "Khoa-dang-nhap-7")).isAuthenticated()).isTrue();

        // The log shows each attempt and who lifted the lock, newest first.
        _click(_get(Button.class, s -> s.withId("open-sign-in-log")));
        @SuppressWarnings("unchecked")
        Grid<SignInAttempt> log = _get(Grid.class, s -> s.withId("sign-in-log-grid"));
        assertThat(IntStream.range(0, 3).mapToObj(i -> GridKt._getFormattedRow(log, i).subList(1, 4)).toList())
                .containsExactly(List.of("khoa.dn", "-", "Đăng nhập thành công"),
                        List.of("khoa.dn", "-", "Quản trị viên mở khóa (admin)"),
                        List.of("khoa.dn", "-", "Từ chối do đang tạm khóa"));
        assertThat(GridKt._size(log)).isEqualTo(8);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AppUser> grid() {
        return _get(Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles() {
        return _get(CheckboxGroup.class, s -> s.withId("roles"));
    }

    private static List<String> usernamesShown() {
        Grid<AppUser> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormatted(grid, i, "username")).toList();
    }

    private static int rowOf(String username) {
        return usernamesShown().indexOf(username);
    }

    /** Clicks a row's action button, e.g. {@code edit-giamdoc}, as rendered in the grid's actions column. */
    private static void clickRowButton(String id) {
        String username = id.substring(id.indexOf('-') + 1);
        int row = rowOf(username);
        assertThat(row).as("row of %s", username).isNotNegative();
        var cell = GridKt._getCellComponent(grid(), row, "actions");
        _click(_get(cell, Button.class, s -> s.withId(id)));
    }

    private AppUser stored(String username) {
        return SystemAccess.asAdmin(() -> users.search(username, Pageable.unpaged()).getContent().stream()
                .filter(u -> u.getUsername().equals(username)).findFirst().orElseThrow());
    }
}
