package vn.hcc.dashboard.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.reports.LetterheadDraft;
import vn.hcc.dashboard.reports.LetterheadService;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.cluster.OneNodeJobs;

/**
 * The demo center's letterhead, so that every demo report prints as Lương Tài's center would sign it: under the
 * district's people's committee, numbered …/BC-TTPVHCC, prepared by the reception officer and signed by the
 * director of the demo roster. Runs once, when the center has no letterhead stored.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoLetterhead implements ApplicationRunner {

    private final LetterheadService letterheads;

    private final OneNodeJobs jobs;

    DemoLetterhead(LetterheadService letterheads, OneNodeJobs jobs) {
        this.jobs = jobs;
        this.letterheads = letterheads;
    }

    @Override
    public void run(ApplicationArguments args) {
        // in a cluster only the oldest node fills or checks the shared database; the others start beside it
        jobs.run("demo-letterhead", this::runHere);
    }

    private void runHere() {
        SystemAccess.asAdmin(() -> {
            LetterheadDraft center = letterheads.letterhead(null);
            if (center.unitId() == null || center.version() != null) {
                return;
            }
            letterheads.save(new LetterheadDraft(center.unitId(), null, "UBND huyện Lương Tài",
                    "Trung tâm Phục vụ hành chính công", "BC-TTPVHCC", "Lương Tài", "Phạm Thị Lan", "Giám đốc",
                    "Trần Thị Minh"));
        });
    }
}
