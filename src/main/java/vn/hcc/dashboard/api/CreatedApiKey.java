package vn.hcc.dashboard.api;

/** A key just created and its token: the only time the token exists outside the caller's system. */
public record CreatedApiKey(ApiKey key, String token) {
}
