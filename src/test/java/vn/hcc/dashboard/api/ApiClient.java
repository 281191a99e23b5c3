package vn.hcc.dashboard.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import vn.hcc.dashboard.security.SystemAccess;

/** A client of the running test server's API with one key (or none), and the keys the tests create. */
final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String token;

    ApiClient(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    /** A new key, created by the administrator; the database goes back after the class, so names carry a nonce. */
    static CreatedApiKey key(ApiKeyService keys, Set<Long> units, boolean read, boolean write) {
        return SystemAccess.asAdmin(() -> keys.create(new ApiKeyDraft("Test " + System.nanoTime(), units, read,
                write)));
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
