package vn.hcc.dashboard.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The changes as the {@code changes} column stores them, {@code {"field": ["before", "after"]}} with {@code null} for
 * no value. Written and read here rather than with a JSON library: the shape is fixed and tiny, and the column stays
 * readable with any SQL client.
 */
final class ChangesJson {

    private ChangesJson() {
    }

    static String write(Map<String, Change> changes) {
        StringBuilder json = new StringBuilder("{");
        changes.forEach((field, change) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, field).append(":[");
            string(json, change.before()).append(',');
            string(json, change.after()).append(']');
        });
        return json.append('}').toString();
    }

    private static StringBuilder string(StringBuilder json, String value) {
        if (value == null) {
            return json.append("null");
        }
        json.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    static Map<String, Change> read(String json) {
        Reader r = new Reader(json);
        Map<String, Change> changes = new LinkedHashMap<>();
        r.expect('{');
        while (r.peek() != '}') {
            if (!changes.isEmpty()) {
                r.expect(',');
            }
            String field = r.string();
            r.expect(':');
            r.expect('[');
            String before = r.string();
            r.expect(',');
            String after = r.string();
            r.expect(']');
            changes.put(field, new Change(before, after));
        }
        return changes;
    }

    /** Reads only what {@link #write} writes. */
    private static final class Reader {
        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        char peek() {
            return s.charAt(i);
        }

        void expect(char c) {
            if (s.charAt(i++) != c) {
                throw new IllegalArgumentException("bad changes JSON at " + (i - 1) + ": " + s);
            }
        }

        String string() {
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c = s.charAt(i++); c != '"'; c = s.charAt(i++)) {
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
