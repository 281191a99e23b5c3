package vn.hcc.dashboard.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.pakn.PaknCategory;
import vn.hcc.dashboard.pakn.PaknChannel;
import vn.hcc.dashboard.pakn.PaknDraft;
import vn.hcc.dashboard.pakn.PaknHistoricItem;
import vn.hcc.dashboard.pakn.PaknStatus;

/**
 * A year of petitions shaped like the Lương Tài 09/2024 report's month (mostly local matters from the communes on the mobile app, some
 * hidden, some still unanswered) with the questions about procedures and conduct the Minh Long 2024 report's appendix counts, from a
 * fixed random seed. Older items are mostly answered, on time as a rule, and most answers are published; some stay
 * overdue for the director to chase.
 */
final class DemoPaknItems {

    record Place(long unitId, String locality) {
    }

    private static final String[] LOCAL = {"Rác thải tập kết ven đường liên xã chưa được thu gom",
        "Cống thoát nước bị tắc, mưa to gây ngập đường thôn", "Mất nước sinh hoạt nhiều ngày không được thông báo",
        "Đèn tín hiệu giao thông tại ngã tư không hoạt động",
        "Lấn chiếm vỉa hè để buôn bán, người đi bộ phải xuống lòng đường",
        "Đèn chiếu sáng công cộng trên tuyến đê bị hỏng", "Tài xế xe buýt ứng xử không đúng mực với hành khách",
        "Xây dựng lấn chiếm hành lang đê điều"};
    private static final String[] REGULATION = {"Đề nghị hướng dẫn thành phần hồ sơ đăng ký khai sinh cho con",
        "Kiến nghị giảm giấy tờ phải nộp khi chứng thực bản sao từ bản chính",
        "Hỏi về thời hạn giải quyết cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        "Đề nghị cho phép thanh toán lệ phí trực tuyến với thủ tục đăng ký hộ kinh doanh",
        "Quy định về xác nhận tình trạng hôn nhân khi đã chuyển nơi cư trú chưa rõ"};
    private static final String[] CONDUCT = {"Cán bộ hẹn trả kết quả nhiều lần nhưng vẫn chưa có",
        "Cán bộ tiếp nhận yêu cầu bổ sung giấy tờ ngoài quy định", "Thái độ tiếp công dân tại quầy chưa niềm nở",
        "Hồ sơ trễ hạn nhưng không nhận được phiếu xin lỗi và hẹn lại ngày trả"};
    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung",
        "Hoàng Văn Đức", "Vũ Thị Hạnh", "Đặng Văn Khoa", "Bùi Thị Lan", "Đỗ Văn Long", "Ngô Thị Mai",
        "Dương Văn Nam", "Lý Thị Oanh"};
    private static final String[] HIDE = {"Trùng nội dung với phản ánh đã tiếp nhận",
        "Nội dung không rõ ràng, không liên hệ được người gửi", "Không thuộc phạm vi tiếp nhận, xử lý"};

    private final Random random = new Random(20_240_824L);
    private final WorkingDayCalendar.Snapshot calendar;
    private final List<Place> communes;
    private final List<Place> offices;
    private final List<String> handlers;

    DemoPaknItems(WorkingDayCalendar.Snapshot calendar, List<Place> communes, List<Place> offices,
            List<String> handlers) {
        this.calendar = calendar;
        this.communes = communes;
        this.offices = offices;
        this.handlers = handlers;
    }

    /** About {@code perWeek} petitions a week over the year before {@code today}. */
    void generate(LocalDate today, int perWeek, Consumer<PaknHistoricItem> sink) {
        if (perWeek <= 0 || communes.isEmpty() || offices.isEmpty() || handlers.isEmpty()) {
            return;
        }
        // up to yesterday: a petition received later today would lie in the future
        for (LocalDate day = today.minusYears(1).plusDays(1); day.isBefore(today); day = day.plusDays(1)) {
            double expected = perWeek / 7.0;
            int count = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
            for (int i = 0; i < count; i++) {
                sink.accept(item(day, today));
            }
        }
    }

    private PaknHistoricItem item(LocalDate day, LocalDate today) {
        int c = random.nextInt(100);
        PaknCategory category = c < 55 ? PaknCategory.LOCAL : c < 85 ? PaknCategory.REGULATION : PaknCategory.CONDUCT;
        String[] contents = category == PaknCategory.LOCAL ? LOCAL
                : category == PaknCategory.REGULATION ? REGULATION : CONDUCT;
        Place place = category == PaknCategory.LOCAL ? pick(communes) : pick(offices);
        int ch = random.nextInt(100);
        PaknChannel channel = ch < 40 ? PaknChannel.MOBILE_APP : ch < 65 ? PaknChannel.PORTAL
                : ch < 75 ? PaknChannel.HOTLINE : ch < 80 ? PaknChannel.MAILBOX
                : ch < 95 ? PaknChannel.IN_PERSON : PaknChannel.LETTER;
        LocalDateTime at = LocalDateTime.of(day, LocalTime.of(7 + random.nextInt(10), random.nextInt(60)));
        String phone = String.format("09%02d %03d %03d", random.nextInt(100), random.nextInt(1000),
                random.nextInt(1000));
        PaknDraft draft = new PaknDraft(at, channel, pick(NAMES), phone, pick(contents), category,
                place.locality(), null, place.unitId());
        LocalDate receivedOn = calendar.effectiveIntakeDay(at, false);
        LocalDate deadline = calendar.addWorkingDays(receivedOn, 15);
        int h = random.nextInt(100);
        String handler = handlers.get(h < 60 || handlers.size() == 1 ? 0 : h < 85 || handlers.size() == 2 ? 1 : 2);
        if (receivedOn.isAfter(today)) {
            // arrived on the weekend: counts from Monday, nothing has happened to it yet
            return new PaknHistoricItem(draft, null, PaknStatus.NEW, null, null, null, null, null);
        }
        boolean old = deadline.isBefore(today);
        int fate = random.nextInt(100);
        if (fate < 6) {
            return new PaknHistoricItem(draft, handler, PaknStatus.HIDDEN, null, null, null,
                    min(calendar.addWorkingDays(receivedOn, 2), today), pick(HIDE));
        }
        // Overdue petitions are chased: only those due in the last few weeks may still be open past the deadline.
        boolean stale = deadline.isBefore(today.minusDays(30));
        if (old ? fate < 92 || stale : fate < 40) {
            boolean onTime = fate < (old ? 84 : 40) || fate >= 92;
            LocalDate answered = onTime ? calendar.addWorkingDays(receivedOn, 3 + random.nextInt(12))
                    : deadline.plusDays(1 + random.nextInt(10));
            answered = min(answered, today);
            String answer = "UBND đã kiểm tra, chỉ đạo xử lý: " + draft.content().toLowerCase()
                    + ". Kết quả đã được thông báo tới người phản ánh.";
            LocalDate published = calendar.addWorkingDays(answered, 1 + random.nextInt(2));
            if (random.nextInt(100) < 80 && !published.isAfter(today)) {
                return new PaknHistoricItem(draft, handler, PaknStatus.PUBLISHED, answer, answered, published, null,
                        null);
            }
            return new PaknHistoricItem(draft, handler, PaknStatus.ANSWERED, answer, answered, null, null, null);
        }
        boolean unassigned = !old && random.nextInt(100) < 20;
        return new PaknHistoricItem(draft, unassigned ? null : handler,
                unassigned ? PaknStatus.NEW : PaknStatus.ASSIGNED, null, null, null, null, null);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
