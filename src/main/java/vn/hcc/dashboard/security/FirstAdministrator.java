package vn.hcc.dashboard.security;

import java.util.EnumSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Without demo data nobody could log in to an empty database, so the first administrator comes from
 * {@code ADMIN_USERNAME} / {@code ADMIN_PASSWORD}; with neither a user nor those variables the app refuses to start.
 * Runs after the demo data generator, which creates its own accounts.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    private final UserService users;
    private final String username;
    private final String password;

    FirstAdministrator(UserService users, @Value("${app.admin.username:${ADMIN_USERNAME:}}") String username,
            @Value("${app.admin.password:${ADMIN_PASSWORD:}}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAccess.asAdmin(() -> {
            if (users.count() > 0) {
                return;
            }
            if (username.isBlank() || password.isBlank()) {
                throw new IllegalStateException("No user account exists: set ADMIN_USERNAME and ADMIN_PASSWORD "
                        + "to create the first administrator, or start with demo data (app.demo-data=true).");
            }
            users.create(new UserService.NewUser(username, "Quản trị hệ thống", password, EnumSet.of(Role.ADMIN)));
        });
    }
}
