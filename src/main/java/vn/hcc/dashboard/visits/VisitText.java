package vn.hcc.dashboard.visits;

import java.util.List;

/**
 * A text of the timeline as a translation key and its arguments, translated by the view in the user's language. An
 * argument that starts with {@link #KEY} is itself a key (a status, a level, a channel) the view translates first;
 * any other argument is shown as it is (a code, a name, a date already in dd/MM/yyyy).
 */
public record VisitText(String key, List<String> args) {

    public static final String KEY = "#";

    public static VisitText of(String key, String... args) {
        return new VisitText(key, java.util.Arrays.stream(args).map(a -> a == null ? "" : a).toList());
    }

    /** An argument the view translates: {@code key("dossier.status.RESOLVED")}. */
    public static String key(String key) {
        return KEY + key;
    }
}
