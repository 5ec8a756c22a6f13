package org.tongbao.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tongbao.figures.TaskFigures;
import org.tongbao.table.DepartmentDirectory;
import org.tongbao.table.Field;
import org.tongbao.table.Task;

/**
 * Lead department names that are variants of one another (县发改委 and 县发展改革委) would
 * split one department in two; the more common spelling is suggested.
 */
final class LeadVariantCheck implements TableCheck {

    @Override
    public List<Finding> check(CheckContext context) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TaskFigures f : context.tasks()) {
            for (String lead : f.task().leads()) {
                counts.merge(lead, 1, Integer::sum);
            }
        }
        Map<String, String> canonical = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(counts.keySet());
        for (String a : names) {
            for (String b : names) {
                if (!a.equals(b) && variants(a, b)) {
                    String preferred = prefer(a, b, counts, context.directory());
                    String other = preferred.equals(a) ? b : a;
                    canonical.putIfAbsent(other, preferred);
                }
            }
        }
        List<Finding> found = new ArrayList<>();
        if (canonical.isEmpty()) {
            return found;
        }
        for (TaskFigures f : context.tasks()) {
            Task task = f.task();
            for (String lead : task.leads()) {
                String suggested = canonical.get(lead);
                if (suggested != null) {
                    found.add(context.finding(FindingCode.LEAD_VARIANT, context.cell(Field.LEAD, task), "牵头单位「"
                            + lead + "」与「" + suggested + "」疑似同一单位的不同写法，建议统一为「" + suggested + "」"));
                }
            }
        }
        return found;
    }

    /** The directory's full name when one of the two is it; else the more common spelling, else the longer. */
    private static String prefer(String a, String b, Map<String, Integer> counts, DepartmentDirectory directory) {
        DepartmentDirectory.Department da = directory.find(a);
        if (da != null && da.fullName().equals(a) && (directory.find(b) == null || !directory.find(b).fullName().equals(b))) {
            return a;
        }
        DepartmentDirectory.Department db = directory.find(b);
        if (db != null && db.fullName().equals(b) && (da == null || !da.fullName().equals(a))) {
            return b;
        }
        int ca = counts.get(a);
        int cb = counts.get(b);
        if (ca != cb) {
            return ca > cb ? a : b;
        }
        return a.length() >= b.length() ? a : b;
    }

    /** The shorter name's characters appear in order in the longer one, with the same start and kind of body. */
    static boolean variants(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() < 3 || shorter.length() == longer.length()) {
            return false;
        }
        if (!shorter.substring(0, 2).equals(longer.substring(0, 2))
                || shorter.charAt(shorter.length() - 1) != longer.charAt(longer.length() - 1)) {
            return false;
        }
        int i = 0;
        for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
            if (longer.charAt(j) == shorter.charAt(i)) {
                i++;
            }
        }
        return i == shorter.length();
    }

    private static String normalise(String name) {
        return name.replaceAll("[\\s\\u3000]", "").replace("委员会", "委").replace("和", "");
    }
}
