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
        return new Engine().assess(List.of(sheets), "完成情况表");
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

    @Test
    void withoutADirectoryTheSampleIsCheckedAsBefore() {
        Assessment a = new Engine().assess(SampleSheet.workbook(), null);
        assertTrue(a.findings().stream().noneMatch(f -> f.code() == FindingCode.DEPARTMENT_UNKNOWN));
    }
}
