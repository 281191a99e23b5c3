package vn.hcc.dashboard.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.HttpBrowser;
import vn.hcc.dashboard.HttpServerTest;

/**
 * The import's upload over real HTTP, as the browser's upload component sends it: a chunked body (no declared size)
 * above the 50 MB limit is refused with 422 and the Vietnamese reason, in UTF-8 bytes and a body that says
 * {@code charset=UTF-8}; nothing of it stays in the temporary folder. The same server configuration as
 * FormLoginHttpTest, so the running server is shared.
 */
class UploadRefusalHttpTest extends HttpServerTest {

    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));
    /** Spring Security's token from the page, which the browser's upload sends along. */
    private String csrfToken;

    @Test
    void aChunkedUploadAboveTheLimitIsRefusedWithAUtf8Reason() throws Exception {
        HttpBrowser reception = new HttpBrowser(port);
        reception.signIn("tiepnhan", "demo1234");
        List<Path> uploadFilesBefore = uploadFiles();

        byte[] body = new byte[51 * 1024 * 1024];
        HttpResponse<byte[]> refused = reception.send(HttpRequest.newBuilder(URI.create(uploadUrl(reception)))
                .header("Content-Type", "text/csv").header("X-Filename", "lon.csv")
                .header("X-CSRF-TOKEN", csrfToken)
                // an input stream of unknown length goes out chunked, without a Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                .contains("Tệp lớn hơn giới hạn 50 MB: hãy chia thành nhiều tệp nhỏ hơn rồi nhập lần lượt");
        assertThat(uploadFiles()).as("import uploads and temp_dir folders left in %s", TEMP)
                .containsExactlyInAnyOrderElementsOf(uploadFilesBefore);
    }

    /** Opens the import page as the browser does (bootstrap, UI init, navigation) and reads the upload's address. */
    private String uploadUrl(HttpBrowser browser) throws IOException, InterruptedException {
        csrfToken = find("<meta name=\"_csrf\" content=\"([^\"]+)\"", HttpBrowser.text(browser.get("/intake/import")));
        String init = HttpBrowser.text(browser.get("/?v-r=init&location=intake%2Fimport"));
        String uiId = find("\"v-uiId\":(\\d+)", init);
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"intake/import",\
                "query":"","appShellTitle":"","historyState":null,"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(find("\"Vaadin-Security-Key\":\"([^\"]+)\"", init));
        String changes = HttpBrowser.text(browser.send(HttpRequest.newBuilder(
                URI.create(browser.url("/?v-r=uidl&v-uiId=" + uiId)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate))));
        return browser.url("/" + find("(VAADIN/dynamic/resource/[^\"]+/upload)", changes));
    }

    private static String find(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
        return matcher.group(1);
    }

    /** What this app's upload (hcc-import-*) and Vaadin's temporary-file upload (temp_dir*) leave in the folder. */
    private static List<Path> uploadFiles() throws IOException {
        try (Stream<Path> files = Files.list(TEMP)) {
            return files.filter(f -> f.getFileName().toString().startsWith("hcc-import-")
                    || f.getFileName().toString().startsWith("temp_dir")).toList();
        }
    }
}
