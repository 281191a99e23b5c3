package vn.hcc.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading a written report back: cells as the user sees them, formulas as Excel evaluates them. */
public final class Sheets {

    private Sheets() {
    }

    public static Cell cell(XSSFSheet sheet, int row, int col) {
        return sheet.getRow(row).getCell(col);
    }

    public static String text(XSSFSheet sheet, int row, int col) {
        return cell(sheet, row, col).getStringCellValue();
    }

    /** Numeric cells {@code from .. from + count - 1} of a row; fails on a formula or text cell. */
    public static List<Long> numbers(XSSFSheet sheet, int row, int from, int count) {
        List<Long> v = new ArrayList<>();
        for (int c = from; c < from + count; c++) {
            assertThat(cell(sheet, row, c).getCellType()).as("cell %d,%d", row, c).isEqualTo(CellType.NUMERIC);
            v.add((long) cell(sheet, row, c).getNumericCellValue());
        }
        return v;
    }

    /** Formula cells as stored, checked against what Excel computes; fails on a cell that is not a formula. */
    public static List<Long> sums(XSSFWorkbook wb, XSSFSheet sheet, int row, int from, int count) {
        FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
        List<Long> v = new ArrayList<>();
        for (int c = from; c < from + count; c++) {
            Cell x = cell(sheet, row, c);
            assertThat(x.getCellType()).as("cell %d,%d", row, c).isEqualTo(CellType.FORMULA);
            assertThat(x.getCellFormula()).startsWith("SUM(");
            // as stored (no reader need recalculate), and what Excel computes agrees
            long stored = (long) x.getNumericCellValue();
            assertThat((long) eval.evaluate(x).getNumberValue()).as("cell %d,%d", row, c).isEqualTo(stored);
            v.add(stored);
        }
        return v;
    }

    public static List<Long> list(long... values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
