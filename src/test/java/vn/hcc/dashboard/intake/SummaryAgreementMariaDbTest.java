package vn.hcc.dashboard.intake;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link SummaryAgreementChecks} on real MariaDB: the MariaDB suite (tag mariadb, DB_URL set). */
@Tag("mariadb")
@EnabledIfEnvironmentVariable(named = "DB_URL", matches = "jdbc:mariadb:.+")
// the same properties as MariaDbIntegrationTest, so both share one application context
@SpringBootTest(properties = {"app.admin.username=quantri", "app.admin.password=Mật-khẩu-CI-2025"})
@ActiveProfiles("mariadb")
class SummaryAgreementMariaDbTest extends SummaryAgreementChecks {
}
