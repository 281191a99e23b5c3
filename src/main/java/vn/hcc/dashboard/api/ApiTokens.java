package vn.hcc.dashboard.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API key tokens as the public devices' tokens are made (queue's {@code DeviceTokens}): 256 random bits, URL-safe
 * text that fits a header, and their SHA-256 for the table. A plain hash suffices: the token is random and long, not
 * a password a person chose, and an unsalted hash lets a call's key be found by an index.
 */
final class ApiTokens {

    /** Longer than any token made here; a longer header is refused before it is hashed. */
    static final int MAX_LENGTH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
