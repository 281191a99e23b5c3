package vn.hcc.dashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.security.Role;

/**
 * The browser title and the page's declared language follow the session's language: Vietnamese titles and
 * {@code lang="vi"} by default, English ones after the user chose English.
 */
class PageLanguageTest extends KaribuTest {

    private static String titleOf(String route) {
        UI.getCurrent().navigate(route);
        return UI.getCurrent().getInternals().getTitle();
    }

    @Test
    void titlesAreTheMenuLabelsInTheSessionsLanguage() {
        login("admin", Role.ADMIN);
        assertThat(List.of(titleOf("dashboard"), titleOf("reports"), titleOf("admin/users"), titleOf("")))
                .containsExactly("Bảng điều hành", "Báo cáo theo biểu mẫu", "Người dùng", "Trang chủ");
        VaadinSession.getCurrent().setLocale(AppLocales.ENGLISH);
        UI.getCurrent().setLocale(AppLocales.ENGLISH);
        assertThat(List.of(titleOf("dashboard"), titleOf("admin/users"))).containsExactly("Dashboard", "Users");
    }

    @Test
    void theFirstHtmlDeclaresTheSessionsLanguage() {
        assertThat(declared()).isEqualTo("vi");
        VaadinSession.getCurrent().setLocale(AppLocales.ENGLISH);
        assertThat(declared()).isEqualTo("en");
    }

    private static String declared() {
        Document html = Jsoup.parse("<html><head></head><body></body></html>");
        AppLocales.declareLanguage(new IndexHtmlResponse(mock(VaadinRequest.class), mock(VaadinResponse.class), html));
        return html.select("html").attr("lang");
    }
}
