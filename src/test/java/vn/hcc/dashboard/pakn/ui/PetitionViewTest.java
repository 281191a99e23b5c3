package vn.hcc.dashboard.pakn.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.pakn.PaknCategory;
import vn.hcc.dashboard.pakn.TestPhotos;
import vn.hcc.dashboard.security.Role;

/**
 * The public petition form as a citizen uses it, without signing in: sent with a photo, the tracking code and its
 * QR code; every bad input at its field; the trap field; the limit per contact; tracking that shows only that
 * petition; and the director finding it in the unassigned queue with its photo.
 */
class PetitionViewTest extends KaribuTest {

    @Autowired
    UnitService units;

    /** A fresh form, as after following the link again (the same route would keep the open one). */
    private PetitionFormView open() {
        UI.getCurrent().navigate("gop-y");
        UI.getCurrent().navigate("gop-y/gui");
        return _get(PetitionFormView.class);
    }

    /** Anyone may read the units' names: the form offers them without a sign-in. */
    private long unit(String name) {
        return units.publicNamesById().entrySet().stream().filter(e -> e.getValue().equals(name))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private void fill(PetitionFormView f, long unitId, String content, String contact) {
        f.category.setValue(PaknCategory.LOCAL);
        f.unit.setValue(unitId);
        f.content.setValue(content);
        f.citizenName.setValue("Lê Thị Hồng");
        f.contact.setValue(contact);
        f.consent.setValue(true);
    }

    private String sendAndReadCode(PetitionFormView f) {
        _click(f.submit);
        return _get(Span.class, s -> s.withId("tracking-code")).getText();
    }

    @Test
    void aCitizenSendsAPetitionWithAPhotoAndGetsATrackingCodeTheDirectorSeesItUnassigned() {
        long laiHa = unit("UBND xã Lai Hạ");
        PetitionFormView form = open();
        fill(form, laiHa, "Đèn chiếu sáng đường liên thôn Lai Hạ tắt cả tuần nay, đi lại ban đêm rất nguy hiểm.",
                "0912 000 111");
        form.photos.accept("den-duong.jpg", TestPhotos.jpegWithExif(800, 600));
        // open views (the director's list) hear of it once committed: the same event as any petition change
        java.util.List<Object> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        var registration = context.getBean(vn.hcc.dashboard.base.Broadcaster.class).register(e -> {
            if (vn.hcc.dashboard.pakn.PaknService.TOPIC.equals(e.topic())) {
                heard.add(e.payload());
            }
        });
        String code = sendAndReadCode(form);
        long deadline = System.currentTimeMillis() + 5000;
        while (heard.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        registration.remove();
        assertThat(heard).as("the petition's change event").isNotEmpty();
        assertThat(code).matches("GY-[A-Z2-9]{4}-[A-Z2-9]{4}");
        Image qr = _get(Image.class, s -> s.withId("tracking-qr"));
        assertThat(qr.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains(code));
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("tracking-link")).getHref())
                .endsWith("/gop-y/tra-cuu?ma=" + code);
        assertThat(PetitionFormView.trackingLink(code)).endsWith("/gop-y/tra-cuu?ma=" + code);

        // the director: in the unassigned queue, with the tracking code and the photo (without its EXIF block)
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("pakn/all");
        PaknDirectorView director = _get(PaknDirectorView.class);
        director.unassignedOnly.setValue(true);
        director.text.setValue("Đèn chiếu sáng đường liên thôn Lai Hạ");
        assertThat(GridKt._size(director.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(director.grid, 0, "status")).isEqualTo("Mới tiếp nhận");
        assertThat(GridKt._getFormatted(director.grid, 0, "channel")).isEqualTo("Trang góp ý trực tuyến của Trung tâm");
        long id = GridKt._get(director.grid, 0).item().getId();
        assertThat(heard).contains(id);
        UI.getCurrent().navigate("pakn/item", QueryParameters.simple(Map.of("id", String.valueOf(id))));
        assertThat(_get(Paragraph.class, s -> s.withId("tracking")).getText()).contains(code);
        assertThat(_find(Image.class, s -> s.withClasses("pakn-photo"))).hasSize(1);
    }

    @Test
    void everyBadInputShowsAtItsFieldAndTheTrapAndTheLimitSayWhy() {
        long laiHa = unit("UBND xã Lai Hạ");
        PetitionFormView form = open();
        _click(form.submit);
        assertThat(form.category.getErrorMessage()).isEqualTo("Không được để trống");

        fill(form, laiHa, "Có <script>alert(1)</script> trong nội dung phản ánh này", "0912 000 222");
        _click(form.submit);
        assertThat(form.content.getErrorMessage())
                .isEqualTo("Không nhập mã HTML hoặc script; hãy viết nội dung bằng văn bản thường");

        form.content.setValue("Vỉa hè trước trường tiểu học bị lấn chiếm làm nơi để xe.");
        form.contact.setValue("");
        _click(form.submit);
        assertThat(form.contact.getErrorMessage()).isEqualTo("Không được để trống");
        assertThat(form.content.isInvalid()).isFalse();

        form.contact.setValue("0912 000 222");
        form.photos.accept("rat-lon.jpg", TestPhotos.jpegHeaderThenZeros(5 * 1024 * 1024 + 10));
        _click(form.submit);
        assertThat(form.photos.isInvalid()).isTrue();
        assertThat(_get(Span.class, s -> s.withId("photos-error")).getText())
                .isEqualTo("Ảnh quá lớn: mỗi ảnh tối đa 5 MB");
        assertThat(_find(Span.class, s -> s.withId("tracking-code"))).as("nothing sent").isEmpty();

        // a robot fills the hidden field: refused, and told why
        PetitionFormView again = open();
        fill(again, laiHa, "Vỉa hè trước trường tiểu học bị lấn chiếm làm nơi để xe.", "0912 000 333");
        again.website.setValue("http://mua-ban.example");
        _click(again.submit);
        NotificationsKt.expectNotifications("Biểu mẫu bị từ chối vì có dấu hiệu được điền tự động. Nếu bạn là "
                + "người gửi, hãy tải lại trang và gửi lại.");

        // the same contact a fourth time in a day
        for (int i = 0; i < 3; i++) {
            PetitionFormView f = open();
            fill(f, laiHa, "Phản ánh số " + (i + 1) + " về vỉa hè bị lấn chiếm trước chợ.", "hong@example.vn");
            sendAndReadCode(f);
        }
        PetitionFormView fourth = open();
        fill(fourth, laiHa, "Phản ánh số 4 về vỉa hè bị lấn chiếm trước chợ.", "HONG@example.vn");
        _click(fourth.submit);
        assertThat(fourth.contact.getErrorMessage())
                .isEqualTo("Số điện thoại hoặc email này đã gửi 3 phản ánh trong 24 giờ qua; hãy thử lại vào ngày mai");
    }

    @Test
    void trackingShowsOnlyThatPetitionAndNeverWhoSentIt() {
        long laiHa = unit("UBND xã Lai Hạ");
        PetitionFormView form = open();
        fill(form, laiHa, "Nước sinh hoạt khu dân cư số 3 có mùi lạ từ đầu tháng.", "0912 000 444");
        String code = sendAndReadCode(form);
        PetitionFormView other = open();
        fill(other, laiHa, "Một phản ánh khác hoàn toàn của người khác gửi.", "0912 000 555");
        sendAndReadCode(other);

        UI.getCurrent().navigate("gop-y/tra-cuu", QueryParameters.simple(Map.of("ma", code)));
        List<String> shown = _find(Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(shown).contains("Đơn vị xử lý: UBND xã Lai Hạ",
                "Tình trạng: Đã tiếp nhận, đang chờ phân công xử lý",
                "Nội dung phản ánh về: Vấn đề khác tại địa phương");
        assertThat(String.join(" ", shown)).doesNotContain("Lê Thị Hồng", "0912", "Một phản ánh khác",
                "Nước sinh hoạt");

        PetitionTrackView track = _get(PetitionTrackView.class);
        track.code.setValue("GY-ZZZZ-ZZZZ");
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("look")));
        assertThat(_get(Paragraph.class, s -> s.withId("unknown")).getText())
                .isEqualTo("Không tìm thấy phản ánh, kiến nghị có mã «GY-ZZZZ-ZZZZ». Hãy kiểm tra lại mã.");
    }

    @Test
    void thePublicAnswersFilterByCategoryUnitAndDayAndShowWhoAnsweredAndHowFast() {
        long laiHa = unit("UBND xã Lai Hạ");
        PetitionFormView form = open();
        fill(form, laiHa, "Mương thoát nước cạnh trường mầm non bốc mùi khó chịu.", "0912 000 666");
        String code = sendAndReadCode(form);
        login("giamdoc", Role.DIRECTOR);
        var pakn = context.getBean(vn.hcc.dashboard.pakn.PaknService.class);
        var steering = context.getBean(vn.hcc.dashboard.pakn.PaknSteeringService.class);
        UI.getCurrent().navigate("pakn/all");
        PaknDirectorView director = _get(PaknDirectorView.class);
        director.text.setValue("Mương thoát nước cạnh trường mầm non");
        vn.hcc.dashboard.pakn.Pakn p = GridKt._get(director.grid, 0).item();
        p = steering.assign(p.getId(), p.getVersion(), laiHa, "pakn");
        p = pakn.answer(p.getId(), p.getVersion(), "Đã nạo vét mương.", null, true);
        steering.publish(p.getId(), p.getVersion());

        UI.getCurrent().navigate("gop-y");
        PaknPublicView view = _get(PaknPublicView.class);
        view.search.setValue("Mương thoát nước cạnh trường mầm non");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.grid, 0, "unit")).isEqualTo("UBND xã Lai Hạ");
        assertThat(GridKt._getFormatted(view.grid, 0, "response")).isEqualTo("0 ngày làm việc");
        view.category.setValue(PaknCategory.REGULATION);
        assertThat(GridKt._size(view.grid)).isZero();
        view.category.setValue(PaknCategory.LOCAL);
        view.unit.setValue(unit("UBND thị trấn Thứa"));
        assertThat(GridKt._size(view.grid)).isZero();
        view.unit.setValue(laiHa);
        java.time.LocalDate today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
        view.from.setValue(today.plusDays(1));
        assertThat(GridKt._size(view.grid)).isZero();
        view.from.setValue(today.minusDays(1));
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        // and the tracking page now shows the answer
        UI.getCurrent().navigate("gop-y/tra-cuu", QueryParameters.simple(Map.of("ma", code)));
        assertThat(_get(Paragraph.class, s -> s.withId("answer")).getText()).isEqualTo("Đã nạo vét mương.");
    }
}
