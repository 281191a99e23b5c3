package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** A download (or an image's source) of a few bytes made when the browser asks for them. */
public final class ByteDownloads {

    /** Makes the bytes; may fail like a write. */
    @FunctionalInterface
    public interface Bytes {
        byte[] make() throws IOException;
    }

    private ByteDownloads() {
    }

    public static DownloadHandler of(Bytes bytes, String fileName, String contentType) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] b = bytes.make();
            return new DownloadResponse(new ByteArrayInputStream(b), fileName, contentType, b.length);
        });
    }
}
