package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Shown instead of a page the user's roles do not allow: the page itself is never rendered. Answers 403 (see
 * {@link ErrorPageStatus} for how the status reaches the first response).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>,
        HasDynamicTitle {

    public AccessDeniedView() {
        setId("access-denied");
        add(new H2(getTranslation("access-denied.title")), new Paragraph(getTranslation("access-denied.text")),
                new Anchor("", getTranslation("access-denied.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access-denied.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
