package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The translation files, Vietnamese first: where no UI is current (a download, a background job) Vaadin falls back
 * to the first locale listed here, and the product's users read Vietnamese.
 */
@Component
public class AppTranslations extends DefaultI18NProvider {

    AppTranslations() {
        super(List.of(AppLocales.VIETNAMESE, AppLocales.ENGLISH));
    }
}
