package vn.hcc.dashboard.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an .xlsx file with POI's SAX event API: the sheet's XML is parsed row by row and
 * never built into a workbook, so 100.000 rows need the memory of one row (plus the shared strings). Formula
 * cells give their cached values; number cells with a date format give {@link java.time.LocalDateTime}, other
 * number cells {@link Double}; text cells stay text.
 */
final class XlsxRowReader implements RowReader {

    @Override
    public void read(Path file, RowSink sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            TypedFormatter formatter = new TypedFormatter();
            Rows rows = new Rows(sink, formatter);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows,
                    formatter, false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("not a readable .xlsx file", e);
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException e) {
            throw new IOException("not an .xlsx file", e);
        }
    }

    /**
     * XSSFSheetXMLHandler hands every number (formula results included) to the formatter right before it reports
     * the cell; this formatter keeps the typed value instead of a display string, so dates stay dates.
     */
    private static final class TypedFormatter extends DataFormatter {
        private Object captured;

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            captured = DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)
                    ? DateUtil.getLocalDateTime(value, use1904Windowing, true) : (Object) value;
            return "";
        }

        Object take() {
            Object value = captured;
            captured = null;
            return value;
        }
    }

    /** Collects the cells of the current row at their column positions and passes non-empty rows on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final TypedFormatter formatter;
        private final List<Object> cells = new ArrayList<>();
        private int nextColumn;

        Rows(RowSink sink, TypedFormatter formatter) {
            this.sink = sink;
            this.formatter = formatter;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
            formatter.take();
        }

        @Override
        public void endRow(int rowNum) {
            if (!RowReader.isBlank(cells)) {
                sink.row(rowNum + 1L, new ArrayList<>(cells));
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            Object typed = formatter.take();
            int column = reference == null ? nextColumn : columnOf(reference);
            nextColumn = column + 1;
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, typed != null ? typed : formattedValue);
        }

        /** "AB12" → 27: letters only, cheaper than CellReference's parsing on every cell. */
        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }
    }
}
