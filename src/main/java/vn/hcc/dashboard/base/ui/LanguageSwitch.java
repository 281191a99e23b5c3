package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;

/** Vietnamese (default) or English; the choice lives in the session and re-renders the page. */
class LanguageSwitch extends Select<Locale> {

    LanguageSwitch() {
        setItems(List.of(AppLocales.VIETNAMESE, AppLocales.ENGLISH));
        setItemLabelGenerator(l -> l.getLanguage().equals("vi") ? "Tiếng Việt" : "English");
        setValue(AppLocales.of(VaadinSession.getCurrent()));
        setAriaLabel(getTranslation("layout.language"));
        setId("language");
        addClassName("language-switch");
        addValueChangeListener(e -> {
            if (e.getValue() != null) { // the initial value is set before this listener, so only users get here
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
