package vn.hcc.dashboard.importing.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams an upload into one temporary file and counts the bytes as they arrive: a request above {@code maxBytes}
 * is refused as soon as it declares its size or, when it declares none (chunked), as soon as the count passes the
 * limit, and its partial file is deleted at once. Vaadin's {@code UploadHandler.toTempFile} would store the whole
 * body first and leave an empty {@code temp_dir*} folder behind per upload; this handler creates a plain file in
 * {@code tempDir} only and deletes it on refusal or failure. A received file belongs to {@link Received}, which must
 * delete it when done.
 */
final class CappedUpload implements UploadHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CappedUpload.class);
    static final int BUFFER = 64 * 1024;

    /** Called with the complete file; the callee owns the file from then on. */
    interface Received {
        void received(UploadEvent event, Path file);
    }

    /** Called after a refusal with the message sent to the browser. */
    interface Refused {
        void refused(UploadEvent event, String message);
    }

    private final long maxBytes;
    private final Path tempDir;
    private final Supplier<String> tooLarge;
    private final Received received;
    private final Refused refused;

    CappedUpload(long maxBytes, Path tempDir, Supplier<String> tooLarge, Received received, Refused refused) {
        this.maxBytes = maxBytes;
        this.tempDir = tempDir;
        this.tooLarge = tooLarge;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        Path file = Files.createTempFile(tempDir, "hcc-import-", ".upload");
        boolean keep = false;
        try {
            keep = copyAtMostMax(event, file);
            if (!keep) {
                refuse(event);
                return;
            }
        } finally {
            if (!keep) {
                delete(file);
            }
        }
        received.received(event, file);
    }

    /** Copies the body into {@code file}; false (stopping at once) when it turns out larger than the limit. */
    private boolean copyAtMostMax(UploadEvent event, Path file) throws IOException {
        long count = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                count += n;
                if (count > maxBytes) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private void refuse(UploadEvent event) {
        String message = tooLarge.get();
        event.reject(message);
        refused.refused(event, message);
    }

    /** The browser refuses larger files itself; these tell Vaadin's multipart path the same limit. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + BUFFER;
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete {}", file, e);
        }
    }
}
