package vn.hcc.dashboard.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.security.Role;

class HomeViewTest extends KaribuTest {

    @Autowired
    TestClock clock;

    @Test
    void greetsTheUserWithTodayAndTheComingDaysOff() {
        clock.set(LocalDate.of(2025, 4, 20).atStartOfDay());
        login("tiepnhan", Role.RECEPTION);
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).isEqualTo("Xin chào, tiepnhan");
        assertThat(_get(Paragraph.class, s -> s.withId("today")).getText())
                .isEqualTo("Hôm nay: Chủ Nhật, ngày 20/04/2025");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("coming-days-off"))
                .getElement().getTextRecursively())
                .contains("30/04/2025 – Ngày Chiến thắng", "01/05/2025 – Quốc tế Lao động",
                        "02/05/2025 – Nghỉ hoán đổi");
        assertThat(_get(Div.class, s -> s.withId("procedure-count")).getElement().getTextRecursively())
                .startsWith("16");
    }
}
