package vn.hcc.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.BadCredentialsException;
import vn.hcc.dashboard.Application;

/**
 * Starts the real application, as {@code java -jar} would, on an empty in-memory database without demo data.
 * Arguments outrank the environment, so the machine's own ADMIN_* variables cannot change the outcome.
 */
class FirstAdministratorTest {

    @Test
    void refusesToStartWithoutAnAccountOrAdministratorVariables() {
        assertThatThrownBy(() -> start("--app.admin.username=", "--app.admin.password=").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No user account exists: set ADMIN_USERNAME and ADMIN_PASSWORD to create the first "
                        + "administrator, or start with demo data (app.demo-data=true).");
    }

    @Test
    void refusesATooShortAdministratorPasswordWithAClearMessage() {
        assertThatThrownBy(() -> start("--ADMIN_USERNAME=quantri", "--ADMIN_PASSWORD=123456789").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ADMIN_PASSWORD must have at least 10 characters.");
    }

    @Test
    void refusesACommonAdministratorPasswordOrOneWithTheUsername() {
        assertThatThrownBy(() -> start("--ADMIN_USERNAME=quantri", "--ADMIN_PASSWORD=admin123456").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ADMIN_PASSWORD is too common a password; choose another.");
        assertThatThrownBy(() -> start("--ADMIN_USERNAME=quantri", "--ADMIN_PASSWORD=Quantri-2026").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ADMIN_PASSWORD must not contain ADMIN_USERNAME.");
    }

    @Test
    void createsExactlyTheConfiguredAdministratorAndNoDemoAccounts() {
        try (ConfigurableApplicationContext context = start("--app.admin.username=quantri",
                "--app.admin.password=Trung-tam-2026")) {
            UserService users = context.getBean(UserService.class);
            List<AppUser> all = SystemAccess.asAdmin(() -> users.search("", Pageable.unpaged()).getContent());
            assertThat(all).singleElement().satisfies(admin -> {
                assertThat(admin.getUsername()).isEqualTo("quantri");
                assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
                assertThat(admin.isEnabled()).isTrue();
            });
            assertThat(Credentials.storedPassword(context, "quantri")).doesNotContain("Trung-tam-2026")
                    .startsWith("{bcrypt}");
            assertThat(Credentials.authenticate(context, "quantri", "Trung-tam-2026").isAuthenticated()).isTrue();
            assertThatThrownBy(() -> Credentials.authenticate(context, "admin", "demo1234"))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    private static ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:mem:first-admin-" + UUID.randomUUID()
                        + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY;DB_CLOSE_DELAY=-1",
                "--app.demo-data=false",
                "--server.port=0",
                // No vaadin-dev on the test class path; the production mode needs no front-end build to start.
                "--vaadin.productionMode=true",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        return SpringApplication.run(Application.class, args.toArray(String[]::new));
    }
}
