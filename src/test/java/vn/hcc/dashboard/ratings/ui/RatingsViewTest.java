package vn.hcc.dashboard.ratings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.ui.AccessDeniedView;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.ratings.ImportedRating;
import vn.hcc.dashboard.ratings.RatingFilter;
import vn.hcc.dashboard.ratings.RatingLevel;
import vn.hcc.dashboard.ratings.RatingService;
import vn.hcc.dashboard.ratings.UnsatisfiedRating;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The satisfaction view per role: leadership reads the figures and the history, the director follows an unsatisfied
 * rating up (history kept), a follow-up saved meanwhile by someone else is refused with the explanation, reception
 * is refused the view. Three ratings of today, imported: 2 satisfied of 3.
 */
class RatingsViewTest extends KaribuTest {

    @Autowired
    RatingService ratings;
    @Autowired
    QueueService queue;

    @BeforeEach
    void threeRatingsToday() {
        LocalDate today = queue.today();
        SystemAccess.asAdmin(() -> {
            if (ratings.counts(Period.of(today, today), RatingFilter.ALL).total() == 0) {
                ratings.importRatings(List.of(rating("V-1", RatingLevel.VERY_SATISFIED),
                        rating("V-2", RatingLevel.SATISFIED), rating("V-3", RatingLevel.UNSATISFIED)));
            }
        });
    }

    private ImportedRating rating(String code, RatingLevel level) {
        return new ImportedRating(code, null, null, queue.today().atStartOfDay(), level);
    }

    private static String card(String id) {
        return _get(_get(Div.class, spec -> spec.withId(id)), Span.class, spec -> spec.withClasses("card-value"))
                .getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<UnsatisfiedRating> unsatisfied() {
        return _get(Grid.class, spec -> spec.withId("unsatisfied"));
    }

    private static List<String> column(Grid<?> grid, String key) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(r -> GridKt._getFormatted(grid, r, key)).toList();
    }

    private static Button rowButton() {
        return (Button) GridKt._getCellComponent(unsatisfied(), 0, "actions");
    }

    @Test
    void leadershipReadsTheFiguresAndTheHistoryButFollowsNothingUp() {
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("danh-gia-hai-long");
        assertThat(card("rate")).isEqualTo("66,66%");
        assertThat(card("total")).isEqualTo("3");
        assertThat(card("unsatisfied-count")).isEqualTo("1");
        assertThat(column(unsatisfied(), "subject")).containsExactly("V-3");
        assertThat(column(unsatisfied(), "followUp")).containsExactly("Chưa xử lý");
        assertThat(rowButton().getText()).isEqualTo("Lịch sử");
        _click(rowButton());
        assertThat(_find(Button.class, spec -> spec.withId("mark-done"))).isEmpty();
        assertThat(_find(TextArea.class, spec -> spec.withId("note"))).isEmpty();
    }

    @Test
    void receptionIsRefusedTheView() {
        login("tiepnhan", Role.RECEPTION);
        UI.getCurrent().navigate("danh-gia-hai-long");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void theDirectorFollowsUpAndAStaleFollowUpIsRefused() {
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("danh-gia-hai-long");
        _click(rowButton());
        _get(TextArea.class, spec -> spec.withId("note")).setValue("");
        _click(_get(Button.class, spec -> spec.withId("mark-done")));
        assertThat(_get(TextArea.class, spec -> spec.withId("note")).getErrorMessage())
                .isEqualTo("Không được để trống");
        _get(TextArea.class, spec -> spec.withId("note")).setValue("Đã gọi điện xin lỗi công dân.");
        _click(_get(Button.class, spec -> spec.withId("mark-done")));
        NotificationsKt.expectNotifications("Đã ghi nhận việc xử lý");
        assertThat(column(unsatisfied(), "followUp")).containsExactly("Đã xử lý");
        _click(rowButton());
        assertThat(_get(Div.class, spec -> spec.withId("history")).getElement().getTextRecursively())
                .contains("giamdoc: Đã gọi điện xin lỗi công dân.");

        // the dialog stays open while the administrator records another follow-up of the same rating
        UnsatisfiedRating now = SystemAccess.asAdmin(() -> ratings.unsatisfied(Period.of(queue.today(),
                queue.today()), RatingFilter.ALL, false, org.springframework.data.domain.PageRequest.of(0, 5)))
                .getContent().getFirst();
        SystemAccess.asAdmin(() -> ratings.followUp(now.id(), now.version(), "Đã hẹn gặp trực tiếp."));
        _get(TextArea.class, spec -> spec.withId("note")).setValue("Lần hai");
        _click(_get(Button.class, spec -> spec.withId("mark-done")));
        NotificationsKt.expectNotifications("Bản ghi này vừa được người khác sửa sau khi bạn mở. Thay đổi của bạn "
                + "chưa được lưu: hãy mở lại bản ghi để xem dữ liệu mới rồi sửa lại.");
        assertThat(SystemAccess.asAdmin(() -> ratings.history(now.id()))).hasSize(2);
    }
}
