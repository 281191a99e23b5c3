package vn.hcc.dashboard.pakn;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import vn.hcc.dashboard.base.FieldValidationException;

/**
 * Makes a citizen's photo safe to keep and show: only JPEG and PNG (by their bytes, not their name), within the
 * size limit, at most {@link #MAX_PIXELS} pixels before decoding (a small file can unpack into gigabytes), and
 * written again from its pixels, which drops every EXIF field, the camera's GPS position included. Large photos are
 * scaled down to {@link #MAX_SIDE} pixels on their long side.
 */
final class PetitionPhotos {

    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 2000;

    private PetitionPhotos() {
    }

    static CleanPhoto clean(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw new FieldValidationException("photos", "petition.error.photo-too-large", maxBytes / (1024 * 1024));
        }
        String format = format(bytes);
        if (format == null) {
            throw new FieldValidationException("photos", "petition.error.photo-type");
        }
        BufferedImage image = decode(bytes);
        BufferedImage scaled = scale(image, format.equals("png"));
        return new CleanPhoto(format.equals("png") ? "image/png" : "image/jpeg", scaled.getWidth(),
                scaled.getHeight(), encode(scaled, format));
    }

    /** "jpeg" or "png" from the file's first bytes; anything else is null. */
    static String format(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        return null;
    }

    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new FieldValidationException("photos", "petition.error.photo-type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new FieldValidationException("photos", "petition.error.photo-pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof FieldValidationException f) {
                throw f;
            }
            throw new FieldValidationException("photos", "petition.error.photo-broken");
        }
    }

    private static BufferedImage scale(BufferedImage image, boolean alpha) {
        int w = image.getWidth();
        int h = image.getHeight();
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * factor));
        int th = Math.max(1, (int) Math.round(h * factor));
        // always redrawn into a plain RGB(A) image: the JPEG writer refuses some source types, and nothing of the
        // original file but its pixels may survive
        BufferedImage out = new BufferedImage(tw, th, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, tw, th, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("could not encode a photo", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
