package vn.hcc.dashboard.importing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.ui.AccessDeniedView;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The import screen: who opens it, a valid upload shows the summary, a bad one the error grid, a large one a clear
 * refusal. (No context customisation here: a Karibu class with its own context, followed by a test class reusing an
 * older cached one, leaves Vaadin's security context strategy of the closed context in place.)
 */
class DossierImportViewTest extends KaribuTest {

    @Autowired
    Broadcaster broadcaster;
    @Autowired
    DossierService dossiers;

    private static byte[] csv(List<Map<ImportColumn, Object>> rows, List<String> extraHeaders) {
        List<String> headers = new java.util.ArrayList<>(ImportFiles.HEADERS);
        headers.addAll(extraHeaders);
        return ImportFiles.csvText(';', headers, rows.stream().map(ImportFiles::cells).toList())
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The import runs in a background thread and reports through UI.access; run those tasks until it shows. */
    private static <T> T await(Supplier<List<T>> find) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            MockVaadin.clientRoundtrip(false);
            List<T> found = find.get();
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import did not finish within 30 s");
    }

    @Test
    void receptionAndAdministratorsOpenItLeadersDoNot() {
        for (Role role : List.of(Role.RECEPTION, Role.ADMIN, Role.DIRECTOR)) {
            login("u-" + role, role);
            UI.getCurrent().navigate("intake/import");
            assertThat(UI.getCurrent().getCurrentView().getClass().getAnnotation(Route.class).value())
                    .isEqualTo("intake/import");
            assertThat(_get(Anchor.class, s -> s.withId("template")).getText()).isEqualTo("Tải tệp mẫu (.xlsx)");
            _get(Upload.class, s -> s.withId("upload"));
        }
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("intake/import");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void aValidFileShowsTheSummaryAndTellsOpenDashboards() throws InterruptedException {
        List<Broadcaster.Event> events = new CopyOnWriteArrayList<>();
        Broadcaster.Registration registration = broadcaster.register(events::add);
        login("tiepnhan", Role.RECEPTION);
        UI.getCurrent().navigate("intake/import");

        UploadKt._upload(_get(Upload.class), "ho-so.csv", "text/csv",
                csv(List.of(ImportFiles.valid("V-1"), ImportFiles.valid("V-2")), List.of("Ghi chú")));

        Paragraph summary = await(() -> _find(Paragraph.class, s -> s.withId("summary")));
        assertThat(summary.getText()).isEqualTo(
                "Đã nhập 2 hồ sơ: 2 hồ sơ mới, 0 hồ sơ được cập nhật, 0 hồ sơ không thay đổi.");
        assertThat(_get(Paragraph.class, s -> s.withId("unknown-columns")).getText())
                .isEqualTo("Các cột không nhận ra và đã bỏ qua: Ghi chú");
        assertThat(_find(Grid.class, s -> s.withId("errors"))).isEmpty();
        assertThat(SystemAccess.asAdmin(() -> dossiers.findByCode("V-2"))).isPresent();
        for (int i = 0; i < 100 && events.isEmpty(); i++) {
            Thread.sleep(50);
        }
        registration.remove();
        // the example rows carry a citizen's rating ("Rất hài lòng"): the ratings' views hear of them too
        assertThat(events).extracting(Broadcaster.Event::topic).containsExactlyInAnyOrder(DossierService.TOPIC,
                vn.hcc.dashboard.ratings.RatingService.TOPIC);

        UploadKt._upload(_get(Upload.class), "ho-so.csv", "text/csv",
                csv(List.of(ImportFiles.valid("V-1"), ImportFiles.valid("V-3")), List.of()));
        await(() -> _find(Paragraph.class, s -> s.withId("summary").withText(
                "Đã nhập 2 hồ sơ: 1 hồ sơ mới, 0 hồ sơ được cập nhật, 1 hồ sơ không thay đổi.")));
        assertThat(_find(Paragraph.class, s -> s.withId("unknown-columns"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBadFileShowsEveryErrorInTheGridAndSavesNothing() throws InterruptedException {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("intake/import");

        UploadKt._upload(_get(Upload.class), "loi.csv", "text/csv", csv(List.of(
                ImportFiles.valid("B-1"),
                ImportFiles.with(ImportFiles.valid("B-2"), ImportColumn.FIELD, "Giáo dục"),
                ImportFiles.with(ImportFiles.valid("B-3"), ImportColumn.RECEIVED_AT, "32/01/2025")), List.of()));

        Grid<ImportError> grid = await(() -> _find(Grid.class, s -> s.withId("errors")));
        assertThat(_get(Paragraph.class, s -> s.withId("error-summary")).getText()).isEqualTo(
                "Tệp có 2 lỗi nên chưa hồ sơ nào được lưu. Hãy sửa các dòng dưới đây rồi tải tệp lên lại.");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid, 0, "row")).isEqualTo("3");
        assertThat(GridKt._getFormatted(grid, 0, "column")).isEqualTo("Lĩnh vực");
        assertThat(GridKt._getFormatted(grid, 0, "value")).isEqualTo("Giáo dục");
        assertThat(GridKt._getFormatted(grid, 0, "message"))
                .isEqualTo("Lĩnh vực \"Giáo dục\" không có trong danh mục lĩnh vực (nhập tệp không tạo lĩnh vực mới)");
        assertThat(GridKt._getFormatted(grid, 1, "row")).isEqualTo("4");
        assertThat(GridKt._getFormatted(grid, 1, "message"))
                .isEqualTo("Ngày không hợp lệ: cần dạng dd/MM/yyyy hoặc dd/MM/yyyy HH:mm");
        assertThat(_get(Anchor.class, s -> s.withId("error-download")).getText())
                .isEqualTo("Tải danh sách lỗi (.xlsx)");
        assertThat(SystemAccess.asAdmin(() -> dossiers.findByCode("B-1"))).isEmpty();
    }

    @Test
    void aFileOfAnotherTypeIsRefusedWithAClearMessage() throws InterruptedException {
        login("tiepnhan", Role.RECEPTION);
        UI.getCurrent().navigate("intake/import");

        UploadKt._upload(_get(Upload.class), "bao-cao.pdf", "application/pdf", new byte[] {1, 2, 3});

        Paragraph refused = await(() -> _find(Paragraph.class, s -> s.withId("refused")));
        assertThat(refused.getText()).isEqualTo("Chỉ nhận tệp .xlsx hoặc .csv");
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeItIsStored() throws InterruptedException {
        login("tiepnhan", Role.RECEPTION);
        UI.getCurrent().navigate("intake/import");
        assertThat(_find(Paragraph.class).getFirst().getText()).contains("tối đa 50 MB");

        UploadKt._upload(_get(Upload.class), "lon.csv", "text/csv", new byte[50 * 1024 * 1024 + 1]);

        Paragraph refused = await(() -> _find(Paragraph.class, s -> s.withId("refused")));
        assertThat(refused.getText())
                .isEqualTo("Tệp lớn hơn giới hạn 50 MB: hãy chia thành nhiều tệp nhỏ hơn rồi nhập lần lượt");
    }
}
