package vn.hcc.dashboard.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.ui.MainLayout;
import vn.hcc.dashboard.security.Role;

class MainLayoutTest extends KaribuTest {

    @Test
    void showsAppNameUserAndTranslatedRoles() {
        login("giamdoc", Role.DIRECTOR, Role.LEADER);
        UI.getCurrent().navigate("");
        _get(MainLayout.class);
        assertThat(_get(Span.class, s -> s.withClasses("app-name")).getText())
                .isEqualTo("Trung tâm Phục vụ hành chính công");
        assertThat(_get(Span.class, s -> s.withClasses("user-name")).getText()).isEqualTo("giamdoc");
        assertThat(_get(Span.class, s -> s.withClasses("user-roles")).getText())
                .isEqualTo("Giám đốc Trung tâm, Lãnh đạo");
    }

    @Test
    void vietnameseIsTheDefaultAndEnglishCanBeChosen() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("vi");
        assertThat(LocatorJ._find(SideNav.class).stream().map(SideNav::getLabel)).contains("Tổng quan", "Quản trị");

        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, s -> s.withId("language"));
        language.setValue(Locale.ENGLISH);
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        UI.getCurrent().getPage().reload();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(LocatorJ._find(SideNav.class).stream().map(SideNav::getLabel)).contains("Overview", "Administration");
    }

    @Test
    void logoutEndsTheSession() {
        login("pakn", Role.PAKN_HANDLER);
        UI.getCurrent().navigate("");
        Button logout = _get(Button.class, s -> s.withId("logout"));
        assertThat(logout.getText()).isEqualTo("Đăng xuất");
        LocatorJ._click(logout);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
