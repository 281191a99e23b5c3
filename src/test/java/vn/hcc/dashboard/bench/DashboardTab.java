package vn.hcc.dashboard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser tab on the dashboard, spoken at the level of Vaadin's wire protocol instead of a browser: what
 * Vaadin 25's client engine (Flow.ts, MessageHandler, MessageSender, AtmospherePushConnection) sends and expects,
 * without rendering anything. It
 * <ol>
 * <li>signs in as a person does: {@code GET /login} (the session and the CSRF token Vaadin writes into
 * {@code <meta name="_csrf">}), then {@code POST /login} with the form;</li>
 * <li>opens the dashboard as the bootstrap page does: {@code GET /dashboard} (the page), {@code GET
 * /?v-r=init&location=dashboard} (the UI: its id, the UIDL security key, the push id, the first sync id), the
 * Atmosphere websocket at {@code /VAADIN/push} (the client's query parameters, handshake "uuid|interval|padding|"),
 * then the {@code ui-navigate} event that Flow.ts sends for a server route, posted as UIDL ({@code @Push}'s default
 * transport WEBSOCKET_XHR: server to client over the websocket, client to server by XHR);</li>
 * <li>stays open as the client engine does: every pushed message ("length|json", Atmosphere's tracked message
 * length) is checked for its sync id (in order, no gap, no resynchronize, no error or expiry notice) and the next
 * client message id it announces; Vaadin's heartbeat ({@code POST ?v-r=heartbeat}) keeps the UI alive, and
 * Atmosphere's heartbeat padding the websocket when the handshake asks for it (Vaadin's does not: interval 0).</li>
 * </ol>
 * A pushed message in which {@code marker} is found (a KPI card's id: a card whose figures changed is sent again) is
 * a repaint: its arrival time ({@link System#nanoTime}) goes to {@code onRepaint}. The same tab opens a registered
 * public device's page ({@link #registerDevice}, {@link #open}: the hall display, the wall TV) and hands every pushed
 * message to a {@link PushedMessages} of the caller's. What went wrong is counted in
 * {@link #errors()} and described in {@link #lastError()}. Cookies are this tab's own (the session cookie Spring
 * Security renews at sign-in); the {@link HttpClient} is shared between tabs, as one browser's would be.
 */
final class DashboardTab implements WebSocket.Listener {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CLIENT_ID = Pattern.compile("^\\{(?:\"resynchronize\":true,)?\"clientId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(-?\\d+)}$");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String base;
    private final Pattern marker;
    private final PushedMessages onPushed;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private int uiId = -1;
    private String securityKey;
    private String pushId;
    private volatile int lastSyncId = -1;
    private volatile int nextClientId;
    private volatile WebSocket socket;
    private final CompletableFuture<String> handshake = new CompletableFuture<>();
    private volatile long atmosphereHeartbeatMillis;
    private volatile String atmospherePadding = "X";
    private volatile long lastAtmosphereHeartbeat = System.nanoTime();
    private volatile boolean closing;

    // websocket input: one text message may arrive in parts, and one part may hold several "length|payload" messages
    private final StringBuilder partial = new StringBuilder();
    private final StringBuilder stream = new StringBuilder();

    private final AtomicInteger errors = new AtomicInteger();
    private volatile String lastError;
    private volatile int pushed;
    private volatile long pushedChars;
    private volatile long firstPaintChars;

    /** What a caller does with each pushed message: its arrival time ({@link System#nanoTime}) and its text. */
    @FunctionalInterface
    interface PushedMessages {
        void pushed(long at, String message);
    }

    /** A dashboard tab: a pushed message in which {@code marker} is found is a repaint, its time to onRepaint. */
    DashboardTab(HttpClient http, int port, Pattern marker, LongConsumer onRepaint) {
        this(http, port, marker, (at, message) -> {
            if (marker.matcher(message).find()) {
                onRepaint.accept(at);
            }
        });
    }

    /** A tab whose pushed messages all go to {@code onPushed}; {@code marker} tells that the dashboard rendered. */
    DashboardTab(HttpClient http, int port, Pattern marker, PushedMessages onPushed) {
        this.http = http;
        this.base = "http://localhost:" + port;
        this.marker = marker;
        this.onPushed = onPushed;
    }

    /** One client for many tabs, as one browser's: HTTP/1.1 on loopback, no redirects followed, on {@code threads}. */
    static HttpClient client(java.util.concurrent.Executor threads) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30))
                .executor(threads).build();
    }

    /**
     * Opens a device's registration link ({@code /thiet-bi/dang-ky?token=…}) as the administrator does once on the
     * TV: the answer sets the HttpOnly device cookie, which this tab then sends like a browser, and sends it on to
     * {@code route}.
     */
    void registerDevice(String registrationPath, String route) throws IOException, InterruptedException {
        HttpResponse<String> link = send(get(registrationPath));
        String location = link.headers().firstValue("Location").orElse("");
        if (link.statusCode() != 302 || !location.endsWith("/" + route) || !cookieHeader().contains("hcc_device=")) {
            throw new IllegalStateException("registration link answered " + link.statusCode() + " " + location
                    + " without the device cookie");
        }
    }

    /** The login page, then the login form with its CSRF token; fails unless the server signed the user in. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(get("/login"));
        expect(page, 200, "login page");
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in the login page");
        }
        HttpResponse<String> login = send(request("/login").header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("username="
                + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1)))));
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + login.statusCode() + " "
                    + location);
        }
    }

    /**
     * The dashboard's page, its UI, the push connection and the navigation to the dashboard route; returns once the
     * server has rendered the dashboard (the answer to the navigation carries the marker).
     */
    void openDashboard() throws IOException, InterruptedException {
        open("dashboard", marker);
    }

    /**
     * Any server route (no parameters) as {@link #openDashboard} opens the dashboard; returns once the answer to the
     * navigation carries {@code rendered}.
     */
    void open(String route, Pattern rendered) throws IOException, InterruptedException {
        HttpResponse<String> page = send(get("/" + route));
        expect(page, 200, route + " page");
        HttpResponse<String> init = send(get("/?v-r=init&location=" + enc(route) + "&query="
                + "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1920&v-bh=960&v-bw=1920&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=-420&v-dstd=0&v-rtzo=-420&v-dston=false&v-tzid=Asia%2FHo_Chi_Minh&v-td=false&v-pr=1"
                + "&v-np=Linux%20x86_64&v-cs=&v-pv=visible&v-fs=false&v-so=landscape-primary&v-soa=0&v-tn="
                + "&v-ws=false"));
        expect(init, 200, "UI init");
        JsonNode appConfig = JSON.readTree(init.body()).path("appConfig");
        uiId = appConfig.path("v-uiId").asInt(-1);
        JsonNode uidl = appConfig.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString(null);
        pushId = uidl.path("Vaadin-Push-ID").asString(null);
        if (uiId < 0 || securityKey == null || pushId == null) {
            throw new IllegalStateException("UI init without uiId, security key or push id: "
                    + abbreviate(init.body()));
        }
        // the bootstrap handler adds the keys after the sync id: read the ids from the tree
        lastSyncId = uidl.path("syncId").asInt(-1);
        nextClientId = uidl.path("clientId").asInt(0);

        String push = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId="
                + enc(pushId) + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
        socket = http.newWebSocketBuilder().header("Cookie", cookieHeader()).connectTimeout(TIMEOUT)
                .buildAsync(URI.create(push), this).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        try {
            handshake.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("no Atmosphere handshake on the push connection", e);
        }

        // what Flow.ts sends for a server-side route once the UI is up
        String navigate = "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}";
        String answer = uidl(navigate);
        firstPaintChars = answer.length();
        if (!rendered.matcher(answer).find()) {
            throw new IllegalStateException("the " + route + " page was not rendered: " + abbreviate(answer));
        }
    }

    /** Vaadin's heartbeat: keeps the UI (not the session: closeIdleSessions ignores heartbeats) alive. */
    void heartbeat() {
        try {
            HttpResponse<String> response = send(request("/?v-r=heartbeat&v-uiId=" + uiId)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            if (response.statusCode() != 200) {
                error("heartbeat answered " + response.statusCode());
            }
        } catch (IOException e) {
            error("heartbeat failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        WebSocket ws = socket;
        if (ws != null && atmosphereHeartbeatMillis > 0
                && System.nanoTime() - lastAtmosphereHeartbeat >= atmosphereHeartbeatMillis * 900_000L) {
            lastAtmosphereHeartbeat = System.nanoTime();
            ws.sendText(atmospherePadding, true).exceptionally(e -> {
                error("Atmosphere heartbeat failed: " + e);
                return null;
            });
        }
    }

    /** Closes the push connection as a closing tab does (the server then forgets the UI at the next cleanup). */
    void close() {
        closing = true;
        WebSocket ws = socket;
        if (ws != null) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null);
        }
    }

    /** Sends one RPC invocation as a UIDL request and handles the answer like a pushed message; returns it. */
    private String uidl(String rpc) throws IOException, InterruptedException {
        String payload = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + rpc + "],\"syncId\":" + lastSyncId
                + ",\"clientId\":" + nextClientId + "}";
        HttpResponse<String> response = send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload)));
        expect(response, 200, "UIDL request");
        received(response.body(), false);
        return response.body();
    }

    /** One server message (answer or push): its ids in order, no error notice, and whether it repainted. */
    private void received(String message, boolean pushedMessage) {
        long at = System.nanoTime();
        if (message.startsWith("{\"resynchronize\"")) {
            error("the server resynchronized the UI");
        }
        if (message.contains("\"appError\"") || message.contains("\"sessionExpired\"")
                || message.contains("\"redirect\"")) {
            error("error notice from the server: " + abbreviate(message));
        }
        Matcher client = CLIENT_ID.matcher(message);
        if (client.find()) {
            nextClientId = Integer.parseInt(client.group(1));
        }
        Matcher sync = SYNC_ID.matcher(message);
        if (sync.find()) {
            int id = Integer.parseInt(sync.group(1));
            if (id != -1) {
                if (lastSyncId != -1 && id != lastSyncId + 1) {
                    error("sync id " + id + " after " + lastSyncId);
                }
                lastSyncId = id;
            }
        } else if (message.startsWith("{")) {
            error("a message without sync id: " + abbreviate(message));
        }
        if (pushedMessage) {
            pushed++;
            pushedChars += message.length();
            onPushed.pushed(at, message);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            stream.append(partial);
            partial.setLength(0);
            drain();
        }
        webSocket.request(1);
        return null;
    }

    /** Splits the websocket stream into Atmosphere's "length|payload" messages. */
    private void drain() {
        while (true) {
            int bar = stream.indexOf("|");
            if (bar < 0) {
                return;
            }
            int length;
            try {
                length = Integer.parseInt(stream.substring(0, bar).trim());
            } catch (NumberFormatException e) {
                error("unframed push data: " + abbreviate(stream.toString()));
                stream.setLength(0);
                return;
            }
            if (stream.length() < bar + 1 + length) {
                return; // the rest comes with the next part
            }
            String payload = stream.substring(bar + 1, bar + 1 + length);
            stream.delete(0, bar + 1 + length);
            if (!handshake.isDone()) {
                // the first message: "uuid|heartbeat interval|heartbeat padding|"
                String[] parts = payload.split("\\|", -1);
                try {
                    atmosphereHeartbeatMillis = parts.length > 1 ? Long.parseLong(parts[1].trim()) : 0;
                } catch (NumberFormatException e) {
                    atmosphereHeartbeatMillis = 0;
                }
                if (parts.length > 2 && !parts[2].isEmpty()) {
                    atmospherePadding = parts[2];
                }
                lastAtmosphereHeartbeat = System.nanoTime();
                handshake.complete(payload);
            } else if (payload.startsWith("{")) {
                received(payload, true);
            } // else Atmosphere's heartbeat padding
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (!closing) {
            error("push connection closed by the server: " + statusCode + " " + reason);
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (!closing) {
            error("push connection failed: " + error);
        }
        handshake.completeExceptionally(error);
    }

    int errors() {
        return errors.get();
    }

    String lastError() {
        return lastError;
    }

    int pushedMessages() {
        return pushed;
    }

    long pushedChars() {
        return pushedChars;
    }

    /** Atmosphere's handshake on the push connection: "tracking id|heartbeat interval|heartbeat padding|". */
    String handshake() {
        return handshake.getNow("");
    }

    /** The interval of Atmosphere's heartbeat padding the server asked for in its handshake (0: none). */
    long atmosphereHeartbeatMillis() {
        return atmosphereHeartbeatMillis;
    }

    long firstPaintChars() {
        return firstPaintChars;
    }

    private void error(String what) {
        errors.incrementAndGet();
        lastError = what;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String cookie = cookieHeader();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        synchronized (cookies) {
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        return response;
    }

    private String cookieHeader() {
        synchronized (cookies) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                    .append(value));
            return header.toString();
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse("") + " " + abbreviate(response.body()));
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
