package vn.hcc.dashboard.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URI;
import org.springframework.stereotype.Component;

/**
 * Where a tab goes when its session has closed ({@code vaadin.closeIdleSessions}: after the session timeout without
 * any user action, heartbeats notwithstanding). A signed-in page goes straight to {@code /login?expired}, which says
 * why; a public page (kiosk, display, public PAKN) reloads itself into a fresh anonymous session, so a device left
 * alone keeps working. The page is told by the Referer of the expired request (same origin, always sent); without
 * one the tab reloads, which for a signed-in page still ends at the login.
 */
@Component
class SessionExpiry implements VaadinServiceInitListener {

    static final String EXPIRED_PARAMETER = "expired";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this::messages);
    }

    private SystemMessages messages(SystemMessagesInfo info) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        // No "click to continue" box: the login page (or the reloaded public page) is the answer.
        messages.setSessionExpiredNotificationEnabled(false);
        VaadinRequest request = info.getRequest();
        if (request != null && signedInPage(info, request)) {
            messages.setSessionExpiredURL(request.getContextPath() + "/login?" + EXPIRED_PARAMETER);
        }
        return messages;
    }

    private static boolean signedInPage(SystemMessagesInfo info, VaadinRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || referer.isBlank()) {
            return false;
        }
        String path;
        try {
            path = URI.create(referer.trim()).getPath();
        } catch (IllegalArgumentException e) {
            return false;
        }
        path = path == null ? "" : path;
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        if (path.startsWith(context)) {
            path = path.substring(context.length());
        }
        path = path.replaceFirst("^/+", "");
        return info.getService().getRouter().getRegistry().getNavigationTarget(path)
                .map(view -> !view.isAnnotationPresent(AnonymousAllowed.class)).orElse(false);
    }
}
