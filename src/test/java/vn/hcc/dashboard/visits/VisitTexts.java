package vn.hcc.dashboard.visits;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** A timeline's text in Vietnamese, as the view shows it: the arguments that are keys translated first. */
public final class VisitTexts {

    private static final ResourceBundle VI = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.of("vi"));

    private VisitTexts() {
    }

    public static String vi(VisitText text) {
        Object[] args = text.args().stream()
                .map(a -> a.startsWith(VisitText.KEY) ? VI.getString(a.substring(VisitText.KEY.length())) : a)
                .toArray();
        return new MessageFormat(VI.getString(text.key()), Locale.of("vi")).format(args);
    }
}
