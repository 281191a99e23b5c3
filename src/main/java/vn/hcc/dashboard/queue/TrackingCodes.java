package vn.hcc.dashboard.queue;

import java.security.SecureRandom;

/**
 * The random code on a ticket's QR code ({@code K7QF-M2XD}): 40 bits, without the letters and digits a citizen
 * confuses when typing it (0/O, 1/I/L), so that nobody finds another citizen's ticket by trying codes.
 */
final class TrackingCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as a citizen may type it: any case, spaces around, dash optional; null when it cannot be one. */
    static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.trim().toUpperCase(java.util.Locale.ROOT).replace("-", "");
        if (plain.length() != 8 || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return plain.substring(0, 4) + "-" + plain.substring(4);
    }
}
