package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.router.NavigationState;
import com.vaadin.flow.server.BootstrapInitialPredicate;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Lets the first response of an error page carry the error's HTTP status. By default Vaadin answers every page
 * request with its bootstrap page (200) and navigates in a second request, so a page the user may not open and an
 * unknown path both answered 200. For exactly those two cases the navigation runs during the page request instead
 * (Vaadin's "initial UIDL"), so the error view's {@code setErrorParameter} sets the status of the response itself:
 * {@link AccessDeniedView} 403, {@link NotFoundView} 404; the page shown is the same translated view. Every other
 * page keeps Vaadin's default bootstrap.
 */
@Component
class ErrorPageStatus implements VaadinServiceInitListener {

    private final ObjectProvider<NavigationAccessControl> accessControl;

    ErrorPageStatus(ObjectProvider<NavigationAccessControl> accessControl) {
        this.accessControl = accessControl;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        BootstrapInitialPredicate vaadinDefault = service.getBootstrapInitialPredicate();
        service.setBootstrapInitialPredicate(
                request -> vaadinDefault.includeInitialUidl(request) || isErrorPage(service, request));
    }

    /** No route at this path, or a route the signed-in user may not open. */
    boolean isErrorPage(VaadinService service, VaadinRequest request) {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("").replaceFirst("^/", "");
        Optional<NavigationState> target = service.getRouter().resolveNavigationTarget(path,
                request.getParameterMap());
        if (target.isEmpty()) {
            return true;
        }
        NavigationAccessControl control = accessControl.getIfAvailable();
        if (control == null || !control.isEnabled()) {
            return false;
        }
        NavigationContext context = control.createNavigationContext(target.get().getNavigationTarget(), path,
                service, request);
        // anonymous users are sent to the login page, which is no error
        return context.getPrincipal() != null && control.checkAccess(context,
                service.getDeploymentConfiguration().isProductionMode()).decision() == AccessCheckDecision.DENY;
    }
}
