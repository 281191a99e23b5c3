package vn.hcc.dashboard.reports;

import java.io.BufferedWriter;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF as the reports use it (inline strings, no shared strings table, plain temp files), with a leaner writer of
 * the rows SXSSF flushes to its temp file: profiling the dossier list export of a million rows showed half of its
 * time in POI's per-cell serialization (a new cell reference parsed and formatted for every cell, every attribute and
 * every character of a text written one call at a time). This writer writes the same XML: the column letters and the
 * row number are computed once per column and row, a text that needs no escaping is written in one call (others
 * through POI's own escaping), a whole number without a fraction; formulas, booleans and errors go through POI's
 * writer unchanged. (The zip's default deflate level is kept: level 1 made the export about a tenth faster and the
 * file two fifths larger.)
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    StreamingWorkbook(int window) {
        super(null, window, false, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new LeanRows();
    }

    /** One sheet's rows in its temp file. */
    private static final class LeanRows extends SheetDataWriter {
        private static final String[] COLUMNS = new String[64];
        private String row = "";

        LeanRows() throws IOException {
            super();
        }

        @Override
        public Writer createWriter(File fd) throws IOException {
            return new BufferedWriter(new OutputStreamWriter(decorateOutputStream(new FileOutputStream(fd)),
                    StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        public void writeRow(int rownum, SXSSFRow sxRow) throws IOException {
            row = Integer.toString(rownum + 1);
            super.writeRow(rownum, sxRow);
        }

        @Override
        public void writeCell(int column, Cell cell) throws IOException {
            if (cell == null) {
                return;
            }
            CellType type = cell.getCellType();
            if (type != CellType.NUMERIC && type != CellType.STRING && type != CellType.BLANK) {
                super.writeCell(column, cell);
                return;
            }
            _out.write("<c r=\"");
            _out.write(column(column));
            _out.write(row);
            _out.write('"');
            int style = cell.getCellStyle().getIndex() & 0xffff;
            if (style != 0) {
                _out.write(" s=\"");
                _out.write(Integer.toString(style));
                _out.write('"');
            }
            if (type == CellType.NUMERIC) {
                double value = cell.getNumericCellValue();
                _out.write(" t=\"n\"><v>");
                _out.write(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                        : Double.toString(value));
                _out.write("</v>");
            } else if (type == CellType.STRING) {
                String text = cell.getStringCellValue();
                _out.write(" t=\"inlineStr\"><is><t");
                if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                    _out.write(" xml:space=\"preserve\"");
                }
                _out.write('>');
                if (plain(text)) {
                    _out.write(text);
                } else {
                    outputEscapedString(text);
                }
                _out.write("</t></is>");
            } else {
                _out.write('>');
            }
            _out.write("</c>");
        }

        private static String column(int column) {
            if (column >= COLUMNS.length) {
                return CellReference.convertNumToColString(column);
            }
            String letters = COLUMNS[column];
            if (letters == null) {
                letters = CellReference.convertNumToColString(column);
                COLUMNS[column] = letters;
            }
            return letters;
        }

        /** Nothing POI's escaping would change: no markup, control, no-break space, surrogate or non-character. */
        private static boolean plain(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\u00A0' || c >= '\uD800') {
                    return false;
                }
            }
            return true;
        }
    }
}
