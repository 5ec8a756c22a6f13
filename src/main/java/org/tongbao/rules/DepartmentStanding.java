package org.tongbao.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one lead department (牵头单位) stands: the tasks it leads, how many are done, notable, unfinished
 * — in a periodic table, on schedule and behind — its completion rate, and its rank among the others
 * (by completion rate, then by the number of tasks; equal departments share a rank). A task with
 * several lead departments counts for each of them.
 */
public record DepartmentStanding(String department, int tasks, int completed, BigDecimal completionRate, int notable,
                                 int unfinished, int onSchedule, int behind, int rank) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The league table's columns, in the order {@link #row} gives them; a periodic table's add two. */
    public static List<String> header(boolean periodic) {
        List<String> header = new ArrayList<>(List.of("排名", "牵头单位", "完成率(%)", "牵头任务数", "已完成", "成效明显", "未完成"));
        if (periodic) {
            header.addAll(List.of("达到序时进度", "滞后"));
        }
        return header;
    }

    /** This department's row of the league table: whole numbers, its name, and the exact completion rate. */
    public List<Object> row(boolean periodic) {
        List<Object> row = new ArrayList<>(List.of(rank, department, completionRate, tasks, completed, notable,
                unfinished));
        if (periodic) {
            row.addAll(List.of(onSchedule, behind));
        }
        return row;
    }

    /** The league table of the lead departments, best first. */
    public static List<DepartmentStanding> of(List<AssessedTask> tasks) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (AssessedTask t : tasks) {
            for (String lead : t.task().leads()) {
                int[] c = counts.computeIfAbsent(lead, k -> new int[5]);
                c[0]++;
                c[1] += t.completed() ? 1 : 0;
                c[2] += t.notable() ? 1 : 0;
                c[3] += t.verdict().onSchedule() ? 1 : 0;
                c[4] += t.verdict().lagging() ? 1 : 0;
            }
        }
        List<DepartmentStanding> unranked = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            BigDecimal rate = BigDecimal.valueOf(c[1]).multiply(HUNDRED).divide(BigDecimal.valueOf(c[0]), MathContext.DECIMAL64);
            unranked.add(new DepartmentStanding(e.getKey(), c[0], c[1], rate, c[2], c[0] - c[1], c[3], c[4], 0));
        }
        Comparator<DepartmentStanding> order = Comparator.comparing(DepartmentStanding::completionRate).reversed()
                .thenComparing(Comparator.comparingInt(DepartmentStanding::tasks).reversed());
        unranked.sort(order);
        List<DepartmentStanding> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            DepartmentStanding d = unranked.get(i);
            int rank = i > 0 && order.compare(unranked.get(i - 1), d) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new DepartmentStanding(d.department(), d.tasks(), d.completed(), d.completionRate(), d.notable(),
                    d.unfinished(), d.onSchedule(), d.behind(), rank));
        }
        return ranked;
    }
}
