package org.tongbao.script;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.tongbao.Rulebook;
import org.tongbao.check.CheckContext;
import org.tongbao.figures.TaskFigures;
import org.tongbao.notice.NoticeSettings;
import org.tongbao.notice.NoticeWording;
import org.tongbao.rules.AssessedTask;
import org.tongbao.rules.Classification;
import org.tongbao.rules.Classifier;
import org.tongbao.rules.Summary;
import org.tongbao.table.CompletionTable;
import org.tongbao.table.DepartmentDirectory;
import org.tongbao.table.Grid;
import org.tongbao.table.Period;
import org.tongbao.table.TableRecognizer;

/**
 * Prints what the rule scripts cost: the interpreter's start-up in a fresh JVM, then classifying
 * (year-end and against 序时进度), wording and checking 10,000 tasks through the shipped scripts next
 * to the same rules in Java ({@link JavaRulesBaseline}) in the same process, and the command line's
 * cold notice of the sample in fresh JVMs (needs {@code mvn package} first). Not a test: it prints
 * figures. Targets (issue 11): start-up under 0.5 s; 10,000 tasks under 0.3 s after start-up; the cold
 * notice under 1 s.
 *
 * <p>Usage: {@code ScriptBenchmark [tasks] [rounds]}, default 10000 5.
 */
public final class ScriptBenchmark {

    private static final LocalDate DAY = LocalDate.of(2023, 2, 27);
    private static final String[] LEADS = {"县发展改革委", "县交通运输委", "县教委", "县卫生健康委", "县财政局",
        "县农业农村委", "县商务委", "县住房城乡建委", "县生态环境局", "县民政局"};

    private ScriptBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf(Locale.ROOT, "JVM %s, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        Python.start();
        long t1 = System.nanoTime();
        ScriptRules scripts = ScriptRules.shipped();
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "interpreter start-up, first use in a fresh JVM: Jython %.3f s + shipped scripts "
                + "compiled and run %.3f s = %.3f s (target < 0.5 s)%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9);

        CompletionTable table = TableRecognizer.recognise(table(n));
        List<TaskFigures> figures = table.tasks().stream().map(TaskFigures::of).toList();
        DepartmentDirectory directory = DepartmentDirectory.from(directory());
        Period half = new Period("1-6月", BigDecimal.valueOf(50));
        Rulebook java = new JavaRulesBaseline();
        System.out.printf(Locale.ROOT, "%n%,d tasks; first round right after start-up, then the best of %d rounds%n%n",
                figures.size(), rounds);
        System.out.println("| step | scripts, first | scripts | Java rules | ratio |");
        System.out.println("|---|---|---|---|---|");
        double[] scriptTotal = new double[2];
        double[] javaTotal = new double[1];
        for (Step step : Step.values()) {
            double[] s = times(rounds, () -> step.run(scripts, table, figures, directory, half));
            double[] j = times(rounds, () -> step.run(java, table, figures, directory, half));
            System.out.printf(Locale.ROOT, "| %s | %.3f s | %.3f s | %.3f s | %.1f |%n", step.label, s[0], s[1], j[1],
                    s[1] / j[1]);
            if (step != Step.CHECKS) {
                scriptTotal[0] += s[0];
                scriptTotal[1] += s[1];
                javaTotal[0] += j[1];
            }
        }
        System.out.printf(Locale.ROOT, "| classify and word (the three above) | %.3f s | %.3f s | %.3f s | %.1f |%n",
                scriptTotal[0], scriptTotal[1], javaTotal[0], scriptTotal[1] / javaTotal[0]);
        Classification c = new Classifier(scripts).classify(table, figures);
        System.out.printf(Locale.ROOT, "(%d notable and %d unfinished tasks worded; target: classify and word under 0.3 s "
                + "after start-up)%n", c.tasks().stream().filter(AssessedTask::notable).count(),
                c.tasks().stream().filter(t -> !t.completed()).count());
        coldNotice();
    }

    private enum Step {
        CLASSIFY("classify, year-end"),
        SCHEDULE("classify against 序时进度 50%"),
        WORD("word the notice"),
        CHECKS("checks (部门名录 of 10 departments)");

        final String label;

        Step(String label) {
            this.label = label;
        }

        void run(Rulebook rules, CompletionTable table, List<TaskFigures> figures, DepartmentDirectory directory,
                 Period half) {
            switch (this) {
                case CLASSIFY -> new Classifier(rules).classify(table, figures);
                case SCHEDULE -> new Classifier(rules).classify(table, figures, half);
                case WORD -> {
                    List<AssessedTask> tasks = new Classifier(new JavaRulesBaseline()).classify(table, figures).tasks();
                    NoticeSettings settings = NoticeSettings.defaults();
                    new NoticeWording(settings, rules, DAY).write(table, tasks,
                            Summary.of(tasks, null, settings.numberStyle()), null);
                }
                case CHECKS -> rules.check(new CheckContext(table, figures, directory));
            }
        }
    }

    /** The first round's time and the best of {@code rounds} more, in seconds. */
    private static double[] times(int rounds, Runnable work) {
        double first = 0;
        double best = Double.MAX_VALUE;
        for (int r = 0; r <= rounds; r++) {
            long start = System.nanoTime();
            work.run();
            double s = (System.nanoTime() - start) / 1e9;
            if (r == 0) {
                first = s;
            } else {
                best = Math.min(best, s);
            }
        }
        return new double[] {first, best};
    }

    /** Every task notable-worthy in two ways (beats the city's growth, ≥ 110%), one in ten unfinished. */
    private static Grid table(int n) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"序号", "目标任务", "牵头单位", "指标", "单位", "目标值", "完成值", "同比增长", "全市平均增速",
            "完成情况"});
        for (int t = 1; t <= n; t++) {
            boolean unfinished = t % 10 == 0;
            double target = 100 + t % 37;
            double actual = unfinished ? target * 0.8 : target * (1.05 + (t % 9) * 0.02);
            rows.add(new Object[] {(double) t, "推进第" + t + "项重点工作，完成年度建设任务", LEADS[t % LEADS.length]
                + (t % 500 == 0 ? "办" : ""), "建设投资", "万元", target, Math.round(actual * 10) / 10.0,
                (double) (t % 12), 5.5, unfinished ? "未完成" : "已完成"});
        }
        return Grid.of("完成情况表", rows.toArray(Object[][]::new));
    }

    private static Grid directory() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"单位全称", "简称"});
        Arrays.stream(LEADS).forEach(l -> rows.add(new Object[] {l, ""}));
        return Grid.of(DepartmentDirectory.SHEET_NAME, rows.toArray(Object[][]::new));
    }

    /** The README's command in fresh JVMs: as it stands, and with the JIT held to its quick first tier. */
    private static void coldNotice() throws IOException, InterruptedException {
        Path jar = Path.of("target/tongbao.jar");
        if (!Files.exists(jar)) {
            System.out.println("\n(cold notice skipped: run mvn package first)");
            return;
        }
        System.out.println("\ncold command line: notice of the sample (175 tasks) to .docx, fresh JVM each run, 3 runs");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<List<String>> ways = List.of(List.of(), List.of("-XX:TieredStopAtLevel=1"));
        for (List<String> options : ways) {
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(options);
            command.addAll(List.of("-jar", jar.toString(), "notice", "sample-workbooks/yunyang-2022.xlsx", "-o",
                    "target/bench-cold-notice.docx"));
            StringBuilder line = new StringBuilder();
            for (int r = 0; r < 3; r++) {
                long start = System.nanoTime();
                Process p = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                int exit = p.waitFor();
                line.append(String.format(Locale.ROOT, " %.2f s%s", (System.nanoTime() - start) / 1e9,
                        exit == 0 ? "" : " (exit " + exit + ")"));
            }
            System.out.println("  java " + String.join(" ", options) + " -jar …:" + line);
        }
    }
}
