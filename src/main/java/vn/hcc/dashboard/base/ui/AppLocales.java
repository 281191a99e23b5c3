package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every UI starts in Vietnamese unless the user chose English in this session. */
@Component
public class AppLocales implements VaadinServiceInitListener {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.ENGLISH;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(VIETNAMESE));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(of(e.getUI().getSession())));
    }

    static Locale of(VaadinSession session) {
        Locale l = session == null ? null : session.getLocale();
        return l != null && l.getLanguage().equals("en") ? ENGLISH : VIETNAMESE;
    }
}
