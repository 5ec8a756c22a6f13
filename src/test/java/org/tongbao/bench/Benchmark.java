package org.tongbao.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.poi.BarePoiPass;
import org.tongbao.poi.DocxNoticeWriter;
import org.tongbao.poi.PoiWorkbook;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.sample.SampleSheet;

/**
 * Prints the time and peak heap of validate and compute on generated tables of 1,000, 10,000
 * and 50,000 tasks (the largest the reader's limit of a million cells lets in), each next to a bare POI pass over the same file in the same process (a
 * plain streaming read for validate, a plain usermodel read and write for compute), and the
 * time to make the sample's notice. Targets (README): within 2× of the bare pass; validate of
 * the largest table in a 256 MB heap (checked in a child JVM with -Xmx256m); the notice under 0.5 s.
 * Not a test: it prints figures and asserts nothing.
 *
 * <p>Usage: {@code Benchmark [sizes…]}, default 1000 10000 50000.
 */
public final class Benchmark {

    private static final Path DIR = Path.of("target/bench");
    private static final LocalDate DAY = LocalDate.of(2023, 2, 27);

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(DIR);
        int[] sizes = args.length == 0 ? new int[]{1_000, 10_000, 50_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "JVM %s, max heap %d MB, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        noticeTiming();
        System.out.println();
        System.out.println("| tasks | validate | bare read | ratio | validate heap | bare heap | ratio "
                + "| compute | bare read+write | ratio | compute heap | bare heap | ratio |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int n : sizes) {
            Path file = DIR.resolve("tasks-" + n + ".xlsx");
            if (!Files.exists(file)) {
                generate(n, file);
            }
            Measure bareRead = measure(() -> BarePoiPass.readAll(file));
            Measure validate = measure(() -> validate(file));
            Path bareOut = DIR.resolve("bare-" + n + ".xlsx");
            Path computeOut = DIR.resolve("computed-" + n + ".xlsx");
            Measure bareRw = measure(() -> BarePoiPass.readWrite(file, bareOut));
            Measure compute = measure(() -> compute(file, computeOut));
            System.out.printf(Locale.ROOT, "| %,d | %s | %s | %.2f | %s | %s | %.2f | %s | %s | %.2f | %s | %s | %.2f |%n",
                    n, validate.time(), bareRead.time(), validate.seconds / bareRead.seconds,
                    validate.heap(), bareRead.heap(), (double) validate.peakBytes / bareRead.peakBytes,
                    compute.time(), bareRw.time(), compute.seconds / bareRw.seconds,
                    compute.heap(), bareRw.heap(), (double) compute.peakBytes / bareRw.peakBytes);
        }
        int largest = sizes[sizes.length - 1];
        System.out.println();
        validateInSmallHeap(DIR.resolve("tasks-" + largest + ".xlsx"), largest);
    }

    private static void noticeTiming() throws Exception {
        Path sample = Path.of("sample-workbooks/yunyang-2022.xlsx");
        Path out = DIR.resolve("notice.docx");
        long t0 = System.nanoTime();
        Engine engine = org.tongbao.Engines.shipped(DAY);
        Assessment a = engine.assess(WorkbookReader.read(sample), null);
        NoticeDocument notice = engine.notice(a);
        DocxNoticeWriter.write(notice, out);
        double first = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        int rounds = 10;
        for (int i = 0; i < rounds; i++) {
            Assessment again = engine.assess(WorkbookReader.read(sample), null);
            DocxNoticeWriter.write(engine.notice(again), out);
        }
        double warm = (System.nanoTime() - t1) / 1e9 / rounds;
        System.out.printf(Locale.ROOT, "notice of the 175-task sample (read + assess + word + .docx): "
                + "first run %.3f s after JVM start-up, then %.3f s per run%n", first, warm);
    }

    private static void validate(Path file) throws Exception {
        Assessment a = org.tongbao.Engines.shipped(DAY).assess(WorkbookReader.read(file), null);
        if (!a.recognised()) {
            throw new IllegalStateException(a.findings().toString());
        }
    }

    private static void compute(Path file, Path out) throws Exception {
        Engine engine = org.tongbao.Engines.shipped(DAY);
        try (PoiWorkbook workbook = PoiWorkbook.edit(file)) { // as Main.compute: one read
            Assessment a = engine.assess(workbook.sheets(), null);
            workbook.writeComputed(engine.sheetUpdate(a), out);
        }
    }

    /** The README's promise: validate of the largest table fits a 256 MB heap, as a user would run it. */
    private static void validateInSmallHeap(Path file, int n) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.tongbao.cli.Main", "validate", file.toString(), "--format", "json");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            System.out.println("validate of " + n + " tasks in -Xmx256m: timed out");
            return;
        }
        System.out.printf(Locale.ROOT, "validate of %,d tasks in a child JVM with -Xmx256m: exit %d in %.1f s "
                + "(exit 0 or 1 = it ran; 3 would be out of memory)%n", n, p.exitValue(), (System.nanoTime() - t0) / 1e9);
    }

    interface Work {
        void run() throws Exception;
    }

    record Measure(double seconds, long peakBytes) {
        String time() {
            return String.format(Locale.ROOT, "%.2f s", seconds);
        }

        String heap() {
            return (peakBytes >> 20) + " MB";
        }
    }

    /** Wall time and the peak of heap use during the work (pools' peaks after a GC and a reset). */
    static Measure measure(Work work) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long base = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measure(seconds, Math.max(0, peak - base));
    }

    /**
     * A table of {@code n} tasks laid out like the sample (title, header, a category row every
     * 50 tasks, one task in ten with two indicator rows, numbers partly typed as text).
     */
    public static void generate(int n, Path file) throws IOException {
        String[] leads = {"县发展改革委", "县交通局", "县教委", "县卫生健康委", "县财政局", "县农业农村委", "县商务委",
                "县住房城乡建委", "县生态环境局", "县民政局"};
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("完成情况表");
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue("附件");
            sheet.createRow(r++).createCell(0).setCellValue("2022年政府工作报告目标任务完成情况表");
            Row header = sheet.createRow(r++);
            List<String> names = SampleSheet.header();
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            for (int t = 1; t <= n; t++) {
                if (t % 50 == 1) {
                    sheet.createRow(r++).createCell(0).setCellValue(toCategory(t / 50 + 1) + "、第" + (t / 50 + 1) + "组任务");
                }
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(t);
                row.createCell(1).setCellValue("推进第" + t + "项重点工作，完成年度建设任务");
                row.createCell(2).setCellValue(leads[t % leads.length]);
                row.createCell(4).setCellValue("建设规模");
                row.createCell(5).setCellValue("万元");
                row.createCell(6).setCellValue(100 + t % 37);
                boolean unfinished = t % 40 == 0;
                double actual = unfinished ? 90 + t % 37 : 100 + t % 37 + (t % 7) * 0.5;
                if (t % 3 == 0) {
                    row.createCell(8).setCellValue(actual + "万元");
                } else {
                    row.createCell(8).setCellValue(actual);
                }
                row.createCell(9).setCellValue(t % 5 == 0 ? (t % 9) + "." + (t % 10) + "%" : String.valueOf((t % 9) + 0.5));
                row.createCell(13).setCellValue(unfinished ? "未完成" : "已完成");
                row.createCell(16).setCellValue("2022年政府工作报告目标任务");
                if (t % 10 == 0) {
                    Row more = sheet.createRow(r++);
                    more.createCell(4).setCellValue("项目个数");
                    more.createCell(5).setCellValue("个");
                    more.createCell(6).setCellValue(10);
                    more.createCell(8).setCellValue(unfinished ? 8 : 10);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static String toCategory(int n) {
        return org.tongbao.figures.ChineseNumerals.of(n);
    }
}
