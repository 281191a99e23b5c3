package vn.hcc.dashboard.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helpers: the Vietnamese translations as {@link ReportTexts}, and a written report read back with POI. */
public final class ReportFiles {

    private static final Properties VI = load();

    private ReportFiles() {
    }

    public static final ReportTexts VI_TEXTS = (key, args) -> {
        String pattern = VI.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("missing translation " + key);
        }
        return new MessageFormat(pattern, Locale.forLanguageTag("vi")).format(args);
    };

    public static XSSFWorkbook writeAndRead(ReportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.write(table, "Sheet", out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Properties load() {
        try (InputStream in = ReportFiles.class.getResourceAsStream("/vaadin-i18n/translations_vi.properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
