package vn.hcc.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;

/** Each test runs in a transaction that is rolled back, so the demo accounts are the same for every test. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class UserServiceTest {

    @Autowired
    private UserService users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void createStoresAHashNeverThePassword() {
        AppUser user = users.create(new UserService.NewUser("  tran.thi.b ", " Trần Thị Bích ", "bich@2025-tt",
                EnumSet.of(Role.RECEPTION, Role.PAKN_HANDLER)));

        assertThat(user.getUsername()).isEqualTo("tran.thi.b");
        assertThat(user.getFullName()).isEqualTo("Trần Thị Bích");
        assertThat(user.getRoles()).containsExactly(Role.RECEPTION, Role.PAKN_HANDLER);
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getPasswordHash()).doesNotContain("bich@2025-tt").startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("bich@2025-tt", user.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches("bich@2026-tt", user.getPasswordHash())).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void createChecksUsernameNamePasswordAndRoles() {
        assertRefused(() -> create("ab", "Mat-khau-2026", Role.LEADER), "username", "user.error.username-format");
        assertRefused(() -> create("nguyễn", "Mat-khau-2026", Role.LEADER), "username", "user.error.username-format");
        assertRefused(() -> create("TiepNhan", "Mat-khau-2026", Role.LEADER), "username", "user.error.username-taken",
                "TiepNhan");
        assertRefused(() -> create("hoa.lt", "1234567", Role.LEADER), "password", "user.error.password-short", 10);
        assertRefused(() -> create("hoa.lt", null, Role.LEADER), "password", "user.error.password-short", 10);
        assertRefused(() -> create("hoa.lt", "Mat-khau-2026"), "roles", "user.error.no-role");
        assertRefused(() -> users.create(new UserService.NewUser("hoa.lt", "Lê Thị Hoa", "Mat-khau-2026", null)),
                "roles", "user.error.no-role");
        assertRefused(() -> users.create(new UserService.NewUser("hoa.lt", "  ", "Mat-khau-2026",
                EnumSet.of(Role.LEADER))), "fullName", "validation.required");
        assertThat(users.search("hoa.lt", Pageable.unpaged())).isEmpty();
        // Exactly ten characters is enough.
        assertThat(create("hoa.lt", "Ha-noi-mua", Role.LEADER).getUsername()).isEqualTo("hoa.lt");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aPasswordNeedsTenCharactersWithoutTheUsernameAndMustNotBeACommonOne() {
        assertRefused(() -> create("hoa.lt", "123456789", Role.LEADER), "password", "user.error.password-short", 10);
        // The username in any case, anywhere in the password.
        assertRefused(() -> create("hoa.lt", "xxHOA.LT-2026", Role.LEADER), "password",
                "user.error.password-has-username");
        // Common passwords are refused whatever their case.
        assertRefused(() -> create("hoa.lt", "matkhau123", Role.LEADER), "password", "user.error.password-common");
        assertRefused(() -> create("hoa.lt", "QWERTYUIOP", Role.LEADER), "password", "user.error.password-common");
        assertRefused(() -> create("hoa.lt", "Admin@2026", Role.LEADER), "password", "user.error.password-common");
        assertThat(users.search("hoa.lt", Pageable.unpaged())).isEmpty();
        assertThat(create("hoa.lt", "Sen-hong-ven-ho", Role.LEADER).getUsername()).isEqualTo("hoa.lt");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void searchMatchesUsernameOrNameAndSortsByUsername() {
        assertThat(users.search("", PageRequest.of(0, 10)).map(AppUser::getUsername))
                .containsExactly("admin", "giamdoc", "lanhdao", "pakn", "tiepnhan");
        assertThat(users.search(" LAN ", PageRequest.of(0, 10)).map(AppUser::getUsername))
                .containsExactly("lanhdao", "tiepnhan");
        assertThat(users.search("hoàng", PageRequest.of(0, 10)).map(AppUser::getUsername)).containsExactly("pakn");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void updateChangesNameRolesAndStatus() {
        AppUser leader = find("lanhdao");
        long before = leader.getVersion();
        AppUser saved = users.update(leader.getId(), before, "Lê Văn Hùng ",
                EnumSet.of(Role.LEADER, Role.DIRECTOR), false);
        assertThat(saved.getFullName()).isEqualTo("Lê Văn Hùng");
        assertThat(saved.getRoles()).containsExactly(Role.DIRECTOR, Role.LEADER);
        assertThat(saved.isEnabled()).isFalse();
        assertThat(saved.getVersion()).isGreaterThan(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administratorCannotLockThemselvesOrDropTheirOwnAdminRole() {
        AppUser admin = find("admin");
        assertRefused(() -> users.update(admin.getId(), admin.getVersion(), admin.getFullName(), admin.getRoles(),
                false), "enabled", "user.error.disable-self");
        assertRefused(() -> users.update(admin.getId(), admin.getVersion(), admin.getFullName(),
                EnumSet.of(Role.DIRECTOR), true), "roles", "user.error.remove-own-admin");
        assertThat(find("admin").isEnabled()).isTrue();
        assertThat(find("admin").getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void theLastActiveAdministratorStays() {
        SystemAccess.asAdmin(() -> {
            AppUser admin = find("admin");
            assertRefused(() -> users.update(admin.getId(), admin.getVersion(), admin.getFullName(),
                    EnumSet.of(Role.DIRECTOR), true), "roles", "user.error.last-admin");
            assertRefused(() -> users.update(admin.getId(), admin.getVersion(), admin.getFullName(),
                    admin.getRoles(), false), "enabled", "user.error.last-admin");

            // A locked administrator does not count; an active second one does.
            AppUser second = create("quantri2", "Mat-khau-2026", Role.ADMIN);
            users.update(second.getId(), second.getVersion(), second.getFullName(), second.getRoles(), false);
            assertRefused(() -> users.update(admin.getId(), admin.getVersion(), admin.getFullName(),
                    EnumSet.of(Role.DIRECTOR), true), "roles", "user.error.last-admin");
            AppUser third = create("quantri3", "Mat-khau-2026", Role.ADMIN, Role.DIRECTOR);
            users.update(admin.getId(), admin.getVersion(), admin.getFullName(), EnumSet.of(Role.DIRECTOR), true);
            assertThat(find("admin").getRoles()).containsExactly(Role.DIRECTOR);
            assertThat(third.getRoles()).contains(Role.ADMIN);
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void updateFromAStaleVersionIsRefused() {
        AppUser director = find("giamdoc");
        long seen = director.getVersion();
        users.update(director.getId(), seen, "Trần Thị Minh Châu", director.getRoles(), true);
        assertThatThrownBy(() -> users.update(director.getId(), seen, "Trần T. Minh", director.getRoles(), true))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(find("giamdoc").getFullName()).isEqualTo("Trần Thị Minh Châu");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void resetPasswordStoresTheNewHash() {
        AppUser reception = find("tiepnhan");
        String oldHash = reception.getPasswordHash();
        assertRefused(() -> users.resetPassword(reception.getId(), "ngan"), "password", "user.error.password-short",
                10);
        assertRefused(() -> users.resetPassword(reception.getId(), "TiepNhan-moi-1"), "password",
                "user.error.password-has-username");
        assertRefused(() -> users.resetPassword(reception.getId(), "Welcome@123"), "password",
                "user.error.password-common");
        assertThat(find("tiepnhan").getPasswordHash()).isEqualTo(oldHash);

        users.resetPassword(reception.getId(), "Lan-tiep-2026");
        String hash = find("tiepnhan").getPasswordHash();
        assertThat(hash).doesNotContain("Lan-tiep-2026");
        assertThat(passwordEncoder.matches("Lan-tiep-2026", hash)).isTrue();
        assertThat(passwordEncoder.matches("demo1234", hash)).isFalse();
    }

    @Test
    @WithMockUser(username = "giamdoc", roles = {"DIRECTOR", "LEADER", "RECEPTION", "PAKN_HANDLER"})
    void everyoneButTheAdministratorIsDenied() {
        assertThatThrownBy(() -> create("hoa.lt", "Mat-khau-2026", Role.LEADER)).isInstanceOf(AccessDeniedException.class);
        AppUser director = SystemAccess.asAdmin(() -> find("giamdoc"));
        assertThatThrownBy(() -> users.update(director.getId(), director.getVersion(), "Tự đổi tên",
                EnumSet.of(Role.ADMIN), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(director.getId(), "Mat-khau-2026"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.search("", Pageable.unpaged())).isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAccess.asAdmin(() -> find("giamdoc")).getRoles()).containsExactly(Role.DIRECTOR);
    }

    private AppUser create(String username, String password, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return users.create(new UserService.NewUser(username, "Lê Thị Hoa", password, set));
    }

    private AppUser find(String username) {
        return users.search(username, Pageable.unpaged()).stream().filter(u -> u.getUsername().equals(username))
                .findFirst().orElseThrow();
    }

    private static void assertRefused(ThrowingCallable call, String field, String key, Object... args) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FieldValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.args()).containsExactly(args);
        });
    }
}
