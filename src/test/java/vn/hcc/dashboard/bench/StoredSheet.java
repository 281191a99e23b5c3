package vn.hcc.dashboard.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * An exported list read back as stored, with POI's streaming SAX reader (no workbook built, nothing recalculated):
 * the data rows are those whose second cell starts with the codes' prefix; the first and last are kept whole, as
 * the formatted texts a reader sees.
 */
record StoredSheet(long dataRows, List<String> first, List<String> last) {

    static StoredSheet read(Path file, String codePrefix) throws Exception {
        long[] count = {0};
        List<List<String>> ends = new ArrayList<>(List.of(List.of(), List.of()));
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XMLReader parser = XMLHelper.newXMLReader();
            Map<Integer, String> row = new HashMap<>();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(pkg, false), new XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                            row.clear();
                        }

                        @Override
                        public void endRow(int rowNum) {
                            String code = row.get(1);
                            if (code != null && code.startsWith(codePrefix)) {
                                List<String> cells = new ArrayList<>();
                                for (int c = 0; c < 16; c++) {
                                    cells.add(row.getOrDefault(c, ""));
                                }
                                if (count[0]++ == 0) {
                                    ends.set(0, cells);
                                }
                                ends.set(1, cells);
                            }
                        }

                        @Override
                        public void cell(String reference, String value, XSSFComment comment) {
                            row.put(reference.charAt(0) - 'A', value);
                        }
                    }, new DataFormatter(), false));
            try (InputStream sheet = reader.getSheetsData().next()) {
                parser.parse(new InputSource(sheet));
            }
        }
        return new StoredSheet(count[0], ends.get(0), ends.get(1));
    }
}
