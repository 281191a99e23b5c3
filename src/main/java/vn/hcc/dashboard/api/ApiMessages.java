package vn.hcc.dashboard.api;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.base.ui.AppLocales;

/**
 * The API's messages, in Vietnamese, from the same translation files as the screens: an item's error reads exactly
 * as the same error of a file import.
 */
@Component
class ApiMessages {

    private final I18NProvider translations;

    ApiMessages(I18NProvider translations) {
        this.translations = translations;
    }

    String get(String key, Object... args) {
        return translations.getTranslation(key, AppLocales.VIETNAMESE, args);
    }
}
