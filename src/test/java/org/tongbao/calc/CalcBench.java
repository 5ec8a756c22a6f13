package org.tongbao.calc;

import java.util.List;
import java.util.Locale;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.frame.XFrame;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.table.CellContentType;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.table.XCell;
import com.sun.star.text.XText;
import com.sun.star.uno.Exception;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XCloseable;

import org.tongbao.table.Grid;
import org.tongbao.update.Highlight;
import org.tongbao.update.RowMark;
import org.tongbao.update.SheetUpdate;

/**
 * The command {@code org.tongbao.bench:Bench} of the benchmark's own extension ({@link BenchExtension},
 * served by {@link BenchDispatcher}; never in target/tongbao.oxt): timings taken inside the office's
 * JVM for the Calc benchmark ({@link CalcBenchmark}). The argument {@code What} says what to time:
 * <ul>
 * <li>a command's name ({@code Validate}, {@code Compute}, {@code Highlight}, {@code Notice}): the
 * command exactly as a toolbar button runs it (undo context, locked controllers, message); the
 * notice's Writer document is closed afterwards, outside the timing;</li>
 * <li>{@code RoundTrip}: one getDataArray and one setDataArray of the same values over the table
 * sheet's used area, nothing else;</li>
 * <li>{@code Phases}: Compute's and Highlight's parts on their own (read the sheets, the engine,
 * the write, the styles), through the same calls their actions make;</li>
 * <li>{@code Naive}: Compute and Highlight done cell by cell — each cell of the used area read with
 * getCellByPosition, the computed columns written cell by cell, the marked rows styled cell by
 * cell, inside one undo context like the real commands — over the first {@code Rows} rows only
 * (argument, default all); the engine's part runs in full.</li>
 * </ul>
 * The dispatch result is one line {@code name=millis;…} (milliseconds, in-process).
 */
final class CalcBench {

    static final String PATH = "Bench";

    private CalcBench() {
    }

    /** Runs the measurement; never throws. */
    static ActionResult run(TongbaoDispatcher dispatcher, XComponentContext context, XFrame frame,
                            PropertyValue[] arguments) {
        String what = String.valueOf(argument(arguments, "What", ""));
        int rows = ((Number) argument(arguments, "Rows", Integer.MAX_VALUE)).intValue();
        try {
            String figures;
            if ("RoundTrip".equals(what)) {
                figures = roundTrip(CalcSession.of(context, frame));
            } else if ("Phases".equals(what)) {
                figures = phases(CalcSession.of(context, frame));
            } else if ("Naive".equals(what)) {
                figures = naive(CalcSession.of(context, frame), rows);
            } else {
                Command command = Command.of(what).orElseThrow(() -> new IllegalArgumentException("What=" + what));
                long t0 = System.nanoTime();
                ActionResult result = dispatcher.execute(command);
                double ms = millis(t0);
                if (!result.ok()) {
                    return result;
                }
                UnoCast.cast(XCloseable.class, result.value()).ifPresent(CalcBench::close);
                figures = "action=" + format(ms);
            }
            return ActionResult.done(figures);
        } catch (Throwable e) {
            return ActionResult.failed("bench " + what + ": " + e);
        }
    }

    private static Object argument(PropertyValue[] arguments, String name, Object otherwise) {
        if (arguments != null) {
            for (PropertyValue p : arguments) {
                if (name.equals(p.Name) && p.Value != null) {
                    return p.Value;
                }
            }
        }
        return otherwise;
    }

    /** The table's sheet: the one the engine recognises. */
    private static XSpreadsheet tableSheet(CalcSession session, List<Grid> sheets) throws Exception {
        return SheetCells.requireSheet(session.document(), session.assessTable(sheets).sheetName());
    }

    private static String roundTrip(CalcSession session) throws Exception {
        XSpreadsheet sheet = tableSheet(session, session.sheets());
        long t0 = System.nanoTime();
        CellRangeAddress used = SheetCells.usedArea(sheet);
        XCellRangeData range = UnoCast.require(XCellRangeData.class,
                sheet.getCellRangeByPosition(0, 0, used.EndColumn, used.EndRow));
        Object[][] data = range.getDataArray();
        double read = millis(t0);
        long t1 = System.nanoTime();
        range.setDataArray(data);
        double write = millis(t1);
        return "roundTrip=" + format(read + write) + ";get=" + format(read) + ";set=" + format(write)
                + ";cells=" + data.length * (long) data[0].length + ";rows=" + data.length;
    }

    /**
     * Where Compute and Highlight spend their time: the same calls their actions make, in one undo
     * context with the controllers locked, each part timed on its own.
     */
    private static String phases(CalcSession session) throws Exception {
        return UnoUndo.asOneStep(session.document(), "督查通报：bench", () -> {
            long t0 = System.nanoTime();
            List<Grid> sheets = session.sheets();
            double read = millis(t0);
            long t1 = System.nanoTime();
            SheetUpdate update = session.engine().sheetUpdate(session.assessTable(sheets));
            double engine = millis(t1);
            long t2 = System.nanoTime();
            SheetCells.write(session.document(), update);
            double write = millis(t2);
            long t3 = System.nanoTime();
            CellStyles.mark(session.document(), update.sheetName(), update.marks());
            double style = millis(t3);
            return "read=" + format(read) + ";engine=" + format(engine) + ";write=" + format(write)
                    + ";style=" + format(style);
        });
    }

    private static String naive(CalcSession session, int rowCap) throws Exception {
        List<Grid> batched = session.sheets();
        XSpreadsheet sheet = tableSheet(session, batched);
        CellRangeAddress used = SheetCells.usedArea(sheet);
        int usedRows = used.EndRow + 1;
        int readRows = Math.min(usedRows, rowCap);

        long t0 = System.nanoTime();
        Object[][] data = new Object[readRows][used.EndColumn + 1];
        for (int r = 0; r < readRows; r++) {
            for (int c = 0; c <= used.EndColumn; c++) {
                XCell cell = sheet.getCellByPosition(c, r);
                CellContentType type = cell.getType();
                data[r][c] = type == CellContentType.VALUE ? (Object) cell.getValue()
                        : type == CellContentType.EMPTY ? null : UnoCast.require(XText.class, cell).getString();
            }
        }
        double read = millis(t0);

        // the engine's part in full, on the batched read (the naive read covers only readRows)
        long t1 = System.nanoTime();
        SheetUpdate update = session.engine().sheetUpdate(session.assessTable(batched));
        double engine = millis(t1);

        Object[][] values = SheetCells.dataArray(update);
        int writeRows = Math.max(0, Math.min(values.length, rowCap - update.top()));
        List<RowMark> marks = update.marks().stream().filter(m -> m.highlight() != Highlight.FINDING)
                .filter(m -> m.lastRow() < rowCap).toList();
        long styledCells = marks.stream()
                .mapToLong(m -> (long) (m.lastRow() - m.firstRow() + 1) * (m.lastColumn() - m.firstColumn() + 1)).sum();
        CellStyles.ensure(session.document());
        double[] writeStyle = new double[2];
        UnoUndo.asOneStep(session.document(), "督查通报：bench", () -> {
            long t2 = System.nanoTime();
            for (int r = 0; r < writeRows; r++) {
                for (int c = 0; c < values[r].length; c++) {
                    XCell cell = sheet.getCellByPosition(update.left() + c, update.top() + r);
                    Object v = values[r][c];
                    if (v instanceof Number n) {
                        cell.setValue(n.doubleValue());
                    } else {
                        cell.setFormula(v == null ? "" : v.toString());
                    }
                }
            }
            writeStyle[0] = millis(t2);
            long t3 = System.nanoTime();
            for (RowMark m : marks) {
                for (int r = m.firstRow(); r <= m.lastRow(); r++) {
                    for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                        UnoCast.require(XPropertySet.class, sheet.getCellByPosition(c, r))
                                .setPropertyValue("CellStyle", m.highlight().styleName());
                    }
                }
            }
            writeStyle[1] = millis(t3);
            return null;
        });
        int allMarks = (int) update.marks().stream().filter(m -> m.highlight() != Highlight.FINDING).count();
        return "read=" + format(read) + ";readRows=" + readRows + ";usedRows=" + usedRows
                + ";columns=" + (used.EndColumn + 1) + ";engine=" + format(engine)
                + ";write=" + format(writeStyle[0]) + ";writeRows=" + writeRows + ";computedRows=" + values.length
                + ";computedColumns=" + (values.length == 0 ? 0 : values[0].length)
                + ";style=" + format(writeStyle[1]) + ";styledMarks=" + marks.size() + ";allMarks=" + allMarks
                + ";styledCells=" + styledCells;
    }

    private static void close(XCloseable document) {
        try {
            document.close(true);
        } catch (com.sun.star.util.CloseVetoException e) {
            // the benchmark's own document: left open if the office refuses
        }
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static String format(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
