package org.tongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.sun.star.beans.PropertyValue;
import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XNameAccess;
import com.sun.star.document.XViewDataSupplier;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.XCloseable;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.PaneInformation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.calc.PropertyValues;
import org.tongbao.office.OfficeProcess;

/**
 * new-table through the office engine: an .ods (and an .xlsx) made in a headless LibreOffice that
 * validates as the poi engine's .xlsx does. Fails without soffice unless TONGBAO_NO_OFFICE=1.
 */
class NewTableOfficeIT {

    private static final String SAMPLE = "sample-workbooks/yunyang-2022.xlsx";

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    @Test
    void theOdsFromTheSampleValidatesAsThePoiEnginesXlsxDoes() {
        Assumptions.assumeFalse("1".equals(System.getenv("TONGBAO_NO_OFFICE")), "TONGBAO_NO_OFFICE=1: no office tests");
        Path poi = dir.resolve("poi.xlsx");
        Path ods = dir.resolve("office.ods");
        Path xlsx = dir.resolve("office.xlsx");
        assertEquals(0, cli.run("new-table", "--from", SAMPLE, "-o", poi.toString()), cli.err());
        assertEquals(0, cli.run("new-table", "--from", SAMPLE, "-o", ods.toString()), cli.err());
        assertTrue(cli.out().startsWith("已生成「2023年政府工作报告目标任务完成情况表」，沿用 yunyang-2022.xlsx 的175项任务"), cli.out());
        assertEquals(0, cli.run("new-table", "--from", SAMPLE, "-o", xlsx.toString(), "--engine", "office"), cli.err());

        assertEquals(0, cli.run("validate", poi.toString()));
        String expected = cli.out();
        assertEquals(0, cli.run("validate", ods.toString()));
        assertEquals(expected, cli.out(), "the .ods reads as the poi engine's .xlsx");
        assertEquals(0, cli.run("validate", xlsx.toString()));
        assertEquals(expected, cli.out(), "and so does the office's .xlsx");
        assertTrue(expected.contains("（STATUS_MISSING）"), expected);
    }

    /**
     * The office stores no view for a hidden document; the header's freeze is written into the .ods's view
     * settings and the .xlsx's sheet view, and an office that opens either file reads it back.
     */
    @Test
    void theHeaderStaysFrozenInTheOfficesOdsAndXlsx() throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("TONGBAO_NO_OFFICE")), "TONGBAO_NO_OFFICE=1: no office tests");
        Path ods = dir.resolve("office.ods");
        Path xlsx = dir.resolve("office.xlsx");
        assertEquals(0, cli.run("new-table", "--from", SAMPLE, "-o", ods.toString()), cli.err());
        assertEquals(0, cli.run("new-table", "--from", SAMPLE, "-o", xlsx.toString(), "--engine", "office"), cli.err());
        try (Workbook book = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            PaneInformation pane = book.getSheet("完成情况表").getPaneInformation();
            assertTrue(pane != null && pane.isFreezePane(), "Excel sees the .xlsx's header frozen");
            assertEquals(3, pane.getHorizontalSplitPosition());
        }
        try (OfficeProcess office = OfficeProcess.start()) {
            for (Path file : new Path[] {ods, xlsx}) {
                Map<String, Object> view = tableView(office, file, "完成情况表");
                assertEquals(2, view.get("VerticalSplitMode") instanceof Number n ? n.intValue() : -1, file + " frozen: "
                        + view);
                // the .xlsx import names the frozen split's row count VerticalSplitPositionTwips
                Object rows = view.getOrDefault("VerticalSplitPosition", view.get("VerticalSplitPositionTwips"));
                assertEquals(3, rows instanceof Number n ? n.intValue() : -1, file + ": below the title, "
                        + "the blank row and the header: " + view);
            }
        }
    }

    /** The view settings of {@code sheet} as the office reads them from {@code file}. */
    private static Map<String, Object> tableView(OfficeProcess office, Path file, String sheet) throws Exception {
        Object document = UnoRuntime.queryInterface(XComponentLoader.class, office.desktop()).loadComponentFromURL(
                OfficeProcess.fileUrl(file), "_blank", 0, new PropertyValue[] {PropertyValues.of("Hidden", true)});
        try {
            XIndexAccess views = UnoRuntime.queryInterface(XViewDataSupplier.class, document).getViewData();
            assertEquals(1, views.getCount(), file + ": the view the file carries");
            Map<String, Object> values = new HashMap<>();
            for (PropertyValue p : (PropertyValue[]) views.getByIndex(0)) {
                if (p.Name.equals("Tables")) {
                    XNameAccess tables = UnoRuntime.queryInterface(XNameAccess.class, p.Value);
                    for (PropertyValue q : (PropertyValue[]) tables.getByName(sheet)) {
                        values.put(q.Name, q.Value);
                    }
                }
            }
            return values;
        } finally {
            UnoRuntime.queryInterface(XCloseable.class, document).close(true);
        }
    }
}
