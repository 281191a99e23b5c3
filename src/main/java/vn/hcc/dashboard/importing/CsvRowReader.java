package vn.hcc.dashboard.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as RFC 4180 with the variants Excel writes: UTF-8 with or without a byte order mark, comma or
 * semicolon separated (Excel in a Vietnamese locale writes semicolons; the header line decides), fields in double
 * quotes with doubled quotes inside, line breaks inside quoted fields (one record counts as one row, as in Excel).
 * A file that is not UTF-8 is refused rather than read as garbled names.
 */
final class CsvRowReader implements RowReader {

    /** Thrown for a file in a legacy encoding (Windows-1258, TCVN3). */
    static final class NotUtf8Exception extends IOException {
        NotUtf8Exception(Throwable cause) {
            super(cause);
        }
    }

    @Override
    public void read(Path file, RowSink sink) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (PushbackReader in = new PushbackReader(new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16), 1)) {
            int first = in.read();
            if (first != '\uFEFF' && first != -1) {
                in.unread(first);
            }
            long number = 0;
            String headerLine;
            do {
                headerLine = rawRecord(in);
                number++;
            } while (headerLine != null && headerLine.isBlank());
            if (headerLine == null) {
                return;
            }
            char separator = separatorOf(headerLine);
            sink.row(number, record(new PushbackReader(new StringReader(headerLine), 1), separator));
            List<Object> cells;
            while ((cells = record(in, separator)) != null) {
                number++;
                if (!RowReader.isBlank(cells)) {
                    sink.row(number, cells);
                }
            }
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(e);
        }
    }

    /** More semicolons than commas outside quotes in the header line means semicolon separated. */
    private static char separatorOf(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The text of the next record up to its line break outside quotes, {@code null} at the end. */
    private static String rawRecord(PushbackReader in) throws IOException {
        int c = in.read();
        if (c == -1) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        for (; c != -1; c = in.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                skipLf(in, c);
                break;
            }
            line.append((char) c);
        }
        return line.toString();
    }

    /** The cells of the next record, {@code null} at the end. */
    private static List<Object> record(PushbackReader in, char separator) throws IOException {
        int c = in.read();
        if (c == -1) {
            return null;
        }
        List<Object> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (; c != -1; c = in.read()) {
            if (quoted) {
                if (c != '"') {
                    cell.append((char) c);
                } else {
                    int d = in.read();
                    if (d == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (d != -1) {
                            in.unread(d);
                        }
                    }
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                skipLf(in, c);
                break;
            } else {
                cell.append((char) c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static void skipLf(PushbackReader in, int c) throws IOException {
        if (c == '\r') {
            int d = in.read();
            if (d != '\n' && d != -1) {
                in.unread(d);
            }
        }
    }
}
