package vn.hcc.dashboard.pakn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcc.dashboard.UseContextSecurityStrategy;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Open views hear about a petition on the "pakn" topic only once the change is committed, so a refresh never reads
 * uncommitted data. Not rolled back (it needs the commit): the item is received in 2020, outside every other test's
 * periods, and stays unassigned.
 */
@SpringBootTest
@ExtendWith(UseContextSecurityStrategy.class)
@ActiveProfiles("test")
class PaknBroadcastTest {

    @Autowired
    PaknService service;
    @Autowired
    Broadcaster broadcaster;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aChangeIsPublishedAfterCommit() throws InterruptedException {
        LinkedBlockingQueue<Broadcaster.Event> heard = new LinkedBlockingQueue<>();
        Broadcaster.Registration registration = broadcaster.register(e -> {
            if (PaknService.TOPIC.equals(e.topic())) {
                heard.add(e);
            }
        });
        List<Object> beforeCommit = new CopyOnWriteArrayList<>();
        try {
            Pakn saved = SystemAccess.asAdmin(() -> new TransactionTemplate(transactions).execute(tx -> {
                Pakn p = service.record(new PaknDraft(LocalDateTime.of(2020, 1, 6, 9, 0), PaknChannel.LETTER,
                        "Người gửi thư", null, "Kiến nghị gửi qua đường bưu điện", PaknCategory.REGULATION, null, null,
                        null));
                try {
                    Broadcaster.Event early = heard.poll(300, TimeUnit.MILLISECONDS);
                    if (early != null) {
                        beforeCommit.add(early);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return p;
            }));
            assertThat(beforeCommit).as("nothing before the commit").isEmpty();
            Broadcaster.Event event = heard.poll(5, TimeUnit.SECONDS);
            assertThat(event).isEqualTo(new Broadcaster.Event(PaknService.TOPIC, saved.getId()));
        } finally {
            registration.remove();
        }
    }
}
