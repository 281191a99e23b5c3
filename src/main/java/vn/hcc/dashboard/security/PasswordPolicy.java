package vn.hcc.dashboard.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hcc.dashboard.base.FieldValidationException;

/**
 * What a password set by a person must be: at least {@link #MIN_LENGTH} characters (the issue asked for "longer than
 * 8"; 10 leaves room above that), not containing the username, and not one of the common passwords listed in
 * {@code security/common-passwords.txt}. Each rule is refused with its own message at the password field.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    private static final Set<String> COMMON = load("/security/common-passwords.txt");

    private PasswordPolicy() {
    }

    static void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new FieldValidationException("password", "user.error.password-short", MIN_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            throw new FieldValidationException("password", "user.error.password-has-username");
        }
        if (COMMON.contains(lower)) {
            throw new FieldValidationException("password", "user.error.password-common");
        }
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
