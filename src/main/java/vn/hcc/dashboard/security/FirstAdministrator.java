package vn.hcc.dashboard.security;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.cluster.OneNodeJobs;

/**
 * Without demo data nobody could log in to an empty database, so the first administrator comes from
 * {@code ADMIN_USERNAME} / {@code ADMIN_PASSWORD}; with neither a user nor those variables the app refuses to start.
 * Runs after the demo data generator, which creates its own accounts.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserService users;
    private final String username;
    private final String password;

    private final OneNodeJobs jobs;

    FirstAdministrator(UserService users, @Value("${app.admin.username:${ADMIN_USERNAME:}}") String username,
            @Value("${app.admin.password:${ADMIN_PASSWORD:}}") String password, OneNodeJobs jobs) {
        this.jobs = jobs;
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        // in a cluster only the oldest node fills or checks the shared database; the others start beside it
        jobs.run("first-administrator", this::runHere);
    }

    private void runHere() {
        SystemAccess.asAdmin(() -> {
            if (users.count() > 0) {
                return;
            }
            if (username.isBlank() || password.isBlank()) {
                throw new IllegalStateException("No user account exists: set ADMIN_USERNAME and ADMIN_PASSWORD "
                        + "to create the first administrator, or start with demo data (app.demo-data=true).");
            }
            try {
                users.create(new UserService.NewUser(username, "Quản trị hệ thống", password, EnumSet.of(Role.ADMIN)));
            } catch (FieldValidationException e) {
                // Nobody reads translation keys in a start-up log: say which variable to fix and how.
                throw new IllegalStateException(switch (e.messageKey()) {
                    case "user.error.password-short" -> "ADMIN_PASSWORD must have at least "
                            + UserService.MIN_PASSWORD_LENGTH + " characters.";
                    case "user.error.password-has-username" -> "ADMIN_PASSWORD must not contain ADMIN_USERNAME.";
                    case "user.error.password-common" -> "ADMIN_PASSWORD is too common a password; choose another.";
                    case "user.error.username-format" -> "ADMIN_USERNAME must have 3-64 characters: letters without accents, digits, "
                            + "dot, underscore or hyphen.";
                    default -> "The first administrator could not be created: " + e.getMessage();
                }, e);
            }
            LOG.info("Created the first administrator '{}'", username);
        });
    }
}
