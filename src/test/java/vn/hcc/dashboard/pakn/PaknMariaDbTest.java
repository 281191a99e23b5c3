package vn.hcc.dashboard.pakn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.MariaDbTest;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitDraft;
import vn.hcc.dashboard.catalog.UnitKind;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.security.UserService;
import vn.hcc.dashboard.base.Period;

/** Petitions on MariaDB ({@link MariaDbTest}): deadlines over V2's holidays, history, figures, the public page. */
@MariaDbTest
class PaknMariaDbTest {

    @Autowired
    private UnitService units;
    @Autowired
    private UserService users;
    @Autowired
    private PaknService pakn;
    @Autowired
    private PaknSteeringService steering;
    @Autowired
    private PaknFiguresService paknFigures;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    /** A petition goes from receipt to the published answer on MariaDB; its figures and history come back. */
    @Test
    void aPetitionIsAnsweredPublishedAndCountedOnMariaDb() {
        Unit unit = SystemAccess.asAdmin(() -> units.save(new UnitDraft(null, 0, "XP" + suffix,
                "UBND xã Phản Ánh " + suffix, UnitKind.COMMUNE, null, true)));
        String handler = "xl" + suffix.toLowerCase();
        SystemAccess.asAdmin(() -> users.create(new UserService.NewUser(handler, "Cán bộ xử lý " + suffix,
                "Mật-khẩu-dài-2025", java.util.EnumSet.of(vn.hcc.dashboard.security.Role.PAKN_HANDLER))));
        LocalDateTime at = LocalDateTime.of(2024, 8, 27, 9, 15, 30);
        Pakn recorded = SystemAccess.asAdmin(() -> pakn.record(new PaknDraft(at, PaknChannel.MOBILE_APP,
                "Nguyễn Văn Bình", "0912 345 678", "Rác thải ven đường " + suffix + " chưa được thu gom",
                PaknCategory.LOCAL, "xã Lai Hạ", null, unit.getId())));
        // 2–3/9/2024 are Quốc khánh: 15 working days from 27/8 end on 19/9
        assertThat(recorded.getDeadline()).isEqualTo(LocalDate.of(2024, 9, 19));
        Pakn assigned = SystemAccess.asAdmin(() -> steering.assign(recorded.getId(), recorded.getVersion(),
                unit.getId(), handler));
        Pakn answered = SystemAccess.asAdmin(() -> pakn.answer(assigned.getId(), assigned.getVersion(),
                "Đã thu gom xong", null, true));
        SystemAccess.asAdmin(() -> steering.publish(answered.getId(), answered.getVersion()));
        assertThatThrownBy(() -> SystemAccess.asAdmin(
                () -> steering.hide(answered.getId(), answered.getVersion(), "x")))
                .isInstanceOf(ConcurrentEditException.class);
        // the unit was given at receipt, so assigning records only the status and the handler
        assertThat(SystemAccess.asAdmin(() -> pakn.history(recorded.getId()))).extracting(h -> h.getField())
                .containsExactly("status", "status", "handler", "status", "answer", "answeredOn", "late", "status");
        assertThat(pakn.published(PublicAnswerQuery.text("RÁC THẢI VEN ĐƯỜNG " + suffix),
                org.springframework.data.domain.PageRequest.of(0, 10))).singleElement().satisfies(a -> assertThat(a.answer()).isEqualTo("Đã thu gom xong"));
        // answered today, long after its deadline: late; counted by the aggregate query per unit
        PaknCounts counts = SystemAccess.asAdmin(() -> paknFigures.figures(Period.of(LocalDate.of(2024, 8, 24), pakn.today()), unit.getId())).total();
        assertThat(counts.received()).isEqualTo(1);
        assertThat(counts.handledLate()).isEqualTo(1);
        assertThat(counts.addsUp()).isTrue();
        PaknCounts august = SystemAccess.asAdmin(() -> paknFigures.figures(Period.of(LocalDate.of(2024, 8, 24), LocalDate.of(2024, 9, 23)), unit.getId())).total();
        assertThat(august.pendingOverdue()).isEqualTo(1);
    }
}
