package vn.hcc.dashboard.pakn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hcc.dashboard.pakn.PaknServiceTest.as;
import static vn.hcc.dashboard.pakn.PaknServiceTest.refused;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.security.Role;

/**
 * Petitions from the public page: recorded unassigned for the director, photos stored without their EXIF data,
 * every bad input refused at its field with its Vietnamese message, the rate limits, and tracking that shows only
 * the code's own petition, never its sender. Every test is rolled back.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class PublicPetitionServiceTest {

    @Autowired
    PublicPetitionService petitions;
    @Autowired
    PaknService pakn;
    @Autowired
    PaknSteeringService steering;
    @Autowired
    UnitService units;
    @Autowired
    Broadcaster broadcaster;
    // for a second instance with small limits: the rules are the same object, only the numbers differ
    @Autowired
    PaknRepository items;
    @Autowired
    PaknPhotoRepository photoRows;
    @Autowired
    PaknJournal journal;
    @Autowired
    PaknDeadlines deadlines;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    java.time.Clock clock;

    long laiHa;

    @BeforeEach
    void anonymous() {
        as("admin", Role.ADMIN);
        laiHa = units.publicNamesById().entrySet().stream().filter(e -> e.getValue().equals("UBND xã Lai Hạ"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        SecurityContextHolder.clearContext();
    }

    private PublicPetition petition(String contact, List<byte[]> photos) {
        return new PublicPetition(PaknCategory.LOCAL, laiHa,
                "Cống thoát nước trước cổng chợ bị tắc, nước tràn ra đường mỗi khi mưa.", "Phạm Văn Toàn", contact,
                true, "", photos);
    }

    @Test
    void aCitizensPetitionLandsUnassignedWithItsPhotosCleanedAndATrackingCode() {
        List<Object> events = new CopyOnWriteArrayList<>();
        Broadcaster.Registration registration = broadcaster.register(e -> events.add(e.topic()));
        byte[] sent = TestPhotos.jpegWithExif(3000, 1500);
        assertThat(TestPhotos.contains(sent, "Exif")).isTrue();
        assertThat(TestPhotos.contains(sent, TestPhotos.GPS_MARK)).isTrue();
        String code = petitions.submit(petition("0912.345.678", List.of(sent, TestPhotos.png(40, 30))),
                "203.0.113.7");
        registration.remove();
        assertThat(code).matches("GY-[A-Z2-9]{4}-[A-Z2-9]{4}");

        as("giamdoc", Role.DIRECTOR);
        Pakn p = items.findByTrackingCode(code).orElseThrow();
        assertThat(p.getStatus()).isEqualTo(PaknStatus.NEW);
        assertThat(p.getHandler()).isNull();
        assertThat(p.getChannel()).isEqualTo(PaknChannel.WEB_FORM);
        assertThat(p.getUnitId()).isEqualTo(laiHa);
        assertThat(p.getLocality()).isEqualTo("UBND xã Lai Hạ");
        assertThat(p.getCitizenContact()).isEqualTo("0912345678");
        assertThat(p.getDeadline()).isEqualTo(calendar.addWorkingDays(p.getReceivedOn(), 15));
        assertThat(pakn.search(new PaknQuery(null, null, null, null, null, null, null, true, false, null,
                pakn.today()), org.springframework.data.domain.Pageable.unpaged()).getContent())
                .as("in the director's unassigned queue").extracting(Pakn::getId).contains(p.getId());
        assertThat(pakn.history(p.getId())).first().satisfies(h -> {
            assertThat(h.getChangedBy()).isEqualTo(PublicPetitionService.CITIZEN);
            assertThat(h.getAction()).isEqualTo("RECORDED");
        });

        List<PaknPhoto> stored = petitions.photos(p.getId());
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).getContentType()).isEqualTo("image/jpeg");
        assertThat(stored.get(0).getWidth()).as("scaled to 2000 px").isEqualTo(2000);
        assertThat(stored.get(0).getHeight()).isEqualTo(1000);
        assertThat(TestPhotos.contains(stored.get(0).getBytes(), "Exif")).as("EXIF block gone").isFalse();
        assertThat(TestPhotos.contains(stored.get(0).getBytes(), TestPhotos.GPS_MARK)).isFalse();
        assertThat(stored.get(1).getContentType()).isEqualTo("image/png");
        assertThat(stored.get(1).getWidth()).isEqualTo(40);
        // the change reaches the director's open views once committed (none here: the test rolls back)
        assertThat(events).doesNotContain(PaknService.TOPIC);
    }

    @Test
    void everyBadInputIsRefusedAtItsFieldAndNothingIsRecorded() {
        long before = items.count();
        refused(() -> petitions.submit(new PublicPetition(PaknCategory.LOCAL, laiHa, "Nội dung đủ dài để gửi đi được",
                "Robot", "0912345678", true, "http://spam.example", List.of()), "198.51.100.1"), "website",
                "petition.error.automated", "Biểu mẫu bị từ chối vì có dấu hiệu được điền tự động. Nếu bạn là người"
                        + " gửi, hãy tải lại trang và gửi lại.");
        refused(() -> petitions.submit(petition(" ", List.of()), "198.51.100.1"), "contact", "validation.required",
                "Không được để trống");
        refused(() -> petitions.submit(petition("goi-cho-toi", List.of()), "198.51.100.1"), "contact",
                "petition.error.contact", "Nhập số điện thoại (10 hoặc 11 chữ số) hoặc địa chỉ email hợp lệ");
        refused(() -> petitions.submit(new PublicPetition(PaknCategory.LOCAL, laiHa,
                "Xem ảnh <script>alert('x')</script> ở đây", "Phạm Văn Toàn", "toan@example.vn", true, "",
                List.of()), "198.51.100.1"), "content", "petition.error.markup",
                "Không nhập mã HTML hoặc script; hãy viết nội dung bằng văn bản thường");
        refused(() -> petitions.submit(new PublicPetition(PaknCategory.LOCAL, laiHa, "Ngắn quá", "Phạm Văn Toàn",
                "toan@example.vn", true, "", List.of()), "198.51.100.1"), "content", "petition.error.content-short",
                "Nội dung cần ít nhất 20 ký tự");
        refused(() -> petitions.submit(new PublicPetition(PaknCategory.LOCAL, laiHa,
                "Cống thoát nước trước cổng chợ bị tắc.", "Phạm Văn Toàn", "toan@example.vn", false, "", List.of()),
                "198.51.100.1"), "consent", "petition.error.consent",
                "Cần đồng ý để cơ quan được dùng thông tin liên hệ khi xử lý phản ánh");
        refused(() -> petitions.submit(new PublicPetition(PaknCategory.LOCAL, 999_999L,
                "Cống thoát nước trước cổng chợ bị tắc.", "Phạm Văn Toàn", "toan@example.vn", true, "", List.of()),
                "198.51.100.1"), "unit", "petition.error.unit", "Hãy chọn một địa bàn, đơn vị trong danh sách");
        refused(() -> petitions.submit(petition("toan@example.vn", List.of(TestPhotos.jpegHeaderThenZeros(
                5 * 1024 * 1024 + 1))), "198.51.100.1"), "photos", "petition.error.photo-too-large",
                "Ảnh quá lớn: mỗi ảnh tối đa 5 MB");
        refused(() -> petitions.submit(petition("toan@example.vn", List.of(TestPhotos.gif())), "198.51.100.1"),
                "photos", "petition.error.photo-type", "Chỉ nhận ảnh JPEG hoặc PNG");
        refused(() -> petitions.submit(petition("toan@example.vn", List.of(TestPhotos.jpegHeaderThenZeros(500))),
                "198.51.100.1"), "photos", "petition.error.photo-broken",
                "Không đọc được ảnh: tệp bị hỏng hoặc không phải ảnh");
        byte[] small = TestPhotos.png(10, 10);
        refused(() -> petitions.submit(petition("toan@example.vn", List.of(small, small, small, small)),
                "198.51.100.1"), "photos", "petition.error.photo-count", "Tối đa 3 ảnh");
        assertThat(items.count()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void sendsArePerAddressAndPerContactLimited() {
        PublicPetitionService strict = new PublicPetitionService(items, photoRows, journal, deadlines, pakn, units,
                calendar, broadcaster, clock, new PetitionLimits(2, 2, 3, 5L * 1024 * 1024), "test-key");
        strict.submit(petition("a@example.vn", List.of()), "192.0.2.1");
        strict.submit(petition("b@example.vn", List.of()), "192.0.2.1");
        refused(() -> strict.submit(petition("c@example.vn", List.of()), "192.0.2.1"), "submit",
                "petition.error.rate-address", "Đã nhận 2 phản ánh từ mạng này trong một giờ qua; hãy thử lại sau");
        // another network is not affected; the same contact is, from anywhere
        strict.submit(petition("a@example.vn", List.of()), "192.0.2.2");
        refused(() -> strict.submit(petition("A@Example.vn", List.of()), "192.0.2.3"), "contact",
                "petition.error.rate-contact",
                "Số điện thoại hoặc email này đã gửi 2 phản ánh trong 24 giờ qua; hãy thử lại vào ngày mai");
    }

    @Test
    void trackingShowsThatPetitionOnlyNeverItsSenderAndTheAnswerOncePublished() {
        String code = petitions.submit(petition("0987654321", List.of()), "203.0.113.9");
        PetitionStatus s = petitions.track(" " + code.toLowerCase() + " ").orElseThrow();
        assertThat(s.code()).isEqualTo(code);
        assertThat(s.status()).isEqualTo(PaknStatus.NEW);
        assertThat(s.unitName()).isEqualTo("UBND xã Lai Hạ");
        assertThat(s.answer()).isNull();
        assertThat(s.toString()).doesNotContain("Phạm Văn Toàn", "0987654321", "203.0.113.9");
        assertThat(Arrays.stream(PetitionStatus.class.getRecordComponents()).map(c -> c.getName()))
                .doesNotContain("citizenName", "citizenContact", "content", "sourceKey");
        assertThat(petitions.track("GY-AAAA-AAAA")).isEmpty();
        assertThat(petitions.track("' OR 1=1 --")).isEmpty();

        as("giamdoc", Role.DIRECTOR);
        Pakn p = items.findByTrackingCode(code).orElseThrow();
        Pakn assigned = steering.assign(p.getId(), p.getVersion(), laiHa, "pakn");
        Pakn answered = pakn.answer(assigned.getId(), assigned.getVersion(), "Đã nạo vét cống ngày 02/12.", null,
                true);
        SecurityContextHolder.clearContext();
        assertThat(petitions.track(code).orElseThrow().answer()).as("not before publication").isNull();
        as("giamdoc", Role.DIRECTOR);
        steering.publish(answered.getId(), answered.getVersion());
        SecurityContextHolder.clearContext();
        PetitionStatus published = petitions.track(code).orElseThrow();
        assertThat(published.status()).isEqualTo(PaknStatus.PUBLISHED);
        assertThat(published.answer()).isEqualTo("Đã nạo vét cống ngày 02/12.");
    }

    @Test
    void onlyStaffWhoMayReadThePetitionSeeItsPhotos() {
        String code = petitions.submit(petition("0911222333", List.of(TestPhotos.png(20, 20))), "203.0.113.10");
        as("giamdoc", Role.DIRECTOR);
        long id = items.findByTrackingCode(code).orElseThrow().getId();
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> petitions.photos(id))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        as("pakn", Role.PAKN_HANDLER);
        assertThatThrownBy(() -> petitions.photos(id)).isInstanceOf(NotYourPaknException.class);
        as("lanhdao", Role.LEADER);
        assertThat(petitions.photos(id)).hasSize(1);
    }
}
