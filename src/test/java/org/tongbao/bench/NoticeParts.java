package org.tongbao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.poi.DocxNoticeWriter;
import org.tongbao.poi.WorkbookReader;

/**
 * Times each step of making the sample's notice (read, assess, word, .docx), the first round
 * after JVM start-up and then the mean of {@code rounds} more. Not a test: it prints figures.
 *
 * <p>Usage: {@code NoticeParts [rounds]}, default 10.
 */
public final class NoticeParts {

    private NoticeParts() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path sample = Path.of("sample-workbooks/yunyang-2022.xlsx");
        Path dir = Files.createDirectories(Path.of("target/bench"));
        Path out = dir.resolve("notice-parts.docx");
        Engine engine = org.tongbao.Engines.shipped(LocalDate.of(2023, 2, 27));
        double[] sum = new double[5];
        for (int round = 0; round <= rounds; round++) {
            long t0 = System.nanoTime();
            var table = WorkbookReader.read(sample);
            long t1 = System.nanoTime();
            Assessment a = engine.assess(table, null);
            long t2 = System.nanoTime();
            NoticeDocument notice = engine.notice(a);
            long t3 = System.nanoTime();
            DocxNoticeWriter.write(notice, out);
            long t4 = System.nanoTime();
            double[] t = {(t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t4 - t0) / 1e9};
            if (round == 0) {
                print("first", t);
            } else {
                for (int i = 0; i < t.length; i++) {
                    sum[i] += t[i] / rounds;
                }
            }
        }
        print("warm (mean of " + rounds + ")", sum);
    }

    private static void print(String label, double[] t) {
        System.out.printf(Locale.ROOT, "%-20s read %.3f s  assess %.3f s  word %.3f s  docx %.3f s  total %.3f s%n",
                label, t[0], t[1], t[2], t[3], t[4]);
    }
}
