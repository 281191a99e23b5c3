package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in Vietnamese unless the user chose English in this session, and the page says which language it
 * is in ({@code <html lang>}), so that the browser neither offers to translate Vietnamese nor reads it aloud as
 * English.
 */
@Component
public class AppLocales implements VaadinServiceInitListener {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.ENGLISH;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(VIETNAMESE));
        event.getSource().addUIInitListener(e -> {
            Locale locale = of(e.getUI().getSession());
            e.getUI().setLocale(locale);
            e.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
        event.addIndexHtmlRequestListener(AppLocales::declareLanguage);
    }

    /** The first HTML the browser gets already says Vietnamese, or English for a session that chose it. */
    static void declareLanguage(IndexHtmlResponse response) {
        VaadinSession session = VaadinSession.getCurrent();
        response.getDocument().select("html").attr("lang", of(session).getLanguage());
    }

    static Locale of(VaadinSession session) {
        Locale l = session == null ? null : session.getLocale();
        return l != null && l.getLanguage().equals("en") ? ENGLISH : VIETNAMESE;
    }
}
