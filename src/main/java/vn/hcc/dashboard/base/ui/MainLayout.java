package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shell: app name, side navigation grouped by area with only the views the user may open, the current
 * user with roles, language switch and logout. Views join the navigation with {@code @Menu(title = "nav.group.item")}.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authenticationContext;
    private final Span viewTitle = new Span();

    public MainLayout(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.addClassName("view-title");
        HorizontalLayout navbar = new HorizontalLayout(toggle, viewTitle, new LanguageSwitch());
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(viewTitle);
        navbar.addClassName("app-navbar");
        addToNavbar(navbar);
        addToDrawer(drawerContent());
    }

    private VerticalLayout drawerContent() {
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        Span appSub = new Span(getTranslation("app.subtitle"));
        appSub.addClassName("app-subtitle");
        Div header = new Div(appName, appSub);
        header.addClassName("app-header");
        VerticalLayout drawer = new VerticalLayout(header);
        drawer.setPadding(false);
        drawer.setSpacing(false);
        drawer.setSizeFull();
        for (NavigationMenu.Group group : NavigationMenu.accessibleGroups()) {
            SideNav nav = new SideNav(getTranslation("nav." + group.key()));
            nav.setCollapsible(true);
            nav.addClassName("app-nav");
            for (NavigationMenu.Item item : group.items()) {
                SideNavItem navItem = new SideNavItem(getTranslation(item.titleKey()), item.path());
                if (item.icon() != null) {
                    navItem.setPrefixComponent(VaadinIcon.valueOf(item.icon()).create());
                }
                nav.addItem(navItem);
            }
            drawer.add(nav);
        }
        drawer.add(userBox());
        return drawer;
    }

    private Div userBox() {
        Div box = new Div();
        box.addClassName("user-box");
        authenticationContext.getPrincipalName().ifPresent(name -> {
            Avatar avatar = new Avatar(name);
            avatar.addThemeName("xsmall");
            Span userName = new Span(name);
            userName.addClassName("user-name");
            List<String> roles = authenticationContext.getGrantedRoles().stream().sorted()
                    .map(r -> getTranslation("role." + r)).toList();
            Span roleList = new Span(roles.stream().collect(Collectors.joining(", ")));
            roleList.addClassName("user-roles");
            Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                    e -> authenticationContext.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            logout.setId("logout");
            box.add(new HorizontalLayout(avatar, new Div(userName, roleList)), logout);
        });
        return box;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(NavigationMenu.titleKeyFor(getContent())
                .map(this::getTranslation).orElse(""));
    }
}
