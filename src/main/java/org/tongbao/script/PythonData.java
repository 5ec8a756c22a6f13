package org.tongbao.script;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.python.core.Py;
import org.python.core.PyDictionary;
import org.python.core.PyList;
import org.python.core.PyObject;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.TaskFigures;
import org.tongbao.rules.Schedule;
import org.tongbao.table.DepartmentDirectory;
import org.tongbao.table.Indicator;
import org.tongbao.table.Num;
import org.tongbao.table.Task;

/**
 * The plain data a script sees: dicts with the users' Chinese names (the names of 通报设置's
 * placeholders where there is one), numbers as Python floats (exact decimals, converted after the
 * engine's decimal arithmetic), None where the table says nothing. Never a UNO or POI object.
 */
final class PythonData {

    private PythonData() {
    }

    /** A task: 序号, 任务, 牵头单位 (as written), 牵头单位列表, 配合单位, 完成情况, 说明, 成效明显标注, 行, 指标 (a list). */
    static PyDictionary task(TaskFigures figures, BigDecimal tableShare) {
        Task t = figures.task();
        PyDictionary d = dict(16);
        put(d, "序号", text(t.serial().trim()));
        put(d, "任务", text(t.text().trim()));
        put(d, "牵头单位", text(t.lead().trim()));
        put(d, "牵头单位列表", texts(t.leads()));
        put(d, "配合单位", text(t.partners()));
        put(d, "完成情况", text(t.statusWord().trim()));
        put(d, "说明", text(t.narrative().trim()));
        put(d, "成效明显标注", bool(t.notableMarked()));
        put(d, "行", Py.newInteger(t.firstRow() + 1));
        PyList indicators = new PyList();
        for (IndicatorFigures f : figures.indicators()) {
            indicators.append(indicator(f, tableShare));
        }
        put(d, "指标", indicators);
        return d;
    }

    /**
     * An indicator: its cells (指标, 单位, 目标值, 上年值, 完成值, 目标增速, 全市增速, 上限) and the engine's
     * figures (完成率, 增速, 高出 = 增速 − 全市增速, 超出 = 完成值 − 目标值 in 百分点 for a rate (for an upper
     * limit, how far under it), 变化 = 完成值 − 上年值 in 百分点, 排名, 组内排名, 达标); on a periodic table
     * 序时进度 (the row's, else the table's) and 高于序时 = 完成率 − 序时进度; 较目标 = 增速 − 目标增速.
     */
    static PyDictionary indicator(IndicatorFigures f, BigDecimal tableShare) {
        Indicator i = f.indicator();
        PyDictionary d = dict(32);
        put(d, "指标", text(i.name()));
        put(d, "单位", text(i.unit()));
        put(d, "目标值", number(i.target()));
        put(d, "上年值", number(i.prior()));
        put(d, "完成值", number(i.actual()));
        put(d, "目标增速", number(i.targetGrowth()));
        put(d, "全市增速", number(i.cityAverage()));
        put(d, "上限", i.upperLimit() ? Py.True : Py.False);
        put(d, "完成率", number(f.completion()));
        put(d, "增速", number(f.growth()));
        put(d, "高出", number(f.pointsAbove()));
        put(d, "超出", number(f.levelPoints()));
        put(d, "变化", number(f.pointsChange()));
        put(d, "排名", f.rank() == null ? Py.None : Py.newInteger(f.rank()));
        put(d, "组内排名", f.groupRank() == null ? Py.None : Py.newInteger(f.groupRank()));
        put(d, "达标", bool(f.meetsTarget()));
        BigDecimal share = Schedule.share(f, tableShare);
        put(d, "序时进度", number(share));
        put(d, "高于序时", number(share == null || f.completion() == null ? null : f.completion().subtract(share)));
        Num targetGrowth = i.targetGrowth();
        put(d, "较目标", number(f.growth() == null || targetGrowth == null || !targetGrowth.valid() ? null
                : f.growth().subtract(targetGrowth.value())));
        return d;
    }

    /** The 部门名录: a list of {全称, 其他名称 (a list), 类别}. */
    static PyList directory(DepartmentDirectory directory) {
        PyList out = new PyList();
        for (DepartmentDirectory.Department dep : directory.departments()) {
            PyDictionary d = dict(4);
            put(d, "全称", text(dep.fullName()));
            put(d, "其他名称", texts(dep.otherNames()));
            put(d, "类别", text(dep.kind()));
            out.append(d);
        }
        return out;
    }

    /** Placeholder values as written (None where missing). */
    static PyDictionary values(Map<String, String> values) {
        PyDictionary d = dict(values.size());
        for (Map.Entry<String, String> e : values.entrySet()) {
            put(d, e.getKey(), e.getValue() == null ? Py.None : text(e.getValue()));
        }
        return d;
    }

    static PyObject text(String s) {
        return s == null ? Py.None : Py.newUnicode(s);
    }

    private static PyList texts(List<String> list) {
        PyList out = new PyList();
        for (String s : list) {
            out.append(text(s));
        }
        return out;
    }

    private static PyObject number(Num n) {
        return n == null || !n.valid() ? Py.None : number(n.value());
    }

    private static PyObject number(BigDecimal v) {
        return v == null ? Py.None : Py.newFloat(v.doubleValue());
    }

    private static PyObject bool(Boolean b) {
        return b == null ? Py.None : b ? Py.True : Py.False;
    }

    /** A dict for {@code size} entries, made at its size: Jython's grows its concurrent map step by step. */
    private static PyDictionary dict(int size) {
        return new PyDictionary(new java.util.concurrent.ConcurrentHashMap<>(size * 2, 0.75f, 1), true);
    }

    /** The keys are a small vocabulary (the users' names): each is made once. */
    private static final java.util.concurrent.ConcurrentMap<String, PyObject> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    static PyObject key(String name) {
        return KEYS.computeIfAbsent(name, Py::newUnicode);
    }

    private static void put(PyDictionary d, String key, PyObject value) {
        d.__setitem__(key(key), value);
    }
}
