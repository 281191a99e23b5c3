package vn.hcc.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser-like client of the running test server for the HTTP tests: no redirects followed, the session cookie
 * kept once {@link #signIn} has posted the login form.
 */
public final class HttpBrowser {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String cookie;

    public HttpBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Posts the login form; returns the response, whose session cookie later requests send. */
    public HttpResponse<byte[]> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password)));
        cookie = response.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElseThrow();
        return response;
    }

    public HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public String url(String path) {
        return base + path;
    }

    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
