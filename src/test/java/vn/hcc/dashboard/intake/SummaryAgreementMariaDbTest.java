package vn.hcc.dashboard.intake;

import vn.hcc.dashboard.MariaDbTest;

/** {@link SummaryAgreementChecks} on real MariaDB: the MariaDB suite (tag mariadb, DB_URL set). */
@MariaDbTest
class SummaryAgreementMariaDbTest extends SummaryAgreementChecks {
}
