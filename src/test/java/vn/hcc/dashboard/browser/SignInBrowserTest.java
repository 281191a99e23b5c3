package vn.hcc.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.hcc.dashboard.security.Role;

/**
 * Signing in through the real form, and the README's "Roles and views" table in a browser: every demo role opens each
 * main route by its URL and sees either the view or "Không có quyền truy cập", and the side navigation lists exactly
 * the views the role may open. Every view a role opens is kept as a screenshot ({@code <user>-<route>.png}).
 */
class SignInBrowserTest extends BrowserTestBase {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /** The README's table (route → roles), written out here on purpose: the browser checks the documented rule. */
    static final Map<String, Set<Role>> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("", EVERYONE);
        ROUTES.put("dashboard", EnumSet.of(Role.DIRECTOR, Role.LEADER, Role.ADMIN));
        ROUTES.put("scorecard", EnumSet.of(Role.DIRECTOR, Role.LEADER, Role.ADMIN));
        ROUTES.put("danh-gia-hai-long", EnumSet.of(Role.DIRECTOR, Role.LEADER, Role.ADMIN));
        ROUTES.put("intake", EnumSet.of(Role.RECEPTION, Role.DIRECTOR, Role.ADMIN, Role.LEADER));
        ROUTES.put("intake/import", EnumSet.of(Role.RECEPTION, Role.DIRECTOR, Role.ADMIN));
        ROUTES.put("admin/users", EnumSet.of(Role.ADMIN));
        ROUTES.put("admin/units", EnumSet.of(Role.ADMIN));
        ROUTES.put("admin/fields", EnumSet.of(Role.ADMIN));
        ROUTES.put("admin/procedures", EnumSet.of(Role.ADMIN));
        ROUTES.put("admin/holidays", EnumSet.of(Role.ADMIN));
        ROUTES.put("admin/audit", EnumSet.of(Role.ADMIN));
        ROUTES.put("admin/api-keys", EnumSet.of(Role.ADMIN));
        ROUTES.put("queue/figures", EnumSet.of(Role.DIRECTOR, Role.LEADER, Role.ADMIN));
        ROUTES.put("queue/counter", EnumSet.of(Role.RECEPTION, Role.DIRECTOR, Role.ADMIN));
        ROUTES.put("admin/counters", EnumSet.of(Role.ADMIN));
        ROUTES.put("admin/opening-hours", EnumSet.of(Role.ADMIN));
        ROUTES.put("targets", EnumSet.of(Role.DIRECTOR, Role.ADMIN));
        ROUTES.put("reports", EnumSet.of(Role.LEADER, Role.DIRECTOR, Role.ADMIN));
        ROUTES.put("reports/letterhead", EnumSet.of(Role.LEADER, Role.ADMIN));
        ROUTES.put("pakn", EnumSet.of(Role.PAKN_HANDLER));
        ROUTES.put("pakn/all", EnumSet.of(Role.DIRECTOR, Role.ADMIN, Role.LEADER));
        ROUTES.put("staff", EnumSet.of(Role.DIRECTOR, Role.ADMIN, Role.LEADER));
        ROUTES.put("duty-schedule", EnumSet.of(Role.DIRECTOR, Role.ADMIN, Role.LEADER));
        ROUTES.put("my-schedule", EVERYONE);
        ROUTES.put("equipment", EnumSet.of(Role.DIRECTOR, Role.ADMIN, Role.LEADER));
        ROUTES.put("equipment/outages", EnumSet.of(Role.DIRECTOR, Role.ADMIN, Role.LEADER));
        ROUTES.put("equipment/checklist", EnumSet.of(Role.DIRECTOR, Role.ADMIN, Role.LEADER));
    }

    @Test
    void aWrongPasswordIsRefusedInVietnamese() {
        // an unknown user: the demo accounts' own failure counts (5 lock an account) stay untouched
        Browser b = browser("anonymous");
        b.signIn("khong-co-nguoi-nay", "sai-mat-khau-123");
        assertThat(b.path()).startsWith("login?error");
        String error = (String) b.js("const f = document.querySelector('vaadin-login-form');"
                + " return f.error ? (f.i18n.errorMessage.title + ' ' + f.i18n.errorMessage.message) : null;");
        assertThat(error).isEqualTo("Đăng nhập không thành công "
                + "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.");
        assertThat(b.driver.findElement(By.tagName("vaadin-login-form")).getText())
                .contains("Đăng nhập không thành công");
        b.screenshot("login-error");
        // still anonymous: a protected page sends it back to the login page
        b.open("dashboard");
        assertThat(b.path()).isEqualTo("login");
    }

    /**
     * The roles run side by side, one browser each ({@code -Dbrowser.threads}, default 3): about 120 page loads by
     * URL, which one browser after the other would take minutes on two cores.
     */
    @Test
    void eachRoleOpensExactlyItsViewsByUrlAndSeesOnlyThoseInTheMenu() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("browser.threads", 3));
        try {
            Map<DemoAccount, Future<List<String>>> results = new LinkedHashMap<>();
            for (DemoAccount account : DemoAccount.values()) {
                results.put(account, pool.submit(() -> matrix(account)));
            }
            Map<DemoAccount, List<String>> wrong = new LinkedHashMap<>();
            for (Map.Entry<DemoAccount, Future<List<String>>> r : results.entrySet()) {
                List<String> problems = r.getValue().get(10, TimeUnit.MINUTES);
                if (!problems.isEmpty()) {
                    wrong.put(r.getKey(), problems);
                }
            }
            assertThat(wrong).as("routes and menus not as the README's table says").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    /** What {@code account} sees differently from the table: an empty list when all is right. */
    private List<String> matrix(DemoAccount account) {
        List<String> wrong = new ArrayList<>();
        Browser b = signedIn(account);
        if (!b.path().isEmpty()) {
            wrong.add("signed in, landed on /" + b.path() + " instead of the home page");
        }
        Set<String> allowed = new TreeSet<>();
        ROUTES.forEach((route, roles) -> {
            if (roles.contains(account.role)) {
                allowed.add(route);
            }
        });
        Set<String> menu = new TreeSet<>(b.menuPaths());
        if (!menu.equals(allowed)) {
            wrong.add("menu " + menu + " instead of " + allowed);
        }
        if (!account.username.equals(b.driver.findElement(By.cssSelector(".user-name")).getText())) {
            wrong.add("the user box does not name " + account.username);
        }
        for (Map.Entry<String, Set<Role>> entry : ROUTES.entrySet()) {
            String route = entry.getKey();
            b.open(route);
            boolean denied = b.exists(By.id("access-denied"));
            boolean layout = b.exists(By.tagName("vaadin-app-layout"));
            String title = b.driver.getTitle();
            if (!b.path().equals(route)) {
                wrong.add("/" + route + " went to /" + b.path());
            } else if (entry.getValue().contains(account.role)) {
                if (denied || !layout || title.contains("Không có quyền")) {
                    wrong.add("/" + route + " refused, title " + title);
                } else {
                    b.screenshot(account.username + "-" + (route.isEmpty() ? "home" : route));
                }
            } else if (!denied || !b.text("access-denied").contains("Không có quyền truy cập")) {
                wrong.add("/" + route + " not refused, title " + title);
            }
        }
        return wrong;
    }
}
