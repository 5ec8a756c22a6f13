package org.tongbao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.check.Finding;
import org.tongbao.check.FindingCode;
import org.tongbao.figures.TaskFigures;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.Grid;
import org.tongbao.table.TableNotRecognised;
import org.tongbao.table.TableRecognizer;

/** The office's words first, the rules where it said nothing, and a finding wherever the two part. */
class ClassifierTest {

    private static final Object[] HEADER = {"序号", "目标任务", "牵头单位", "目标值", "完成值", "同比增长(%)",
            "全市平均增速(%)", "完成状态", "是否成效明显"};

    private static Classification classify(Object[]... rows) throws TableNotRecognised {
        Object[][] all = new Object[rows.length + 1][];
        all[0] = HEADER;
        System.arraycopy(rows, 0, all, 1, rows.length);
        CompletionTable table = TableRecognizer.recognise(Grid.of("完成情况表", all));
        List<TaskFigures> figures = table.tasks().stream().map(TaskFigures::of).toList();
        return new Classifier(org.tongbao.script.ScriptRules.shipped()).classify(table, figures);
    }

    private static List<String> verdicts(Classification c) {
        return c.tasks().stream().map(t -> (t.completed() ? "完成" : "未完成") + (t.notable() ? "·明显" : "")).toList();
    }

    private static List<String> findings(Classification c) {
        return c.findings().stream().map(f -> f.code() + "@" + f.a1()).toList();
    }

    @Test
    void withoutMarksTheRuleDecidesWhatIsNotable() throws TableNotRecognised {
        Classification c = classify(
                new Object[] {1.0, "地区生产总值", "县发展改革委", null, null, 4.7, 2.6, "已完成", null},
                new Object[] {2.0, "社会消费品零售总额", "县商务委", null, null, 1.0, 2.6, "已完成", null},
                new Object[] {3.0, "新建学校", "县教委", 3.0, 4.0, null, null, "已完成", null},
                new Object[] {4.0, "新建医院", "县卫生健康委", 2.0, 1.0, null, null, "未完成", null});
        assertEquals(List.of("完成·明显", "完成", "完成·明显", "未完成"), verdicts(c),
                "above the city average, below it, 133% of target, unfinished");
        assertEquals(List.of(), findings(c));
    }

    @Test
    void theOfficesMarksWinAndDisagreementsAreNoted() throws TableNotRecognised {
        Classification c = classify(
                new Object[] {1.0, "地区生产总值", "县发展改革委", null, null, 4.7, 2.6, "已完成", null},
                new Object[] {2.0, "社会消费品零售总额", "县商务委", null, null, 1.0, 2.6, "已完成", "是"},
                new Object[] {3.0, "新建医院", "县卫生健康委", 2.0, 1.0, null, null, "未完成", "是"});
        assertEquals(List.of("完成", "完成·明显", "未完成"), verdicts(c), "an unfinished task is never notable");
        assertEquals(List.of("NOTABLE_RULE_DIFFERS@I2", "NOTABLE_RULE_DIFFERS@I3"), findings(c));
        assertEquals("第1项按规则应为成效明显（增速高于全市平均），但未标注；以标注为准", c.findings().get(0).message());
    }

    @Test
    void aBlankStatusIsJudgedFromTheFiguresOrCountedUnfinished() throws TableNotRecognised {
        Classification c = classify(
                new Object[] {1.0, "新建学校", "县教委", 3.0, 3.0, null, null, null, null},
                new Object[] {2.0, "新建医院", "县卫生健康委", 2.0, 1.0, null, null, null, null},
                new Object[] {3.0, "优化营商环境", "县发展改革委", null, null, null, null, null, null},
                new Object[] {4.0, "整治河道", "县水利局", null, null, null, null, "做得很好", null});
        assertEquals(List.of("完成", "未完成", "未完成", "未完成"), verdicts(c));
        assertEquals(List.of("STATUS_FROM_FIGURES@H2", "STATUS_FROM_FIGURES@H3", "STATUS_MISSING@H4"), findings(c),
                "an unknown word is the status check's to name, not the classifier's");
        assertEquals(List.of("第1项没有完成状态，按目标值和完成值判定为已完成",
                "第2项没有完成状态，按目标值和完成值判定为未完成",
                "第3项没有完成状态，也没有可比较的目标值和完成值；按未完成统计"),
                c.findings().stream().map(Finding::message).toList());
        assertEquals(FindingCode.STATUS_MISSING.severity(), c.findings().get(2).severity());
    }
}
