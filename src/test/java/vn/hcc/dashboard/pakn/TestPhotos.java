package vn.hcc.dashboard.pakn;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Photos as a phone sends them: a JPEG carrying an EXIF block with a GPS position, a PNG, and bad files. */
public final class TestPhotos {

    /** Text inside the EXIF block: found in the sent file, must be gone from the stored one. */
    public static final String GPS_MARK = "GPSLatitude 21.0285 N GPSLongitude 105.8542 E";

    private TestPhotos() {
    }

    /** A {@code w}×{@code h} JPEG with an APP1 "Exif" segment right after its start marker. */
    public static byte[] jpegWithExif(int w, int h) {
        byte[] plain = encode(image(w, h, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] exif = ("Exif\0\0" + GPS_MARK).getBytes(StandardCharsets.ISO_8859_1);
        int length = exif.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    public static byte[] png(int w, int h) {
        return encode(image(w, h, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** Starts like a JPEG, then is nothing: too large or broken, as the test needs. */
    public static byte[] jpegHeaderThenZeros(int size) {
        byte[] b = new byte[size];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        return b;
    }

    public static byte[] gif() {
        return "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
    }

    public static boolean contains(byte[] haystack, String text) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static BufferedImage image(int w, int h, int type) {
        BufferedImage image = new BufferedImage(w, h, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
