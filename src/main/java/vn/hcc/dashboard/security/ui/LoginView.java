package vn.hcc.dashboard.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import vn.hcc.dashboard.security.SignInLog;

/** Vietnamese login page; Spring Security processes the form post. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");
        login.setAction("login");
        login.setI18n(i18n());
        login.setForgotPasswordButtonVisible(false);
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("login-app-name");
        Span sub = new Span(getTranslation("app.subtitle"));
        sub.addClassName("login-app-subtitle");
        add(new Div(name, sub), login);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    /** The minutes left of a lock as the address gives them; a hand-edited address gets the full lock time. */
    private static long minutes(List<String> values) {
        try {
            return Math.clamp(Long.parseLong(values.getFirst()), 1, SignInLog.WINDOW.toMinutes());
        } catch (RuntimeException e) {
            return SignInLog.WINDOW.toMinutes();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    /**
     * Why the visitor is here, from the query parameter Spring Security or Vaadin sent them with: a refused sign-in
     * ({@code error}), a temporary lock after failed sign-ins ({@code locked=<minutes left>}), or a session closed
     * for inactivity ({@code expired}).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        String reason = parameters.containsKey("locked") ? "locked" : parameters.containsKey("expired") ? "expired"
                : parameters.containsKey("error") ? "error" : null;
        if (reason != null) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login." + reason + ".title"));
            i18n.getErrorMessage().setMessage(getTranslation("login." + reason + ".message",
                    minutes(parameters.getOrDefault("locked", List.of()))));
            login.setI18n(i18n);
        }
        login.setError(reason != null);
    }
}
