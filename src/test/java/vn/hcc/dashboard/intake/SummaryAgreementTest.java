package vn.hcc.dashboard.intake;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link SummaryAgreementChecks} on H2 in MariaDB mode, in the normal suite. */
@SpringBootTest
@ActiveProfiles("test")
class SummaryAgreementTest extends SummaryAgreementChecks {
}
