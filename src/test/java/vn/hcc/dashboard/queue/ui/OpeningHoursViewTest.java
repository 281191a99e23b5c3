package vn.hcc.dashboard.queue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.queue.ui.QueueUi.press;
import static vn.hcc.dashboard.queue.ui.QueueUi.set;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.queue.OpeningHoursService;
import vn.hcc.dashboard.security.Role;

/** (Each test changes a day of its own: the database is restored per class.) The administrator sets the kiosk's week; bad hours are refused at the time that is wrong, nothing is saved. */
class OpeningHoursViewTest extends KaribuTest {

    @Autowired
    OpeningHoursService hours;

    private static TimePicker picker(String id) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(TimePicker.class, spec -> spec.withId(id));
    }

    private OpeningHoursView open() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/opening-hours");
        return (OpeningHoursView) UI.getCurrent().getCurrentView();
    }

    @Test
    void theAdministratorOpensSaturdayMorning() {
        open();
        TimePicker opens = picker("morning-SATURDAY");
        assertThat(opens.getLabel()).isEqualTo("Từ");
        assertThat(picker("morning-MONDAY").getValue()).isEqualTo(LocalTime.of(7, 30));
        set(opens, LocalTime.of(7, 30));
        set(picker("morning-closes-SATURDAY"), LocalTime.of(11, 30));
        press("save");
        NotificationsKt.expectNotifications("Đã lưu giờ cấp số");
        assertThat(hours.at(LocalDateTime.of(2026, 12, 5, 9, 0)).open()).isTrue();
    }

    @Test
    void aSessionWithOneTimeOrClosingBeforeOpeningIsRefusedAtItsField() {
        open();
        set(picker("morning-SUNDAY"), LocalTime.of(8, 0));
        press("save");
        TimePicker closes = picker("morning-closes-SUNDAY");
        assertThat(closes.isInvalid()).isTrue();
        assertThat(closes.getErrorMessage()).isEqualTo("Nhập cả giờ mở và giờ đóng, hoặc để trống cả hai");

        set(closes, LocalTime.of(7, 0));
        press("save");
        TimePicker opens = picker("morning-SUNDAY");
        assertThat(opens.isInvalid()).isTrue();
        assertThat(opens.getErrorMessage()).isEqualTo("Giờ mở phải trước giờ đóng");
        assertThat(hours.at(LocalDateTime.of(2026, 12, 6, 8, 30)).open()).as("nothing saved").isFalse();
    }

    @Test
    void theDirectorCannotOpenIt() {
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("admin/opening-hours");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(OpeningHoursView.class);
    }
}
