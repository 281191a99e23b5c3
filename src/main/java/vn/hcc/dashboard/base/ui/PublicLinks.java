package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

/** Absolute links to the app's public pages, as printed in QR codes: from the address the browser used. */
public final class PublicLinks {

    private PublicLinks() {
    }

    /** {@code path} (without a leading slash) under the current request's scheme, host, port and context path. */
    public static String absolute(String path) {
        String base = "";
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest servlet) {
            StringBuffer url = servlet.getHttpServletRequest().getRequestURL();
            String uri = servlet.getHttpServletRequest().getRequestURI();
            base = url.substring(0, url.length() - uri.length()) + servlet.getHttpServletRequest().getContextPath();
        }
        return base + "/" + path;
    }
}
