package vn.hcc.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hcc.dashboard.HttpBrowser;
import vn.hcc.dashboard.HttpServerTest;
import vn.hcc.dashboard.importing.DossierItems;

/**
 * The OpenAPI description at /api/v3/api-docs: for a signed-in administrator only, and it describes exactly the
 * API's controllers (each path and method they map, the figures' parameters) and an item's fields as the import
 * reads them.
 */
class ApiDocsHttpTest extends HttpServerTest {

    @Autowired
    JsonMapper json;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode document() throws Exception {
        HttpBrowser admin = new HttpBrowser(port);
        admin.signIn("admin", "demo1234");
        HttpResponse<byte[]> docs = admin.get("/api/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        return json.readTree(HttpBrowser.text(docs));
    }

    @Test
    void onlyASignedInAdministratorReadsTheDescription() throws Exception {
        HttpResponse<byte[]> anonymous = new HttpBrowser(port).get("/api/v3/api-docs");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/login"));
        HttpBrowser reception = new HttpBrowser(port);
        reception.signIn("tiepnhan", "demo1234");
        assertThat(reception.get("/api/v3/api-docs").statusCode()).isEqualTo(403);
        HttpBrowser admin = new HttpBrowser(port);
        admin.signIn("admin", "demo1234");
        HttpResponse<byte[]> ui = admin.get("/api/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(HttpBrowser.text(ui)).contains("Swagger UI");
        // an API key is no way in
        String token = ApiClient.key(applicationKeys, Set.of(), true, true).token();
        assertThat(new ApiClient(port, token).get("/api/v3/api-docs").statusCode()).isEqualTo(302);
    }

    @Autowired
    ApiKeyService applicationKeys;

    @Test
    void theDescriptionMatchesTheControllers() throws Exception {
        JsonNode doc = document();
        Set<String> described = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> described.add(op.getKey().toUpperCase() + " " + path.getKey())));
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().equals(ApiKeyFilter.class.getPackageName())) {
                for (String path : info.getPatternValues()) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + path));
                }
            }
        });
        assertThat(mapped).containsExactlyInAnyOrder("POST /api/v1/dossiers", "GET /api/v1/dossiers/{code}",
                "GET /api/v1/figures");
        assertThat(described).isEqualTo(mapped);

        List<String> parameters = new ArrayList<>();
        doc.get("paths").get("/api/v1/figures").get("get").get("parameters")
                .forEach(p -> parameters.add(p.get("name").asString() + (p.get("required").asBoolean() ? "!" : "")));
        assertThat(parameters).containsExactly("from!", "to!", "unit");

        List<String> fields = new ArrayList<>();
        doc.get("components").get("schemas").get("Dossier").get("properties").properties()
                .forEach(p -> fields.add(p.getKey()));
        assertThat(fields).isEqualTo(DossierItems.fieldNames());
        assertThat(doc.get("components").get("securitySchemes").get("apiKey").get("name").asString())
                .isEqualTo("X-API-Key");
        assertThat(doc.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
                .isEqualTo("bearer");
    }
}
