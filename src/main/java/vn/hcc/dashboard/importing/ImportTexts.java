package vn.hcc.dashboard.importing;

/**
 * Translations for the files the import writes (template guide, error list), in the user's language; a view
 * passes its {@code getTranslation}. Services have no locale of their own.
 */
@FunctionalInterface
public interface ImportTexts {

    String get(String key, Object... args);
}
