package vn.hcc.dashboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test class of the MariaDB suite: the production setup against a real MariaDB, profile {@code mariadb}, the
 * database from {@code DB_URL} / {@code DB_USER} / {@code DB_PASSWORD}, no demo data. Left out of
 * {@code ./mvnw test}; CI runs it on a fresh database with {@code ./mvnw test -Dgroups=mariadb -DexcludedGroups=}
 * (see .ci/run). Every class so marked shares one application context (the same properties), and must be safe to
 * re-run on the same database: every record it writes gets a fresh code.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("mariadb")
@EnabledIfEnvironmentVariable(named = "DB_URL", matches = "jdbc:mariadb:.+")
@SpringBootTest(properties = {"app.admin.username=" + MariaDbTest.ADMIN,
        "app.admin.password=" + MariaDbTest.ADMIN_PASSWORD,
        // the suite runs at any hour: the kiosk ignores its opening hours (they are tested on H2)
        "app.queue.kiosk.always-open=true"})
@ActiveProfiles("mariadb")
public @interface MariaDbTest {

    /** The first administrator, created from the environment (app.admin.*) on the empty database. */
    String ADMIN = "quantri";
    String ADMIN_PASSWORD = "Mật-khẩu-CI-2025";
}
