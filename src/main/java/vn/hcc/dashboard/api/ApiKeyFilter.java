package vn.hcc.dashboard.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API chain's only way in: the key from {@code Authorization: Bearer <key>} or {@code X-API-Key}, never a
 * cookie. In order: an unknown or revoked key is refused (401), a key over its rate limit too (429), a body over the
 * limit before it is read (413, and while it is read when no length was announced); then the call runs as the key
 * ({@link ApiCaller#authentication()}) and is written to the audit trail, whatever its outcome. A bare error status
 * (an unknown path, a wrong method) is answered as JSON here instead of by the app's error page.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "X-API-Key";
    /** What the controller tells the audit trail of the call's work (items, created…), as a request attribute. */
    static final String OUTCOME = ApiKeyFilter.class.getName() + ".outcome";

    private final ApiKeyService keys;
    private final ApiRateLimit rateLimit;
    private final ApiResponses responses;
    private final long maxBodyBytes;

    ApiKeyFilter(ApiKeyService keys, ApiRateLimit rateLimit, ApiResponses responses, long maxBodyBytes) {
        this.keys = keys;
        this.rateLimit = rateLimit;
        this.responses = responses;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        Optional<ApiCaller> caller = keys.authenticate(token(request));
        caller.ifPresent(c -> {
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(c.authentication());
            holder.setContext(context);
        });
        JsonErrors answered = new JsonErrors(response);
        int status = 500;
        try {
            if (caller.isEmpty()) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                responses.write(response, 401, "api.error.bad-key");
            } else if (!rateLimit.tryAcquire(caller.get().keyId())) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "60");
                responses.write(response, 429, "api.error.rate-limit", rateLimit.perMinute());
            } else if (request.getContentLengthLong() > maxBodyBytes) {
                responses.write(response, 413, "api.error.too-large", maxBodyBytes / 1024);
            } else {
                chain.doFilter(new LimitedBodyRequest(request, maxBodyBytes), answered);
            }
            status = response.getStatus();
        } finally {
            Object outcome = request.getAttribute(OUTCOME);
            keys.recordCall(caller, new ApiCall(request.getMethod(), request.getRequestURI(),
                    request.getQueryString(), status, request.getRemoteAddr(),
                    outcome == null ? null : outcome.toString()));
            holder.clearContext();
        }
    }

    /** The bearer token, else the {@code X-API-Key} header; null when neither is given. */
    private static String token(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return request.getHeader(KEY_HEADER);
    }

    /** Turns {@code sendError} (Spring's answer to an unknown path or method) into the API's JSON error. */
    private final class JsonErrors extends HttpServletResponseWrapper {

        JsonErrors(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            responses.write((HttpServletResponse) getResponse(), sc, "api.error.status", sc);
        }
    }
}
