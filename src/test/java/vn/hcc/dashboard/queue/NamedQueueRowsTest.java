package vn.hcc.dashboard.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The counters and tickets with the names their lists show, on the demo counters (Quầy 2: Chứng thực and Hộ tịch,
 * Quầy 5: Đất đai and Đăng ký kinh doanh, Quầy 6: Bảo trợ xã hội and Người có công). Rolled back.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "tiepnhan", roles = "RECEPTION")
class NamedQueueRowsTest {

    @Autowired
    CounterService counters;
    @Autowired
    QueueService queue;
    @Autowired
    FieldService fields;
    @Autowired
    DeviceService devices;
    @Autowired
    TestClock clock;

    private long field(String code) {
        return SystemAccess.asAdmin(() -> QueueTestIds.field(fields, code));
    }

    private long counter(String code) {
        return SystemAccess.asAdmin(() -> QueueTestIds.counter(counters, code));
    }

    @Test
    void aPageOfCountersNamesTheFieldsEachServesSorted() {
        Page<CounterRow> page = counters.searchRows("", PageRequest.of(1, 2, Sort.by("code")));
        assertThat(page.getTotalElements()).isEqualTo(6);
        assertThat(page.getContent()).extracting(r -> r.counter().getCode(), CounterRow::fieldNames)
                .containsExactly(tuple("Q3", List.of("Hộ tịch")), tuple("Q4", List.of("Đất đai")));
        assertThat(counters.searchRows("quầy 2", PageRequest.of(0, 10)).getContent())
                .extracting(r -> r.counter().getCode(), CounterRow::fieldNames)
                .containsExactly(tuple("Q2", List.of("Chứng thực", "Hộ tịch")));
    }

    @Test
    void theActiveCountersCarryTheirFieldNames() {
        assertThat(counters.activeRows()).extracting(r -> r.counter().getCode(), CounterRow::fieldNames)
                .containsExactly(tuple("Q1", List.of("Chứng thực")), tuple("Q2", List.of("Chứng thực", "Hộ tịch")),
                        tuple("Q3", List.of("Hộ tịch")), tuple("Q4", List.of("Đất đai")),
                        tuple("Q5", List.of("Đăng ký kinh doanh", "Đất đai")),
                        tuple("Q6", List.of("Bảo trợ xã hội", "Người có công")));
    }

    @Test
    void namesCountersById() {
        long q1 = counter("Q1");
        long q6 = counter("Q6");
        assertThat(counters.nameOf(q1)).contains("Quầy 1");
        assertThat(counters.nameOf(-1L)).isEmpty();
        assertThat(counters.nameOf(null)).isEmpty();
        assertThat(counters.namesOf(List.of(q1, q6, -1L)))
                .containsOnly(Map.entry(q1, "Quầy 1"), Map.entry(q6, "Quầy 6"));
        assertThat(counters.namesOf(List.of())).isEmpty();
    }

    @Test
    void theWaitingListNamesEachTicketsField() {
        clock.set(LocalDateTime.of(2025, 3, 12, 8, 0));
        TestKiosk.issue(devices, queue, field("HT"));
        clock.set(LocalDateTime.of(2025, 3, 12, 8, 1));
        TestKiosk.issue(devices, queue, field("CT"));
        TestKiosk.issue(devices, queue, field("DD"));
        assertThat(queue.waitingRows(counter("Q2"))).extracting(w -> w.ticket().getNumber(), WaitingTicket::fieldName)
                .containsExactly(tuple("HT-001", "Hộ tịch"), tuple("CT-001", "Chứng thực"));
        assertThat(queue.waitingRows(counter("Q2"))).extracting(WaitingTicket::ticket)
                .as("the same tickets as the plain list").containsExactlyElementsOf(queue.waiting(counter("Q2")));
    }
}
