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

    /**
     * Opens the login page as a browser does (its session and the CSRF token Vaadin writes into the page), then posts
     * the login form with that token; returns the response, whose session cookie later requests send.
     */
    public HttpResponse<byte[]> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<byte[]> page = get("/login");
        page.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.split(";")[0]);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(text(page));
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in the login page");
        }
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username="
                        + java.net.URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                        + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
        cookie = response.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(cookie);
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
