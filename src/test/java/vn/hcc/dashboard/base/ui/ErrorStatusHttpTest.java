package vn.hcc.dashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.HttpBrowser;
import vn.hcc.dashboard.HttpServerTest;

/**
 * Over real HTTP, the first response of a page the signed-in user may not open is 403 and that of an unknown address
 * 404, each with its translated page; a page the user may open stays 200. The same server configuration as
 * FormLoginHttpTest, so the running server is shared.
 */
class ErrorStatusHttpTest extends HttpServerTest {

    @Test
    void aPageTheUserMayNotOpenAnswers403WithTheAccessDeniedPage() throws Exception {
        HttpBrowser reception = new HttpBrowser(port);
        reception.signIn("tiepnhan", "demo1234");

        HttpResponse<byte[]> denied = reception.get("/admin/users");

        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(HttpBrowser.text(denied)).contains("Không có quyền truy cập", "Về trang chủ");
        HttpResponse<byte[]> allowed = reception.get("/intake/import");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(HttpBrowser.text(allowed)).doesNotContain("Không có quyền truy cập");
    }

    @Test
    void anUnknownAddressAnswers404WithTheNotFoundPage() throws Exception {
        HttpBrowser reception = new HttpBrowser(port);
        reception.signIn("tiepnhan", "demo1234");

        HttpResponse<byte[]> missing = reception.get("/khong-ton-tai");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(HttpBrowser.text(missing)).contains("Không tìm thấy trang");
    }

    @Test
    void anonymousVisitorsOfAnyOtherAddressAreStillSentToTheLogin() throws Exception {
        HttpResponse<byte[]> response = new HttpBrowser(port).get("/khong-ton-tai");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
