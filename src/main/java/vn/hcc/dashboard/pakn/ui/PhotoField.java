package vn.hcc.dashboard.pakn.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The photos of a public petition: an upload of JPEG/PNG files held in memory (at most {@code maxPhotos} of
 * {@code maxBytes} each, refused as soon as a file passes the limit), with the reason of a refusal shown under it
 * like a field's error, so that the form's refusals ({@code photos}) land here too.
 */
class PhotoField extends Div implements HasValidation {

    private final Map<String, byte[]> photos = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();
    private final Span error = new Span();
    final Upload upload;

    PhotoField(int maxPhotos, long maxBytes) {
        String megabytes = String.valueOf(maxBytes / (1024 * 1024));
        Span label = new Span(getTranslation("petition.field.photos", maxPhotos, megabytes));
        label.addClassName("petition-label");
        upload = new Upload((UploadHandler) event -> receive(event, maxBytes, megabytes));
        upload.setId("photos");
        upload.setMaxFiles(maxPhotos);
        upload.setMaxFileSize((int) maxBytes);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setI18n(new UploadI18N().setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("petition.photos.add")).setMany(getTranslation("petition.photos.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("petition.photos.drop"))
                        .setMany(getTranslation("petition.photos.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("petition.error.photo-count", maxPhotos))
                        .setFileIsTooBig(getTranslation("petition.error.photo-too-large", megabytes))
                        .setIncorrectFileType(getTranslation("petition.error.photo-type"))));
        upload.addFileRemovedListener(e -> remove(e.getFileName()));
        upload.addFileRejectedListener(e -> {
            setErrorMessage(e.getErrorMessage());
            setInvalid(true);
        });
        error.setId("photos-error");
        error.addClassName("petition-error");
        error.setVisible(false);
        add(label, upload, error);
    }

    private void receive(UploadEvent event, long maxBytes, String megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = event.getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (out.size() + n > maxBytes) {
                    event.reject(getTranslation("petition.error.photo-too-large", megabytes));
                    return;
                }
                out.write(buffer, 0, n);
            }
        }
        String name = event.getFileName();
        event.getUI().access(() -> accept(name, out.toByteArray()));
    }

    /** A received file; the same name again replaces it. */
    void accept(String name, byte[] bytes) {
        if (photos.put(name, bytes) == null) {
            order.add(name);
        }
        setInvalid(false);
    }

    private void remove(String name) {
        photos.remove(name);
        order.remove(name);
    }

    List<byte[]> photos() {
        return order.stream().map(photos::get).toList();
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
