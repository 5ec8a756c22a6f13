package org.tongbao.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.notice.NoticeSettings;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.DepartmentDirectory;
import org.tongbao.table.Field;
import org.tongbao.table.Grid;
import org.tongbao.table.Indicator;
import org.tongbao.table.TableRecognizer;
import org.tongbao.table.Task;

/** The new table's description: the standard template, and one carried from the sample. */
class TableTemplateTest {

    private static final Path SAMPLE = Path.of("sample-workbooks/yunyang-2022.xlsx");
    private final Engine engine = org.tongbao.Engines.shipped(LocalDate.of(2025, 3, 1));

    @Test
    void fromNothingTheYearsTemplateHasTheStandardColumnsAndEverySetting() {
        NewTable table = engine.newTable(null, List.of(), null, null);
        assertEquals(List.of("附件", "2025年政府工作报告目标任务完成情况表"), table.titleRows(), "this year by default");
        assertEquals(List.of("序号", "目标任务", "牵头单位", "配合单位", "指标", "单位", "目标值", "完成值", "同比增长(%)",
                "完成情况", "是否成效明显", "完成情况说明"), headers(table));
        assertEquals(List.of("已完成", "未完成"), column(table, "完成情况").choices());
        assertEquals(List.of("是", "否"), column(table, "是否成效明显").choices());
        assertTrue(column(table, "牵头单位").directoryList());
        assertFalse(column(table, "目标任务").hasDropDown());
        assertEquals("@", column(table, "目标任务").format());
        assertEquals("General", column(table, "完成值").format());
        assertTrue(table.rows().isEmpty());
        assertEquals(2, table.headerRow());

        assertEquals(List.of("设置项", "内容", "说明"), table.settings().rows().get(0));
        assertEquals(NoticeSettings.SETTINGS.size() + 1, table.settings().rows().size());
        for (int i = 0; i < NoticeSettings.SETTINGS.size(); i++) {
            NoticeSettings.Setting s = NoticeSettings.SETTINGS.get(i);
            assertEquals(List.of(s.key(), s.defaultValue(), s.note()), table.settings().rows().get(i + 1));
        }
        assertEquals(List.of(List.of("单位全称", "简称", "类别")), table.directory().rows());
        assertEquals(DepartmentDirectory.SHEET_NAME, table.directory().sheetName());
        assertEquals(NewTable.DIRECTORY_LIST_ROWS + 1, table.directoryListEnd());
    }

    @Test
    void aPeriodsTemplateAddsTheScheduleAndNamesItsActualColumnAndStatusWords() throws Exception {
        NewTable table = engine.newTable(null, List.of(), "2024", TableTemplate.period("1-6月"));
        assertEquals("2024年1-6月政府工作报告目标任务完成情况表", table.titleRows().get(1));
        assertEquals(List.of("序号", "目标任务", "牵头单位", "配合单位", "指标", "单位", "目标值", "序时进度(%)", "1-6月完成值",
                "同比增长(%)", "完成情况", "是否成效明显", "完成情况说明"), headers(table));
        assertEquals(List.of("已完成", "超序时进度", "达到序时进度", "未达序时进度"), column(table, "完成情况").choices());
        CompletionTable recognised = TableRecognizer.recognise(grid(table));
        assertEquals(7, recognised.columns().get(Field.SCHEDULE));
        assertEquals(8, recognised.columns().get(Field.ACTUAL), "「1-6月完成值」is read as 完成值");
    }

    @Test
    void periodsAreReadAsTitlesNameThemAndAWholeYearIsNone() {
        assertEquals("上半年", TableTemplate.period("上半年").label());
        assertEquals("前三季度", TableTemplate.period("前三季度").label());
        assertNull(TableTemplate.period("1-12月"));
        assertThrows(IllegalArgumentException.class, () -> TableTemplate.period("明年"));
    }

    @Test
    void fromTheSampleItsTasksTargetsSettingsAndDepartmentsCarryOverWithoutFigures() throws Exception {
        List<Grid> sheets = WorkbookReader.read(SAMPLE);
        Assessment earlier = engine.assess(sheets, "完成情况表");
        NewTable table = engine.newTable(earlier, sheets, null, null);
        assertEquals("2023年政府工作报告目标任务完成情况表", table.titleRows().get(1), "the year after the sample's");
        assertEquals(List.of("一、主要经济指标", "", "", "", "", "", "", "", "", "", "", ""), texts(table.rows().get(0)));

        CompletionTable before = earlier.table();
        CompletionTable after = TableRecognizer.recognise(grid(table));
        assertEquals(before.tasks().size(), after.tasks().size());
        for (int i = 0; i < before.tasks().size(); i++) {
            Task was = before.tasks().get(i);
            Task is = after.tasks().get(i);
            assertEquals(was.category(), is.category());
            assertEquals(was.serial(), is.serial());
            assertEquals(was.text(), is.text());
            assertEquals(was.leads(), is.leads());
            assertEquals(was.partners(), is.partners());
            assertEquals(was.indicators().size(), is.indicators().size(), was.text());
            for (int k = 0; k < was.indicators().size(); k++) {
                Indicator w = was.indicators().get(k);
                Indicator n = is.indicators().get(k);
                assertEquals(w.unit(), n.unit());
                assertEquals(w.target() == null ? null : w.target().raw(), n.target() == null ? null : n.target().raw());
                assertNull(n.actual(), "no figure of the period carried: " + was.text());
                assertNull(n.growth());
            }
            assertEquals("", is.statusWord());
            assertEquals("", is.narrative());
        }

        List<List<String>> settings = table.settings().rows();
        assertEquals(List.of("发文机关", "云阳县人民政府督察办公室"), settings.get(1).subList(0, 2), "the office's own value");
        assertEquals("成文日期", settings.get(4).get(0));
        assertEquals("", settings.get(4).get(1), "the last notice's date goes");
        assertEquals(NoticeSettings.SETTINGS.size() + 1, settings.size(), "the keys it lacked added");

        List<String> names = table.directory().rows().stream().skip(1).map(r -> r.get(0)).toList();
        assertTrue(names.contains("县发展改革委") && names.contains("县税务局") && names.contains("县农业农村委"), names.toString());
        assertEquals(names.size(), names.stream().distinct().count());
        assertTrue(DepartmentDirectory.from(Grid.of(DepartmentDirectory.SHEET_NAME, table.directory().rows().stream()
                .map(r -> r.toArray(Object[]::new)).toArray(Object[][]::new))).find("县财政局") != null);
    }

    /** The new table's sheet as the adapters lay it out. */
    static Grid grid(NewTable table) {
        Grid grid = new Grid(table.sheetName());
        for (int r = 0; r < table.titleRows().size(); r++) {
            grid.set(r, 0, table.titleRows().get(r));
        }
        for (int c = 0; c < table.columns().size(); c++) {
            grid.set(table.headerRow(), c, table.columns().get(c).header());
        }
        for (int i = 0; i < table.rows().size(); i++) {
            for (int c = 0; c < table.rows().get(i).size(); c++) {
                grid.set(table.firstTaskRow() + i, c, table.rows().get(i).get(c));
            }
        }
        return grid;
    }

    private static List<String> headers(NewTable table) {
        return table.columns().stream().map(NewTable.Column::header).toList();
    }

    private static NewTable.Column column(NewTable table, String header) {
        return table.columns().stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow();
    }

    private static List<String> texts(List<Object> row) {
        List<String> texts = new ArrayList<>();
        row.forEach(v -> texts.add(v == null ? "" : v.toString()));
        return texts;
    }
}
