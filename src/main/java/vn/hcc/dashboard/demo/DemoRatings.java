package vn.hcc.dashboard.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.queue.DeviceDraft;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.RegisteredDevice;
import vn.hcc.dashboard.queue.ServedTicket;
import vn.hcc.dashboard.queue.ServedTickets;
import vn.hcc.dashboard.ratings.DemoRating;
import vn.hcc.dashboard.ratings.RatingLevel;
import vn.hcc.dashboard.ratings.RatingReason;
import vn.hcc.dashboard.ratings.RatingService;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.cluster.OneNodeJobs;

/**
 * Satisfaction ratings for the demo's served tickets, shaped like seed 000 (the Sơn Trung 2024 report: everyone
 * satisfied) with a little realism: about 60% of citizens rate, 80% of them "Rất hài lòng", 1,5% "Chưa hài lòng"
 * with a reason and a comment, the rest "Hài lòng". Added when the ratings table is empty (so an older demo database
 * gets them too), with a rating tablet for Quầy 1 whose registration link is logged, unless one exists already.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoRatings implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRatings.class);

    private static final List<String> COMMENTS = List.of("Chờ lâu quá, nên bố trí thêm quầy vào buổi sáng.",
            "Cán bộ hướng dẫn chưa rõ, tôi phải đi lại hai lần.", "Thái độ tiếp dân chưa niềm nở.",
            "Thiếu chỗ ngồi chờ.", "Máy lấy số in mờ, khó đọc.");
    private static final List<RatingReason> REASONS = List.of(RatingReason.WAITING_TIME,
            RatingReason.UNCLEAR_GUIDANCE, RatingReason.ATTITUDE, RatingReason.OTHER, RatingReason.OTHER);

    private final RatingService ratings;
    private final ServedTickets served;
    private final DeviceService devices;
    private final Clock clock;
    private final String baseUrl;

    private final OneNodeJobs jobs;

    DemoRatings(RatingService ratings, ServedTickets served, DeviceService devices, Clock clock,
            @Value("${server.port:8080}") int port, OneNodeJobs jobs) {
        this.jobs = jobs;
        this.ratings = ratings;
        this.served = served;
        this.devices = devices;
        this.clock = clock;
        this.baseUrl = "http://localhost:" + port;
    }

    @Override
    public void run(ApplicationArguments args) {
        // in a cluster only the oldest node fills or checks the shared database; the others start beside it
        jobs.run("demo-ratings", this::runHere);
    }

    private void runHere() {
        SystemAccess.asAdmin(() -> {
            if (ratings.count() > 0) {
                return;
            }
            LocalDate today = LocalDate.now(clock);
            Period period = Period.of(today.minusMonths(13), today);
            Random random = new Random(15);
            int written = 0;
            Page<ServedTicket> page;
            int number = 0;
            do {
                page = served.servedIn(period, PageRequest.of(number++, 2_000));
                List<DemoRating> batch = new ArrayList<>();
                for (ServedTicket t : page.getContent()) {
                    if (random.nextInt(100) < 60) {
                        batch.add(rating(t, random));
                    }
                }
                if (!batch.isEmpty()) {
                    written += ratings.recordDemo(batch);
                }
            } while (page.hasNext());
            if (!devices.anyActive(DeviceKind.RATING_TABLET)) {
                served.counter("Q1").ifPresent(q1 -> {
                    RegisteredDevice tablet = devices.register(new DeviceDraft("Máy tính bảng đánh giá Quầy 1",
                            DeviceKind.RATING_TABLET, q1.id()));
                    LOG.info("Demo rating tablet registered for {}. Open on the tablet: {}{}", q1.name(), baseUrl,
                            tablet.registrationPath());
                });
            }
            LOG.info("Demo ratings created: {}", written);
        });
    }

    static DemoRating rating(ServedTicket t, Random random) {
        int roll = random.nextInt(1000);
        if (roll < 15) {
            int i = random.nextInt(COMMENTS.size());
            return new DemoRating(t, RatingLevel.UNSATISFIED, REASONS.get(i), COMMENTS.get(i));
        }
        return new DemoRating(t, roll < 815 ? RatingLevel.VERY_SATISFIED : RatingLevel.SATISFIED, null, null);
    }
}
