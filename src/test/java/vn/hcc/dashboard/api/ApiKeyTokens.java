package vn.hcc.dashboard.api;

/** Lets tests of other packages ask whether a token opens the API (authentication is package-private). */
public final class ApiKeyTokens {

    private ApiKeyTokens() {
    }

    public static boolean works(ApiKeyService keys, String token) {
        return keys.authenticate(token).isPresent();
    }
}
