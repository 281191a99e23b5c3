package vn.hcc.dashboard.reports.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import vn.hcc.dashboard.reports.ReportPreview;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportValue;

/** The grid preview of a report: the same header groups as the workbook, the total as footer. */
final class ReportGrids {

    private ReportGrids() {
    }

    /** Any report, as its preview says: every row in memory, or the rows a page at a time. */
    static Grid<?> of(ReportPreview preview) {
        return preview.pages() == null ? table(preview.table()) : paged(preview.table(), preview.pages());
    }

    /** A table in memory; items are row indexes, so equal rows still get their own STT. */
    private static Grid<Integer> table(ReportTable table) {
        List<ReportTable.Row> rows = table.rows();
        Grid<Integer> grid = new Grid<>();
        columns(grid, table, i -> String.valueOf(i + 1), i -> rows.get(i));
        grid.setItems(IntStream.range(0, rows.size()).boxed().toList());
        return grid;
    }

    /** Any number of rows: the grid asks the report for one page at a time, never for all rows. */
    private static Grid<Numbered> paged(ReportTable header, ReportPreview.Pages pages) {
        Grid<Numbered> grid = new Grid<>();
        columns(grid, header, n -> String.valueOf(n.index() + 1), Numbered::row);
        grid.setItems(query -> {
            List<ReportTable.Row> page = pages.page(query.getOffset(), query.getLimit());
            return IntStream.range(0, page.size()).mapToObj(i -> new Numbered(query.getOffset() + i, page.get(i)));
        }, query -> (int) Math.min(Integer.MAX_VALUE, pages.count()));
        return grid;
    }

    /** A row of a paged list with its position, for the STT column. */
    record Numbered(int index, ReportTable.Row row) {
    }

    private static <T> void columns(Grid<T> grid, ReportTable table, Function<T, String> stt,
            Function<T, ReportTable.Row> row) {
        grid.setId("report-grid");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.addColumn(stt::apply).setKey("stt").setHeader("STT").setWidth("5rem").setFlexGrow(0);
        Grid.Column<T> label = grid.addColumn(t -> row.apply(t).label()).setKey("label")
                .setHeader(table.labelHeader()).setWidth("18rem").setFlexGrow(0).setFrozen(true);
        ReportTable.Row total = table.total();
        if (total != null) {
            label.setFooter(total.label());
        }
        // numbers align right as in the workbook; a list's header has no row to tell, so its columns stay left
        ReportTable.Row sample = total != null ? total : table.rows().isEmpty() ? null : table.rows().getFirst();
        List<Grid.Column<T>> valueColumns = new ArrayList<>();
        int c = 0;
        for (ReportTable.Group g : table.groups()) {
            List<String> names = g.columns().isEmpty() ? List.of(g.label()) : g.columns();
            for (String name : names) {
                int index = c++;
                Grid.Column<T> column = grid.addColumn(t -> formatted(row.apply(t), index)).setKey("v" + index)
                        .setHeader(name).setAutoWidth(true);
                if (total != null) {
                    column.setFooter(formatted(total, index));
                }
                if (isNumber(sample, index)) {
                    column.setTextAlign(ColumnTextAlign.END);
                }
                valueColumns.add(column);
            }
        }
        if (table.groups().stream().noneMatch(g -> g.columns().size() > 1)) {
            return; // no group spans columns (a list): no empty header row above the column names
        }
        HeaderRow top = grid.prependHeaderRow();
        c = 0;
        for (ReportTable.Group g : table.groups()) {
            if (g.columns().size() > 1) {
                top.join(valueColumns.subList(c, c + g.width()).toArray(Grid.Column[]::new)).setText(g.label());
            }
            c += g.width();
        }
    }

    private static boolean isNumber(ReportTable.Row sample, int index) {
        if (sample == null || index >= sample.values().size()) {
            return false;
        }
        ReportValue v = sample.values().get(index);
        return v instanceof ReportValue.Count || v instanceof ReportValue.Percent;
    }

    private static String formatted(ReportTable.Row row, int index) {
        return index < row.values().size() ? row.values().get(index).formatted() : "";
    }
}
