package org.tongbao.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.tongbao.check.Finding;
import org.tongbao.check.FindingCode;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.Field;
import org.tongbao.table.Task;

/**
 * What changed since the previous table (the last notice's): each task of this table matched to
 * the previous one's — by 序号 and text, else by its text alone, so a renumbered task is still
 * found — and judged on both. A task that is in one table only is added or removed, with a
 * finding. The kinds exclude each other: a task newly completed is listed there only, even when
 * it lagged before. Tasks that changed nothing (on schedule both times, completed both times)
 * are not listed.
 */
public record Comparison(List<Change> changes, List<Finding> findings) {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    /** How a task moved, in the order the sheet 对比上期 lists them. */
    public enum Kind {
        NEWLY_COMPLETED("新完成"),
        NEWLY_BEHIND("新滞后"),
        NO_LONGER_BEHIND("不再滞后"),
        STILL_BEHIND("持续滞后"),
        ADDED("新增"),
        REMOVED("删除");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** 新完成 …, as the sheet 对比上期 and the command line write it. */
        public String word() {
            return word;
        }
    }

    /** One task's move: {@code before} is null for an added task, {@code now} for a removed one. */
    public record Change(Kind kind, AssessedTask before, AssessedTask now) {

        /** The task as this table holds it, or as the previous one did when it was removed. */
        public Task task() {
            return now != null ? now.task() : before.task();
        }
    }

    public Comparison {
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
    }

    /** Matches the tasks of the two tables and judges each move; both tables must have been recognised. */
    public static Comparison of(CompletionTable previousTable, List<AssessedTask> previous, CompletionTable table,
                                List<AssessedTask> now) {
        // queues of the previous tasks by 序号 and text, and by text alone, in sheet order: linear, not quadratic
        Map<String, ArrayDeque<AssessedTask>> bySerialAndText = new HashMap<>();
        Map<String, ArrayDeque<AssessedTask>> byText = new HashMap<>();
        for (AssessedTask p : previous) {
            bySerialAndText.computeIfAbsent(key(p.task()), k -> new ArrayDeque<>()).add(p);
            byText.computeIfAbsent(normalised(p.task().text()), k -> new ArrayDeque<>()).add(p);
        }
        Map<AssessedTask, AssessedTask> before = new IdentityHashMap<>();
        Set<AssessedTask> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (AssessedTask t : now) {
            match(t, bySerialAndText.get(key(t.task())), before, taken);
        }
        for (AssessedTask t : now) {
            if (!before.containsKey(t)) {
                match(t, byText.get(normalised(t.task().text())), before, taken);
            }
        }
        List<AssessedTask> unmatched = previous.stream().filter(p -> !taken.contains(p)).toList();
        List<Change> changes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (AssessedTask t : now) {
            AssessedTask p = before.get(t);
            if (p == null) {
                changes.add(new Change(Kind.ADDED, null, t));
                findings.add(new Finding(FindingCode.TASK_ADDED, table.sheetName(), table.cell(Field.TASK, t.task()),
                        "本期新增的任务" + label(t.task()) + "：上期表中没有（序号和任务内容都对不上）"));
                continue;
            }
            Kind kind = kind(p.verdict(), t.verdict());
            if (kind != null) {
                changes.add(new Change(kind, p, t));
            }
        }
        for (AssessedTask p : unmatched) {
            changes.add(new Change(Kind.REMOVED, p, null));
            findings.add(new Finding(FindingCode.TASK_REMOVED, previousTable.sheetName(),
                    previousTable.cell(Field.TASK, p.task()),
                    "上期表中的任务" + label(p.task()) + "在本期表中没有（序号和任务内容都对不上）"));
        }
        // stable: within a kind, this table's order (removed tasks: the previous table's)
        changes.sort(Comparator.comparing(Change::kind));
        return new Comparison(changes, findings);
    }

    /** The first previous task of the queue not matched yet, if any, becomes {@code t}'s. */
    private static void match(AssessedTask t, ArrayDeque<AssessedTask> queue, Map<AssessedTask, AssessedTask> before,
                              Set<AssessedTask> taken) {
        while (queue != null && !queue.isEmpty()) {
            AssessedTask p = queue.poll();
            if (taken.add(p)) {
                before.put(t, p);
                return;
            }
        }
    }

    private static String key(Task task) {
        return task.serial().trim() + "\u0000" + normalised(task.text());
    }

    private static Kind kind(Verdict before, Verdict now) {
        if (now == Verdict.COMPLETED && before != Verdict.COMPLETED) {
            return Kind.NEWLY_COMPLETED;
        }
        if (now.lagging()) {
            return before.lagging() ? Kind.STILL_BEHIND : Kind.NEWLY_BEHIND;
        }
        return before.lagging() ? Kind.NO_LONGER_BEHIND : null;
    }

    /** The changes of one kind, in this table's order. */
    public List<Change> of(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** Tasks completed now that were not before (whether they lagged or not): this table's 序号. */
    public List<String> newlyCompleted() {
        return serials(Kind.NEWLY_COMPLETED);
    }

    /** Tasks lagging now that were not before: this table's 序号. */
    public List<String> newlyBehind() {
        return serials(Kind.NEWLY_BEHIND);
    }

    /** Tasks that lagged before and no longer do, without those newly completed: this table's 序号. */
    public List<String> noLongerBehind() {
        return serials(Kind.NO_LONGER_BEHIND);
    }

    /** Tasks lagging both times: this table's 序号. */
    public List<String> stillBehind() {
        return serials(Kind.STILL_BEHIND);
    }

    private List<String> serials(Kind kind) {
        return of(kind).stream().map(c -> c.now().task().serial().trim()).toList();
    }

    /** A task's text whatever the spaces (全角 ones included) and a closing 。. */
    static String normalised(String text) {
        String t = SPACES.matcher(text).replaceAll("");
        while (t.endsWith("。")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** 第6项「实际利用外资6000万美元」, or the text alone when the task has no 序号. */
    private static String label(Task task) {
        String serial = task.serial().trim();
        return (serial.isEmpty() ? "" : "第" + serial + "项") + "「" + task.text().trim() + "」";
    }
}
