package vn.hcc.dashboard.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.KaribuTest;

class LoginViewTest extends KaribuTest {

    @Test
    void anonymousVisitorSeesTheVietnameseLoginForm() {
        UI.getCurrent().navigate("admin/users");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Đăng nhập");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        // The labels travel to the browser as the component's i18n property.
        String i18n = form.getElement().getPropertyRaw("i18n").toString();
        assertThat(i18n).contains("\"title\":\"Đăng nhập\"", "\"username\":\"Tên đăng nhập\"",
                "\"password\":\"Mật khẩu\"", "\"submit\":\"Đăng nhập\"",
                "\"message\":\"Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.\"");
        assertThat(i18n).doesNotContain("Username", "Log in");
        assertThat(_get(Span.class, s -> s.withClasses("login-app-name")).getText())
                .isEqualTo("Trung tâm Phục vụ hành chính công");
    }

    @Test
    void failedLoginRedirectShowsTheError() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void anExpiredSessionIsExplained() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("expired", "")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains(
                "\"title\":\"Phiên làm việc đã hết hạn\"",
                "\"message\":\"Phiên làm việc đã hết hạn do không thao tác trong một thời gian. Vui lòng đăng nhập lại.\"");
    }

    @Test
    void aLockedAccountIsToldWhyAndForHowLong() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("locked", "12")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains(
                "\"message\":\"Tài khoản tạm khóa do đăng nhập sai nhiều lần, thử lại sau 12 phút.\"");
        // A hand-made address cannot make the page promise more than the lock lasts.
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("locked", "9999")));
        assertThat(_get(LoginForm.class).getElement().getPropertyRaw("i18n").toString())
                .contains("thử lại sau 15 phút.");
    }
}
