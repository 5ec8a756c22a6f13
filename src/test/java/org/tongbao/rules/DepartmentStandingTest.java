package org.tongbao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.sample.SampleSheet;
import org.tongbao.table.Grid;

/** The lead departments' league table: each lead counted, ranked by completion rate, then by tasks. */
class DepartmentStandingTest {

    private static List<DepartmentStanding> standings(Object[]... rows) {
        Object[][] all = new Object[rows.length + 1][];
        all[0] = new Object[] {"序号", "目标任务", "牵头单位", "完成情况", "是否成效明显"};
        System.arraycopy(rows, 0, all, 1, rows.length);
        Assessment a = org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(List.of(Grid.of("表", all)), "表");
        return DepartmentStanding.of(a.tasks());
    }

    @Test
    void aTaskWithSeveralLeadsCountsForEachAndEqualsShareARank() {
        List<DepartmentStanding> s = standings(
                new Object[] {1.0, "甲", "县发展改革委、县统计局", "已完成", "是"},
                new Object[] {2.0, "乙", "县发展改革委", "未完成", null},
                new Object[] {3.0, "丙", "县交通局", "已完成", null},
                new Object[] {4.0, "丁", "县交通局", "已完成", null},
                new Object[] {5.0, "戊", "县水利局", "已完成", null},
                new Object[] {6.0, "己", "县统计局", "未完成", null});
        assertEquals(List.of("县交通局", "县水利局", "县发展改革委", "县统计局"),
                s.stream().map(DepartmentStanding::department).toList(), "100% with 2 tasks before 100% with 1");
        assertEquals(List.of(1, 2, 3, 3), s.stream().map(DepartmentStanding::rank).toList(), "50% of 2 and 50% of 2 share");
        DepartmentStanding fgw = s.get(2);
        assertEquals(2, fgw.tasks());
        assertEquals(1, fgw.completed());
        assertEquals(1, fgw.notable());
        assertEquals(1, fgw.unfinished());
        assertEquals(0, new BigDecimal("50").compareTo(fgw.completionRate()));
    }

    @Test
    void theSamplesLeadsAddUpToItsTasksWithEveryLeadCounted() {
        Assessment a = org.tongbao.Engines.shipped(java.time.LocalDate.now()).assess(SampleSheet.workbook(), null);
        List<DepartmentStanding> s = DepartmentStanding.of(a.tasks());
        int leads = a.tasks().stream().mapToInt(t -> t.task().leads().size()).sum();
        assertEquals(leads, s.stream().mapToInt(DepartmentStanding::tasks).sum());
        assertEquals(1, s.get(0).rank());
        for (int i = 1; i < s.size(); i++) {
            assertEquals(true, s.get(i - 1).completionRate().compareTo(s.get(i).completionRate()) >= 0, "sorted");
        }
    }
}
