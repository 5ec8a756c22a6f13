package org.tongbao.script;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.python.core.Py;
import org.python.core.PyCode;
import org.python.core.PyDictionary;
import org.python.core.PyException;
import org.python.core.PyList;
import org.python.core.PyModule;
import org.python.core.PyObject;
import org.python.core.PyStringMap;
import org.python.core.PyUnicode;

import org.tongbao.Rulebook;
import org.tongbao.check.CheckContext;
import org.tongbao.check.Finding;
import org.tongbao.check.FindingCode;
import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.NumberWriter;
import org.tongbao.figures.TaskFigures;
import org.tongbao.notice.Phrase;
import org.tongbao.notice.PhraseTemplate;
import org.tongbao.rules.RulesFailed;
import org.tongbao.rules.Verdict;
import org.tongbao.table.CellAddress;
import org.tongbao.table.Field;
import org.tongbao.table.Task;

/**
 * The office's rules, wording and checks as its Python scripts make them (macros/ in the jar, then
 * the office's own folder over it, function by function), run by Jython. Each script is compiled when
 * it is loaded; each call is watched ({@link ScriptWatch}) and any failure becomes one
 * {@link RulesFailed} naming the file, the line and the function. One call at a time: the scripts
 * share one namespace, and a task's data is kept for the next question about it.
 */
public final class ScriptRules implements Rulebook {

    /**
     * How long one call of a script function may take before it is stopped: 5 s, or the seconds of the
     * JVM property {@code tongbao.scriptSeconds} (java -Dtongbao.scriptSeconds=10 …, or the office's
     * Java options for Calc).
     */
    public static final Duration BUDGET = budget(System.getProperty("tongbao.scriptSeconds"));

    static Duration budget(String seconds) {
        try {
            java.math.BigDecimal s = new java.math.BigDecimal(seconds == null ? "5" : seconds.strip());
            return s.signum() > 0 ? Duration.ofMillis(s.movePointRight(3).longValue()) : Duration.ofSeconds(5);
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(5);
        }
    }

    private static final Map<String, Verdict> VERDICTS = Map.of("已完成", Verdict.COMPLETED, "超进度", Verdict.AHEAD,
            "序时推进", Verdict.ON_SCHEDULE, "滞后", Verdict.BEHIND);

    /** The shipped scripts, compiled once per JVM (on a background thread when {@link #warmUp} asked early). */
    private static Future<List<Compiled>> shippedCode;
    private static ScriptRules shipped;

    private record Compiled(ScriptSource source, PyCode code) {
    }

    private final PyStringMap names;
    private final Map<String, ScriptSource> sources;
    private final Duration budget;
    /** What fill() could not fill during the current phrase call. */
    private final List<String> fillProblems = new ArrayList<>();
    /** The current phrase call's values, as given to the script and as the Java map they came from. */
    private PyObject givenValues;
    private Map<String, String> givenJavaValues;
    /** The last task and indicator made into data: a task is asked several questions in a row. */
    private TaskFigures lastTask;
    private BigDecimal lastShare;
    private PyDictionary lastTaskData;
    private IndicatorFigures lastIndicator;
    private PyDictionary lastIndicatorData;
    private NumberWriter numbersFor;

    private ScriptRules(PyStringMap names, Map<String, ScriptSource> sources, Duration budget) {
        this.names = names;
        this.sources = sources;
        this.budget = budget;
    }

    /** Starts Jython and compiles the shipped scripts on a background thread, while the caller reads its workbook. */
    public static synchronized void warmUp() {
        if (shippedCode == null) {
            CompletableFuture<List<Compiled>> f = new CompletableFuture<>();
            shippedCode = f;
            Thread t = new Thread(() -> {
                try {
                    f.complete(compile(ScriptSource.shipped()));
                } catch (Throwable e) {
                    f.completeExceptionally(e);
                }
            }, "tongbao-script-start");
            t.setDaemon(true);
            t.start();
        }
    }

    /** The shipped rules alone (macros/ as installed). */
    public static synchronized ScriptRules shipped() {
        if (shipped == null) {
            shipped = load(List.of(), BUDGET);
        }
        return shipped;
    }

    /**
     * The shipped rules, loaded when first asked (so a command that needs none never waits for Jython):
     * what the command line and Calc use unless the office chose its own scripts.
     */
    public static Rulebook shippedWhenAsked() {
        return whenAsked(ScriptRules::shipped);
    }

    /**
     * The rules {@code load} gives, loaded at the first question and kept: a command that asks none (the
     * one that chooses another folder, say) neither waits for them nor fails on a broken script.
     */
    public static Rulebook whenAsked(java.util.function.Supplier<? extends Rulebook> load) {
        return new Rulebook() {
            private Rulebook rules;

            private Rulebook rules() {
                if (rules == null) {
                    rules = load.get();
                }
                return rules;
            }

            @Override
            public Boolean completedByFigures(TaskFigures task) {
                return rules().completedByFigures(task);
            }

            @Override
            public List<String> notableReasons(TaskFigures task) {
                return rules().notableReasons(task);
            }

            @Override
            public Verdict scheduleVerdict(TaskFigures task, BigDecimal tableShare) {
                return rules().scheduleVerdict(task, tableShare);
            }

            @Override
            public Phrase phrase(String key, Map<String, String> values, TaskFigures task, IndicatorFigures indicator,
                                 NumberWriter writer) {
                return rules().phrase(key, values, task, indicator, writer);
            }

            @Override
            public List<Finding> check(CheckContext context) {
                return rules().check(context);
            }
        };
    }

    /** The shipped rules with every .py file of {@code folder} over them, all compiled now. */
    public static ScriptRules withFolder(Path folder) {
        return withFolder(folder, BUDGET);
    }

    public static ScriptRules withFolder(Path folder, Duration budget) {
        return load(ScriptSource.folder(folder), budget);
    }

    private static ScriptRules load(List<ScriptSource> own, Duration budget) {
        List<Compiled> base = shippedCode();
        List<Compiled> office = compile(own);
        PyStringMap names = new PyStringMap();
        Map<String, ScriptSource> sources = new LinkedHashMap<>();
        ScriptRules rules = new ScriptRules(names, sources, budget);
        names.__setitem__("__name__", Py.newString("tongbao_rules"));
        names.__setitem__("fill", rules.new Fill());
        names.__setitem__("finding", new FindingMaker());
        for (Compiled c : base) {
            rules.run(c);
        }
        names.__setitem__("shipped", new PyModule("shipped", names.copy()));
        for (Compiled c : office) {
            rules.run(c);
        }
        return rules;
    }

    private static synchronized List<Compiled> shippedCode() {
        warmUp();
        try {
            return shippedCode.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rule scripts were loaded", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static List<Compiled> compile(List<ScriptSource> sources) {
        List<Compiled> out = new ArrayList<>();
        for (ScriptSource s : sources) {
            out.add(new Compiled(s, ScriptCompiler.compile(s)));
        }
        return out;
    }

    private void run(Compiled c) {
        sources.put(c.source().name(), c.source());
        ScriptWatch.Turn turn = ScriptWatch.start(budget);
        try {
            Py.runCode(c.code(), names, names);
        } catch (PyException e) {
            throw turn.expired() ? ScriptError.calling(e, "（载入时）", sources, true, budget)
                    : ScriptError.loading(e, c.source());
        } finally {
            turn.end();
        }
    }

    /** The scripts' file names, in the order they were run. */
    public List<String> files() {
        return List.copyOf(sources.keySet());
    }

    // rules.py

    @Override
    public synchronized Boolean completedByFigures(TaskFigures task) {
        PyObject r = call("completed", taskData(task, null));
        if (r == Py.None) {
            return null;
        }
        if (r instanceof org.python.core.PyBoolean || r instanceof org.python.core.PyInteger) {
            return r.__nonzero__();
        }
        throw ScriptError.answer("completed", r, " True、False 或 None");
    }

    @Override
    public synchronized List<String> notableReasons(TaskFigures task) {
        PyObject r = call("notable", taskData(task, null));
        if (r == Py.None || r == Py.False) {
            return List.of();
        }
        if (r == Py.True) {
            return List.of("规则脚本判定");
        }
        if (r instanceof PyUnicode || r instanceof org.python.core.PyString) {
            String reason = ScriptError.text(r).trim();
            return reason.isEmpty() ? List.of() : List.of(reason);
        }
        if (r instanceof PyList || r instanceof org.python.core.PyTuple) {
            List<String> reasons = new ArrayList<>();
            for (PyObject item : r.asIterable()) {
                reasons.add(ScriptError.text(item));
            }
            return reasons;
        }
        throw ScriptError.answer("notable", r, "理由的列表（空列表表示不是）");
    }

    @Override
    public synchronized Verdict scheduleVerdict(TaskFigures task, BigDecimal tableShare) {
        PyObject r = call("schedule", taskData(task, tableShare));
        if (r == Py.None) {
            return null;
        }
        Verdict v = r instanceof org.python.core.PyString ? VERDICTS.get(ScriptError.text(r)) : null;
        if (v == null) {
            throw ScriptError.answer("schedule", r, "“已完成”“超进度”“序时推进”“滞后”或 None");
        }
        return v;
    }

    private PyDictionary taskData(TaskFigures task, BigDecimal tableShare) {
        if (task != lastTask || !java.util.Objects.equals(tableShare, lastShare)) {
            lastTaskData = PythonData.task(task, tableShare);
            lastTask = task;
            lastShare = tableShare;
        }
        return lastTaskData;
    }

    private PyDictionary indicatorData(IndicatorFigures indicator) {
        if (indicator != lastIndicator) {
            lastIndicatorData = PythonData.indicator(indicator, null);
            lastIndicator = indicator;
        }
        return lastIndicatorData;
    }

    // wording.py

    @Override
    public synchronized Phrase phrase(String key, Map<String, String> values, TaskFigures task,
                                      IndicatorFigures indicator, NumberWriter writer) {
        PyObject table = names.__finditem__("PHRASES");
        PyObject function = table == null ? null : table.__finditem__(Py.newUnicode(key));
        if (function == null) {
            throw new RulesFailed("规则脚本的 PHRASES 中没有「" + key + "」，无法写这一句。\nThe rule scripts' PHRASES lacks "
                    + key + ".");
        }
        String name = ScriptError.text(function);
        if (writer != numbersFor) {
            names.__setitem__("number", Py.java2py(new ScriptNumbers(writer)));
            numbersFor = writer;
        }
        PyObject data = indicator != null ? indicatorData(indicator) : task != null ? taskData(task, null) : Py.None;
        fillProblems.clear();
        givenJavaValues = values;
        givenValues = PythonData.values(values);
        PyObject r;
        try {
            r = call(name, givenValues, data);
        } finally {
            givenValues = null;
            givenJavaValues = null;
        }
        if (r != Py.None && !(r instanceof org.python.core.PyString)) {
            throw ScriptError.answer(name, r, "文字");
        }
        return new Phrase(ScriptError.text(r), List.copyOf(fillProblems));
    }

    // checks.py

    @Override
    public synchronized List<Finding> check(CheckContext context) {
        List<String> checks = new ArrayList<>();
        for (PyObject key : names.keys().asIterable()) {
            String name = ScriptError.text(key);
            if (name.startsWith("check_") && names.__finditem__(name).isCallable()) {
                checks.add(name);
            }
        }
        if (checks.isEmpty()) {
            return List.of();
        }
        java.util.Collections.sort(checks);
        Map<PyObject, Task> tasks = new IdentityHashMap<>();
        // made into data as a check reads them: the shipped check reads none without a 部门名录
        PyList list = PyList.fromList(new java.util.AbstractList<PyObject>() {
            private final PyObject[] made = new PyObject[context.tasks().size()];

            @Override
            public PyObject get(int i) {
                if (made[i] == null) {
                    TaskFigures f = context.tasks().get(i);
                    made[i] = PythonData.task(f, null);
                    tasks.put(made[i], f.task());
                }
                return made[i];
            }

            @Override
            public int size() {
                return made.length;
            }
        });
        PyDictionary table = new PyDictionary();
        table.__setitem__(Py.newUnicode("工作表"), PythonData.text(context.table().sheetName()));
        table.__setitem__(Py.newUnicode("任务"), list);
        table.__setitem__(Py.newUnicode("部门名录"), PythonData.directory(context.directory()));
        List<Finding> found = new ArrayList<>();
        for (String name : checks) {
            PyObject r = call(name, table);
            if (r == Py.None) {
                continue;
            }
            if (!(r instanceof PyList || r instanceof org.python.core.PyTuple)) {
                throw ScriptError.answer(name, r, " finding(...) 的列表");
            }
            for (PyObject item : r.asIterable()) {
                Object made = item.__tojava__(ScriptFinding.class);
                if (!(made instanceof ScriptFinding sf) || !tasks.containsKey(sf.task())) {
                    throw ScriptError.answer(name, item, " finding(任务, 列名, 消息) 的列表，任务取自 table[\"任务\"]");
                }
                found.add(sf.finding(context, tasks.get(sf.task())));
            }
        }
        return found;
    }

    /** Calls a script function under the watch; every failure becomes a {@link RulesFailed}. */
    private PyObject call(String function, PyObject... args) {
        PyObject f = names.__finditem__(function);
        if (f == null || !f.isCallable()) {
            throw new RulesFailed("规则脚本中没有函数 " + function + "。\nThe rule scripts define no function " + function
                    + ".");
        }
        ScriptWatch.Turn turn = ScriptWatch.start(budget);
        try {
            return f.__call__(args);
        } catch (PyException e) {
            throw ScriptError.calling(e, function, sources, turn.expired(), budget);
        } catch (StackOverflowError e) {
            throw new RulesFailed("规则脚本出错：函数 " + function + " 递归太深。\nA rule script failed: function "
                    + function + " recursed too deep.");
        } finally {
            turn.end();
        }
    }

    /** {@code fill(template, v)}: a template filled as 通报设置 fills it; what it cannot fill is reported. */
    private final class Fill extends PyObject {

        @Override
        public PyObject __call__(PyObject template, PyObject values) {
            Map<String, String> v = values == givenValues ? givenJavaValues : new java.util.HashMap<>();
            if (values != givenValues) { // the script made its own: read it back
                for (PyObject key : values.asIterable()) {
                    PyObject value = values.__finditem__(key);
                    v.put(ScriptError.text(key), value == Py.None ? null : ScriptError.text(value));
                }
            }
            Phrase p = PhraseTemplate.fill(ScriptError.text(template), v);
            fillProblems.addAll(p.problems());
            return Py.newUnicode(p.text());
        }
    }

    /** {@code finding(task, column, message, code=None)} in a check script. */
    private static final class FindingMaker extends PyObject {

        @Override
        public PyObject __call__(PyObject[] args, String[] keywords) {
            if (args.length < 3 || args.length > 4) {
                throw Py.TypeError("finding(任务, 列名, 消息[, 代码]) / finding(task, column, message[, code])");
            }
            String code = args.length == 4 && args[3] != Py.None ? ScriptError.text(args[3]) : null;
            return Py.java2py(new ScriptFinding(args[0], ScriptError.text(args[1]), ScriptError.text(args[2]), code));
        }
    }

    /** A finding a check script made: the task's dict, the column's header, the message, a FindingCode name. */
    record ScriptFinding(PyObject task, String column, String message, String code) {

        Finding finding(CheckContext context, Task t) {
            Field field = java.util.Arrays.stream(Field.values())
                    .filter(f -> f.label().equals(column) || f.aliases().contains(column))
                    .filter(f -> context.table().has(f)).findFirst().orElse(Field.LEAD);
            CellAddress cell = context.cell(field, t);
            FindingCode kind = FindingCode.SCRIPT_CHECK;
            for (FindingCode c : FindingCode.values()) {
                if (c.name().equals(code)) {
                    kind = c;
                }
            }
            return context.finding(kind, cell, message);
        }
    }
}
