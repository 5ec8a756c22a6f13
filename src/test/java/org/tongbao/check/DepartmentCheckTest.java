package org.tongbao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.sample.SampleSheet;
import org.tongbao.table.DepartmentDirectory;
import org.tongbao.table.Grid;

/** With a 部门名录 sheet, every lead and partner is one of its departments; without it, nothing changes. */
class DepartmentCheckTest {

    private static final Grid DIRECTORY = Grid.of(DepartmentDirectory.SHEET_NAME, new Object[][] {
        {"部门名录"},
        {"单位全称", "简称", "类别"},
        {"县发展和改革委员会", "县发展改革委、县发改委", "县级部门"},
        {"县交通运输局", "县交通局", "县级部门"},
        {"县商务委员会", "县商务委", "县级部门"},
        {"县统计局", "", "县级部门"},
        {"龙河镇人民政府", "龙河镇", "乡镇（街道）"},
    });

    private static Assessment assess(Grid... sheets) {
        return org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(List.of(sheets), "完成情况表");
    }

    private static Grid table(Object[]... rows) {
        Object[][] all = new Object[rows.length + 1][];
        all[0] = new Object[] {"序号", "目标任务", "牵头单位", "配合单位", "目标值", "完成值", "完成情况"};
        System.arraycopy(rows, 0, all, 1, rows.length);
        return Grid.of("完成情况表", all);
    }

    @Test
    void theDirectoryIsReadByItsHeader() {
        DepartmentDirectory d = DepartmentDirectory.from(DIRECTORY);
        assertEquals(5, d.departments().size());
        assertEquals("县发展和改革委员会", d.find("县发改委").fullName());
        assertEquals(List.of("县发展改革委", "县发改委"), d.find("县发展和改革委员会").otherNames());
        assertEquals("乡镇（街道）", d.find("龙河镇").kind());
        assertEquals(null, d.find("县教委"));
    }

    @Test
    void anUnknownLeadOrPartnerIsAWarningAtItsCellWithTheClosestNames() {
        Assessment a = assess(table(
                new Object[] {1.0, "交通投资", "县交通局", "县统计局", 50.0, 59.0, "已完成"},
                new Object[] {2.0, "招商引资", "县商务局", "县发展改革局、龙河镇", 100.0, 90.0, "未完成"}), DIRECTORY);
        List<Finding> unknown = a.findings().stream().filter(f -> f.code() == FindingCode.DEPARTMENT_UNKNOWN).toList();
        assertEquals(List.of("C3", "D3"), unknown.stream().map(Finding::a1).toList(), unknown.toString());
        assertEquals("牵头单位「县商务局」不在「部门名录」中，是否为「县商务委员会」？", unknown.get(0).message());
        assertTrue(unknown.get(1).message().startsWith("配合单位「县发展改革局」不在「部门名录」中，是否为「县发展和改革委员会」"),
                unknown.get(1).message());
        assertEquals(Severity.WARNING, unknown.get(0).severity());
        assertTrue(a.recognised() && a.sheetName().equals("完成情况表"), "the directory is never taken for the table");
    }

    @Test
    void variantsAreUnifiedOnTheDirectorysFullName() {
        Assessment a = assess(table(
                new Object[] {1.0, "项目一", "县发改委", null, 1.0, 1.0, "已完成"},
                new Object[] {2.0, "项目二", "县发改委", null, 1.0, 1.0, "已完成"},
                new Object[] {3.0, "项目三", "县发展和改革委员会", null, 1.0, 1.0, "已完成"}), DIRECTORY);
        List<Finding> variants = a.findings().stream().filter(f -> f.code() == FindingCode.LEAD_VARIANT).toList();
        assertEquals(2, variants.size(), variants.toString());
        assertTrue(variants.get(0).message().endsWith("建议统一为「县发展和改革委员会」"), variants.get(0).message());
    }

    /** A 部门名录 listing every lead and partner of the workbook's table but {@code left}. */
    private static Grid directoryOf(List<Grid> workbook, String left) {
        Assessment a = org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(workbook, null);
        List<Object[]> rows = new java.util.ArrayList<>();
        rows.add(new Object[] {"单位全称", "简称", "类别"});
        a.tasks().stream().flatMap(t -> java.util.stream.Stream.concat(t.task().leads().stream(),
                        java.util.Arrays.stream(t.task().partners().split("[、，,;；/\\s]+"))))
                .filter(l -> !l.isBlank() && !l.equals(left)).distinct()
                .forEach(l -> rows.add(new Object[] {l, "", "县级部门"}));
        return Grid.of(DepartmentDirectory.SHEET_NAME, rows.toArray(new Object[0][]));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"sample-workbooks/yunyang-2022.xlsx",
        "src/test/resources/corpus/xian-fengdu-2023.xlsx", "src/test/resources/corpus/qu-yubei-2023.xlsx",
        "src/test/resources/corpus/xian-fengjie-2024-h1.xlsx"})
    void onTheSampleOtherOfficesAndAPeriodicTableALeadLeftOutIsNamedAtEachOfItsCells(String file) throws Exception {
        List<Grid> workbook = new java.util.ArrayList<>(org.tongbao.poi.WorkbookReader.read(java.nio.file.Path.of(file)));
        Assessment plain = org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(workbook, null);
        String left = plain.tasks().get(0).task().leads().get(0);
        List<Grid> complete = new java.util.ArrayList<>(workbook);
        complete.add(directoryOf(workbook, null));
        assertTrue(org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(complete, null).findings().stream()
                .noneMatch(f -> f.code() == FindingCode.DEPARTMENT_UNKNOWN), "every lead listed");
        List<Grid> missing = new java.util.ArrayList<>(workbook);
        missing.add(directoryOf(workbook, left));
        List<Finding> unknown = org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(missing, null).findings().stream()
                .filter(f -> f.code() == FindingCode.DEPARTMENT_UNKNOWN && f.message().startsWith("牵头单位「" + left + "」"))
                .toList();
        long leading = plain.tasks().stream().filter(t -> t.task().leads().contains(left)).count();
        assertEquals(leading, unknown.size(), "one warning at each task it leads");
    }

    @Test
    void withoutADirectoryTheSampleIsCheckedAsBefore() {
        Assessment a = org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(SampleSheet.workbook(), null);
        assertTrue(a.findings().stream().noneMatch(f -> f.code() == FindingCode.DEPARTMENT_UNKNOWN));
    }
}
