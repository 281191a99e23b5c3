package vn.hcc.dashboard.reports;

/** Translates a key with arguments; the view passes its own {@code getTranslation} so the service needs no UI. */
@FunctionalInterface
public interface ReportTexts {

    String get(String key, Object... args);
}
