package vn.hcc.dashboard.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's upload is counted while it is read: a body without a declared size (a chunked request) that runs past
 * the limit is refused after at most the limit plus one buffer, and no file stays in the temporary folder after a
 * refusal, a broken upload or (once the import is done with it) a success.
 */
class CappedUploadTest {

    private static final long LIMIT = 1024 * 1024;
    private static final String TOO_LARGE = "Tệp lớn hơn giới hạn 1 MB";

    @TempDir
    Path temp;

    private final List<Path> received = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();

    private CappedUpload handler() {
        return new CappedUpload(LIMIT, temp, () -> TOO_LARGE, (event, file) -> received.add(file),
                (event, message) -> refusals.add(message));
    }

    @Test
    void aChunkedBodyAboveTheLimitIsRefusedWhileItIsRead() throws IOException {
        CountingStream body = new CountingStream(180L * 1024 * 1024, null);
        UploadEvent event = event(body, -1);

        handler().handleUploadRequest(event);

        assertThat(body.consumed).as("bytes read of a 180 MB body").isLessThanOrEqualTo(LIMIT + CappedUpload.BUFFER);
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo(TOO_LARGE);
        assertThat(refusals).containsExactly(TOO_LARGE);
        assertThat(received).isEmpty();
        assertThat(filesIn(temp)).as("left in the temporary folder").isEmpty();
    }

    @Test
    void aDeclaredSizeAboveTheLimitIsRefusedBeforeAByteIsRead() throws IOException {
        CountingStream body = new CountingStream(LIMIT + 1, null);
        UploadEvent event = event(body, LIMIT + 1);

        handler().handleUploadRequest(event);

        assertThat(body.consumed).isZero();
        assertThat(event.isRejected()).isTrue();
        assertThat(filesIn(temp)).isEmpty();
    }

    @Test
    void aFileAtTheLimitIsReceivedWholeAsOnePlainFile() throws IOException {
        handler().handleUploadRequest(event(new CountingStream(LIMIT, null), -1));

        assertThat(received).hasSize(1);
        assertThat(Files.size(received.getFirst())).isEqualTo(LIMIT);
        assertThat(filesIn(temp)).as("one file, no temp_dir folder").containsExactly(received.getFirst());
        CappedUpload.delete(received.getFirst());
        assertThat(filesIn(temp)).isEmpty();
    }

    @Test
    void aBrokenUploadLeavesNothingBehind() {
        UploadEvent event = event(new CountingStream(LIMIT, new IOException("connection reset")), -1);

        assertThatThrownBy(() -> handler().handleUploadRequest(event)).isInstanceOf(IOException.class);

        assertThat(received).isEmpty();
        assertThat(filesIn(temp)).isEmpty();
    }

    private static UploadEvent event(InputStream body, long declaredSize) {
        VaadinRequest request = mock(VaadinRequest.class);
        try {
            when(request.getInputStream()).thenReturn(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return new UploadEvent(request, mock(VaadinResponse.class), mock(VaadinSession.class), "ho-so.csv",
                declaredSize, "text/csv", null, null);
    }

    private static List<Path> filesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A body of {@code size} zero bytes made up as it is read, counting what was read; may break half-way. */
    private static final class CountingStream extends InputStream {
        private final long size;
        private final IOException failHalfWay;
        long consumed;

        CountingStream(long size, IOException failHalfWay) {
            this.size = size;
            this.failHalfWay = failHalfWay;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : 0;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failHalfWay != null && consumed >= size / 2) {
                throw failHalfWay;
            }
            if (consumed >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - consumed);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            consumed += n;
            return n;
        }
    }
}
