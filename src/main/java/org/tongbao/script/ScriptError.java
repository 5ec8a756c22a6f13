package org.tongbao.script;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.python.core.Py;
import org.python.core.PyBaseException;
import org.python.core.PyException;
import org.python.core.PyFrame;
import org.python.core.PyObject;
import org.python.core.PyTraceback;
import org.python.core.PyType;

import org.tongbao.rules.RulesFailed;

/**
 * What went wrong in a script, said once for whoever keeps the scripts: the file, the line, the
 * function, and Python's own words for the error, in Chinese with English after.
 */
final class ScriptError {

    private static final Pattern DEF = Pattern.compile("^def\\s+(\\w+)", Pattern.MULTILINE);

    private ScriptError() {
    }

    /** A script that does not compile, or fails while it is first run (its top level). */
    static RulesFailed loading(PyException e, ScriptSource source) {
        if (e.match(Py.SyntaxError)) {
            int line = integer(e.value.__findattr__("lineno"));
            String function = enclosing(source, line);
            String why = text(e.value.__findattr__("msg"));
            String at = source.name() + " 第" + line + "行" + (function == null ? "" : "（函数 " + function + "）");
            String atEn = source.name() + " line " + line + (function == null ? "" : " (function " + function + ")");
            return new RulesFailed("规则脚本有语法错误：" + at + "：" + why + "\nSyntax error in a rule script: " + atEn
                    + ": " + why);
        }
        return running(e, "（载入时）", Map.of(source.name(), source));
    }

    /** A call that raised (or was stopped, {@code stopped} true, after {@code budget}). */
    static RulesFailed calling(PyException e, String function, Map<String, ScriptSource> sources, boolean stopped,
                               Duration budget) {
        if (stopped) {
            Place p = place(e, function, sources);
            String seconds = java.math.BigDecimal.valueOf(budget.toMillis(), 3).stripTrailingZeros().toPlainString();
            return new RulesFailed("规则脚本超时：" + p.zh() + " 在" + seconds + "秒内没有返回，已停止。"
                    + "\nA rule script ran out of time: " + p.en() + " did not return within " + seconds
                    + " s and was stopped.");
        }
        return running(e, function, sources);
    }

    private static RulesFailed running(PyException e, String function, Map<String, ScriptSource> sources) {
        Place p = place(e, function, sources);
        String why = describe(e);
        return new RulesFailed("规则脚本出错：" + p.zh() + "：" + why + "\nA rule script failed: " + p.en() + ": " + why);
    }

    /** A function that answered something it may not: which function, what it gave, what it should. */
    static RulesFailed answer(String function, PyObject got, String wanted) {
        String gave = got == null ? "None" : got.getType().fastGetName() + " " + text(got.__repr__());
        return new RulesFailed("规则脚本的函数 " + function + " 返回了 " + gave + "，应返回" + wanted
                + "\nThe rule script function " + function + " returned " + gave + ".");
    }

    /** Where a script failed: its file and line, or only the function called when no line of ours is known. */
    private record Place(String file, int line, String function) {

        String zh() {
            return file == null ? "函数 " + function : file + " 第" + line + "行，函数 " + function;
        }

        String en() {
            return file == null ? "function " + function : file + " line " + line + ", function " + function;
        }
    }

    /** The innermost line of one of our scripts in the traceback; else the function that was called. */
    private static Place place(PyException e, String called, Map<String, ScriptSource> sources) {
        Place found = new Place(null, 0, called);
        PyObject t = e.traceback;
        while (t instanceof PyTraceback tb) {
            PyFrame frame = tb.tb_frame;
            String file = frame.f_code.co_filename;
            if (sources.containsKey(file)) {
                String name = frame.f_code.co_name;
                found = new Place(file, tb.tb_lineno, name.equals("<module>") ? "（顶层）" : name);
            }
            t = tb.tb_next;
        }
        return found;
    }

    private static String describe(PyException e) {
        String type = (e.type instanceof PyType t ? t.fastGetName() : text(e.type)).replaceFirst("^exceptions\\.", "");
        String message = e.value == null || e.value == Py.None ? ""
                : e.value instanceof PyBaseException b ? text(b.__unicode__()) : text(e.value);
        return message.isEmpty() ? type : type + ": " + message;
    }

    /** A Python value as text: unicode as it is, a byte string read as UTF-8 (never "?"). */
    static String text(PyObject value) {
        if (value == null || value == Py.None) {
            return "";
        }
        if (value instanceof org.python.core.PyUnicode u) {
            return u.getString();
        }
        if (value instanceof org.python.core.PyString s) {
            return new String(s.toBytes(), StandardCharsets.UTF_8);
        }
        return text(value.__unicode__());
    }

    private static int integer(PyObject value) {
        return value == null || value == Py.None ? 0 : value.asInt();
    }

    /** The top-level function a line of the source lies in; null above the first. */
    private static String enclosing(ScriptSource source, int line) {
        String text = new String(source.utf8(), StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        String before = String.join("\n", java.util.Arrays.asList(lines).subList(0, Math.min(line, lines.length)));
        String name = null;
        Matcher m = DEF.matcher(before);
        while (m.find()) {
            name = m.group(1);
        }
        return name;
    }
}
