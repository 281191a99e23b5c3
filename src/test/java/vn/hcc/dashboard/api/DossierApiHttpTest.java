package vn.hcc.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hcc.dashboard.HttpBrowser;
import vn.hcc.dashboard.HttpServerTest;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.dashboard.DashboardData;
import vn.hcc.dashboard.dashboard.DashboardService;
import vn.hcc.dashboard.figures.PeriodFigures;
import vn.hcc.dashboard.kpi.KpiValue;
import vn.hcc.dashboard.targets.Kpi;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The dossier API over real HTTP: dossiers in (all or nothing, idempotent by code, the import's Vietnamese reasons by
 * item and field) and out, and every way a request is refused: no key, a wrong or revoked key, a browser's session
 * instead of a key, the wrong scope, malformed JSON, too many items, too large a body, too many calls.
 */
class DossierApiHttpTest extends HttpServerTest {

    @Autowired
    ApiKeyService keys;
    @Autowired
    UnitService units;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DashboardService dashboard;

    /** The import template's example (a birth registration of Phòng Tư pháp, 03/03/2025) as an API item. */
    static Map<String, Object> item(String code) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("procedureCode", "HT-01");
        item.put("field", "Hộ tịch");
        item.put("unit", "Phòng Tư pháp");
        item.put("channel", "Trực tiếp");
        item.put("onlineLevel", "Một phần");
        item.put("receivedAt", "03/03/2025 09:15");
        item.put("dueOn", "04/03/2025");
        item.put("resultOn", "04/03/2025");
        item.put("returnedOn", "04/03/2025");
        item.put("status", "Đã trả kết quả");
        item.put("fee", 0);
        item.put("paidOnline", false);
        item.put("digitizedComponents", "Có");
        item.put("digitizedResult", true);
        item.put("apologyLetter", false);
        return item;
    }

    private ApiClient client(boolean read, boolean write) {
        return new ApiClient(port, ApiClient.key(keys, Set.of(), read, write).token());
    }

    private String body(Object value) {
        return json.writeValueAsString(value);
    }

    private JsonNode errors(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        return json.readTree(response.body()).get("errors");
    }

    private String onlyMessage(HttpResponse<String> response) {
        JsonNode errors = errors(response);
        assertThat(errors.size()).isEqualTo(1);
        return errors.get(0).get("message").asString();
    }

    @Test
    void dossiersGoInAllOrNothingAndComeOutAsTheyWent() throws Exception {
        ApiClient api = client(true, true);
        String a = "API-" + System.nanoTime();
        String b = a + "-B";

        HttpResponse<String> saved = api.post("/api/v1/dossiers", body(List.of(item(a), item(b))));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json.readTree(saved.body()).get("created").asLong()).isEqualTo(2);
        // the same request again: idempotent by code
        HttpResponse<String> again = api.post("/api/v1/dossiers", body(List.of(item(a), item(b))));
        assertThat(json.readTree(again.body()).get("unchanged").asLong()).isEqualTo(2);

        HttpResponse<String> read = api.get("/api/v1/dossiers/" + a);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode dossier = json.readTree(read.body());
        assertThat(dossier.get("code").asString()).isEqualTo(a);
        assertThat(dossier.get("unit").asString()).isEqualTo("Phòng Tư pháp");
        assertThat(dossier.get("status").asString()).isEqualTo("Đã trả kết quả");
        assertThat(dossier.get("receivedAt").asString()).isEqualTo("03/03/2025 09:15");
        assertThat(dossier.get("digitizedComponents").asBoolean()).isTrue();
        // what was read goes back unchanged
        @SuppressWarnings("unchecked")
        Map<String, Object> back = json.readValue(read.body(), Map.class);
        HttpResponse<String> roundTrip = api.post("/api/v1/dossiers", body(List.of(back)));
        assertThat(json.readTree(roundTrip.body()).get("unchanged").asLong()).as(roundTrip.body()).isEqualTo(1);
        assertThat(read.headers().firstValue("Set-Cookie")).as("no session is created").isEmpty();
    }

    @Test
    void theFiguresAreTheDashboards() throws Exception {
        ApiClient api = client(true, true);
        String code = "API-" + System.nanoTime();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            items.add(item(code + "-" + i));
        }
        items.get(2).put("channel", "Trực tuyến");
        assertThat(api.post("/api/v1/dossiers", body(items)).statusCode()).isEqualTo(200);
        Period march = Period.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));

        HttpResponse<String> response = api.get("/api/v1/figures?from=2025-03-01&to=2025-03-31");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode figures = json.readTree(response.body());
        DashboardData dashboard = SystemAccess.asAdmin(() -> this.dashboard.data(march, march.previous(), null));
        PeriodFigures expected = dashboard.current().figures();
        assertThat(expected.received()).isGreaterThanOrEqualTo(3);
        assertThat(json.treeToValue(figures.get("figures"), PeriodFigures.class)).isEqualTo(expected);
        assertThat(figures.get("totals").get("received").asLong()).isEqualTo(expected.received());
        JsonNode kpis = figures.get("kpis");
        assertThat(kpis.size()).isEqualTo(dashboard.current().values().size());
        for (JsonNode kpi : kpis) {
            KpiValue value = dashboard.current().get(Kpi.valueOf(kpi.get("kpi").asString()));
            assertThat(kpi.get("state").asString()).isEqualTo(value.state().name());
            if (value.rate() != null) {
                assertThat(kpi.get("rate").decimalValue()).isEqualByComparingTo(value.rate());
            }
        }
        assertThat(figures.get("period").get("from").asString()).isEqualTo("2025-03-01");
        assertThat(figures.get("period").get("to").asString()).isEqualTo("2025-03-31");
    }

    @Test
    void oneInvalidItemAmongManyChangesNothing() throws Exception {
        ApiClient api = client(true, true);
        String code = "API-" + System.nanoTime();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(item(code + "-" + i));
        }
        items.get(3).put("receivedAt", "31/02/2025");
        items.get(4).put("recievedAt", "03/03/2025");

        HttpResponse<String> refused = api.post("/api/v1/dossiers", body(items));

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode errors = errors(refused);
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).get("index").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("receivedAt");
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo("Ngày không hợp lệ: cần dạng dd/MM/yyyy hoặc dd/MM/yyyy HH:mm");
        assertThat(errors.get(1).get("index").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("field").asString()).isEqualTo("recievedAt");
        assertThat(errors.get(1).get("message").asString()).isEqualTo("Trường này không có trong mẫu hồ sơ");
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/dossiers/" + code + "-" + i).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aCodeTwiceInOneRequestIsNamedByTheItemsIndex() throws Exception {
        ApiClient api = client(true, true);
        String code = "API-" + System.nanoTime();

        HttpResponse<String> refused = api.post("/api/v1/dossiers", body(List.of(item(code), item(code + "-B"),
                item(code))));

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode error = errors(refused).get(0);
        assertThat(error.get("index").asInt()).isEqualTo(2);
        assertThat(error.get("field").asString()).isEqualTo("code");
        assertThat(error.get("message").asString())
                .isEqualTo("Mã hồ sơ \"" + code + "\" đã có ở hồ sơ số 0 của yêu cầu (đếm từ 0)");
        assertThat(api.get("/api/v1/dossiers/" + code).statusCode()).isEqualTo(404);
    }

    @Test
    void aMissingWrongOrRevokedKeyIsRefused() throws Exception {
        assertThat(onlyMessage(new ApiClient(port, null).get("/api/v1/dossiers/X"))).startsWith("Thiếu khóa API");
        HttpResponse<String> wrong = new ApiClient(port, "not-a-key").get("/api/v1/dossiers/X");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        CreatedApiKey key = ApiClient.key(keys, Set.of(), true, false);
        ApiClient api = new ApiClient(port, key.token());
        assertThat(api.get("/api/v1/dossiers/X").statusCode()).isEqualTo(404);
        SystemAccess.asAdmin(() -> keys.revoke(key.key().getId()));
        assertThat(api.get("/api/v1/dossiers/X").statusCode()).isEqualTo(401);
        // the key may come in X-API-Key as well
        String other = ApiClient.key(keys, Set.of(), true, false).token();
        assertThat(new ApiClient(port, null).send(new ApiClient(port, null).request("/api/v1/dossiers/X")
                .header("X-API-Key", other).GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void aBrowserSessionAuthenticatesNothingHere() throws Exception {
        HttpBrowser admin = new HttpBrowser(port);
        admin.signIn("admin", "demo1234");
        assertThat(admin.get("/dashboard").statusCode()).as("signed in").isEqualTo(200);

        assertThat(admin.get("/api/v1/dossiers/X").statusCode()).isEqualTo(401);
        HttpResponse<byte[]> post = admin.send(HttpRequest.newBuilder(java.net.URI.create(admin.url(
                "/api/v1/dossiers"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(List.of(item("API-CSRF-" + System.nanoTime()))))));
        assertThat(post.statusCode()).isEqualTo(401);
    }

    @Test
    void aKeyDoesOnlyWhatItsScopeAllows() throws Exception {
        String code = "API-" + System.nanoTime();
        ApiClient readOnly = client(true, false);
        HttpResponse<String> post = readOnly.post("/api/v1/dossiers", body(List.of(item(code))));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(onlyMessage(post)).isEqualTo("Khóa API này chỉ được đọc, không được gửi hồ sơ");
        ApiClient writeOnly = client(false, true);
        assertThat(writeOnly.get("/api/v1/dossiers/" + code).statusCode()).isEqualTo(403);
        assertThat(writeOnly.get("/api/v1/figures?from=2025-03-01&to=2025-03-31").statusCode()).isEqualTo(403);

        long commune = SystemAccess.asAdmin(() -> units.listAll().stream()
                .filter(u -> u.getName().equals("UBND xã Lai Hạ")).findFirst().orElseThrow().getId());
        ApiClient laiHa = new ApiClient(port, ApiClient.key(keys, Set.of(commune), true, true).token());
        HttpResponse<String> otherUnit = laiHa.post("/api/v1/dossiers", body(List.of(item(code))));
        assertThat(otherUnit.statusCode()).isEqualTo(422);
        JsonNode error = errors(otherUnit).get(0);
        assertThat(error.get("field").asString()).isEqualTo("unit");
        assertThat(error.get("message").asString()).isEqualTo("Khóa API không được ghi hồ sơ của đơn vị này");
        assertThat(laiHa.get("/api/v1/figures?from=2025-03-01&to=2025-03-31").statusCode()).isEqualTo(403);
        assertThat(laiHa.get("/api/v1/figures?from=2025-03-01&to=2025-03-31&unit=" + commune).statusCode())
                .isEqualTo(200);
        // a dossier of another unit is "not found" for it
        assertThat(client(true, true).post("/api/v1/dossiers", body(List.of(item(code)))).statusCode())
                .isEqualTo(200);
        assertThat(laiHa.get("/api/v1/dossiers/" + code).statusCode()).isEqualTo(404);
    }

    @Test
    void malformedJsonIsRefusedInVietnamese() throws Exception {
        ApiClient api = client(true, true);
        for (String bad : List.of("[{\"code\": ", "{\"code\": \"X\"}", "[1, 2]", "not json")) {
            HttpResponse<String> refused = api.post("/api/v1/dossiers", bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(onlyMessage(refused)).as(bad).startsWith("Nội dung không phải JSON hợp lệ");
        }
        HttpResponse<String> badDate = api.get("/api/v1/figures?from=01/03/2025&to=2025-03-31");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(errors(badDate).get(0).get("field").asString()).isEqualTo("from");
    }

    @Test
    void tooManyItemsOrTooLargeABodyIsRefused() throws Exception {
        ApiClient api = client(true, true);
        String many = "[" + String.join(",", java.util.Collections.nCopies(1001, "{}")) + "]";
        HttpResponse<String> tooMany = api.post("/api/v1/dossiers", many);
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(onlyMessage(tooMany)).isEqualTo("Mỗi lần gửi tối đa 1.000 hồ sơ (lần này có 1.001); hãy chia "
                + "thành nhiều lần gửi");

        String large = "[" + "{\"code\": \"" + "x".repeat(250_000) + "\"}]";
        HttpResponse<String> announced = api.post("/api/v1/dossiers", large);
        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(onlyMessage(announced)).startsWith("Nội dung yêu cầu lớn hơn giới hạn");
        // without a Content-Length (chunked), counted while read
        HttpResponse<String> chunked = api.send(api.request("/api/v1/dossiers")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8)))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(onlyMessage(chunked)).startsWith("Nội dung yêu cầu lớn hơn giới hạn");
    }

    @Test
    void aKeyOverItsRateLimitWaits() throws Exception {
        ApiClient api = client(true, false);
        ApiClient other = client(true, false);
        for (int i = 0; i < 40; i++) {
            assertThat(api.get("/api/v1/dossiers/NONE").statusCode()).isEqualTo(404);
        }
        HttpResponse<String> limited = api.get("/api/v1/dossiers/NONE");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(onlyMessage(limited)).isEqualTo("Khóa API đã gọi quá 40 lần trong một phút; hãy thử lại sau");
        assertThat(other.get("/api/v1/dossiers/NONE").statusCode()).as("per key").isEqualTo(404);
    }

    @Test
    void everyCallIsAuditedAndTheKeyMarkedUsed() throws Exception {
        CreatedApiKey key = ApiClient.key(keys, Set.of(), true, true);
        ApiClient api = new ApiClient(port, key.token());
        api.post("/api/v1/dossiers", body(List.of(item("API-AUDIT-" + System.nanoTime()))));
        api.get("/api/v1/dossiers/NONE");
        new ApiClient(port, "wrong").get("/api/v1/dossiers/NONE");

        List<Map<String, Object>> calls = jdbc.queryForList("SELECT actor, label, changes FROM audit_entry"
                + " WHERE entity_type = 'API_CALL' AND entity_id = ? ORDER BY id", key.key().getId());
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).get("ACTOR").toString()).isEqualTo("api:" + key.key().getName());
        assertThat(calls.get(0).get("CHANGES").toString()).contains("POST", "/api/v1/dossiers", "200",
                "created=1");
        assertThat(calls.get(1).get("CHANGES").toString()).contains("GET", "404");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'API_CALL'"
                + " AND entity_id IS NULL AND changes LIKE '%401%'", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT last_used_at FROM api_key WHERE id = ?", Object.class,
                key.key().getId())).isNotNull();
    }
}
