package vn.hcc.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.MariaDbTest;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.security.SystemAccess;

/** The trail on MariaDB ({@link MariaDbTest}): V15's TEXT column holds Vietnamese JSON, the filters run there too. */
@MariaDbTest
class AuditMariaDbTest {

    @Autowired
    private FieldService fields;
    @Autowired
    private AuditService audit;
    @Autowired
    private Clock clock;

    @Test
    void aCatalogueChangeIsStoredAndFoundByTextAndId() {
        String code = "A" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        WorkField f = SystemAccess.asAdmin(() -> fields.save(null, 0, code, "Lĩnh vực " + code));
        SystemAccess.asAdmin(() -> fields.save(f.getId(), f.getVersion(), code, "Lĩnh vực đổi tên " + code));
        Period today = Period.day(LocalDate.now(clock));
        var byText = SystemAccess.asAdmin(() -> audit.search(
                new AuditFilter(today, AuditedType.FIELD, "SYS", "đổi tên " + code.toLowerCase()), 0, 10));
        assertThat(byText).singleElement().satisfies(e -> assertThat(e.changes().get("name"))
                .isEqualTo(new Change("Lĩnh vực " + code, "Lĩnh vực đổi tên " + code)));
        var byId = SystemAccess.asAdmin(() -> audit.search(
                new AuditFilter(today, AuditedType.FIELD, "", String.valueOf(f.getId())), 0, 10));
        // the id matches this field's two entries exactly; on the suite's shared database other fields' labels may
        // contain the id's digits too (the text also searches labels), so only this field's entries are counted
        assertThat(byId).filteredOn(e -> f.getId().equals(e.getEntityId())).hasSize(2);
        assertThat(byId).allMatch(e -> f.getId().equals(e.getEntityId())
                || e.getLabel().contains(String.valueOf(f.getId())));
    }
}
