package vn.hcc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hcc.dashboard.catalog.FieldService;

/**
 * The production setup on MariaDB ({@link MariaDbTest}): the schema Flyway made and Hibernate only validates, the
 * first administrator from the environment, no demo accounts, writes refused to other roles.
 */
@MariaDbTest
class MariaDbSetupTest {

    static final String ADMIN = MariaDbTest.ADMIN;
    static final String ADMIN_PASSWORD = MariaDbTest.ADMIN_PASSWORD;

    @Autowired
    private DataSource dataSource;
    @Autowired
    private Flyway flyway;
    @Autowired
    private Environment environment;
    @Autowired
    private UserDetailsService userDetails;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private FieldService fields;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void runsOnMariaDbWithHibernateOnlyValidatingTheSchema() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("MariaDB");
        }
        // The context started, so Hibernate found every entity's table and column as Flyway created them.
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(environment.getProperty("app.demo-data")).isEqualTo("false");
    }

    @Test
    void flywayAppliedEveryMigrationFile() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql");
        List<String> fileVersions = Arrays.stream(files).map(Resource::getFilename)
                .map(n -> n.substring(1, n.indexOf("__"))).sorted().toList();
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(fileVersions).isNotEmpty();
        assertThat(applied).hasSameSizeAs(fileVersions);
        assertThat(Arrays.stream(applied).map(i -> i.getVersion().getVersion()).sorted().toList())
                .isEqualTo(fileVersions);
        assertThat(applied).allSatisfy(i -> assertThat(i.getState().isApplied()).isTrue())
                .noneSatisfy(i -> assertThat(i.getState().isFailed()).isTrue());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void firstAdministratorComesFromTheEnvironmentAndThereAreNoDemoAccounts() {
        UserDetails admin = userDetails.loadUserByUsername(ADMIN);
        assertThat(admin.getAuthorities()).map(GrantedAuthority::getAuthority).contains("ROLE_ADMIN");
        assertThat(passwordEncoder.matches(ADMIN_PASSWORD, admin.getPassword())).isTrue();
        assertThat(admin.isEnabled()).isTrue();
        assertThatThrownBy(() -> userDetails.loadUserByUsername("giamdoc"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "RECEPTION")
    void nonAdministratorsCannotWrite() {
        assertThatThrownBy(() -> fields.save(null, 0, "X" + suffix, "Không được phép " + suffix))
                .isInstanceOf(AccessDeniedException.class);
    }
}
