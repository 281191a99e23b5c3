package vn.hcc.dashboard.pakn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Open views hear about petitions on the "pakn" topic only once a change is committed, so a refresh never reads
 * uncommitted data: a rolled-back receipt says nothing, a committed one is heard. Not rolled back by the test (it
 * needs a commit): the committed petition was received, answered and published in January 2020, outside every other
 * test's periods and searches.
 */
@SpringBootTest
@ActiveProfiles("test")
class PaknBroadcastTest {

    @Autowired
    PaknService service;
    @Autowired
    Broadcaster broadcaster;
    @Autowired
    PlatformTransactionManager transactions;

    private static PaknDraft draft() {
        return new PaknDraft(LocalDateTime.of(2020, 1, 6, 9, 0), PaknChannel.LETTER, "Người gửi thư", null,
                "Kiến nghị gửi qua đường bưu điện", PaknCategory.REGULATION, null, null, null);
    }

    @Test
    void aChangeIsPublishedOnlyAfterCommit() throws InterruptedException {
        LinkedBlockingQueue<Broadcaster.Event> heard = new LinkedBlockingQueue<>();
        Broadcaster.Registration registration = broadcaster.register(e -> {
            if (PaknService.TOPIC.equals(e.topic())) {
                heard.add(e);
            }
        });
        try {
            SystemAccess.asAdmin(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                service.record(draft());
                tx.setRollbackOnly();
            }));
            assertThat(heard.poll(500, TimeUnit.MILLISECONDS)).as("rolled back: nothing to refresh").isNull();

            SystemAccess.asAdmin(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                service.importHistory(List.of(new PaknHistoricItem(draft(), "pakn", PaknStatus.PUBLISHED,
                        "Đã trả lời bằng văn bản", LocalDate.of(2020, 1, 8), LocalDate.of(2020, 1, 9), null, null)));
                try {
                    assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).as("not before the commit").isNull();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(new Broadcaster.Event(PaknService.TOPIC, null));
        } finally {
            registration.remove();
        }
    }
}
