package org.tongbao.cli;

import java.util.List;

import org.tongbao.Assessment;
import org.tongbao.check.Finding;
import org.tongbao.rules.Comparison;
import org.tongbao.rules.Summary;

/** The --format json output: one object with findings and summary. Small enough to write by hand. */
final class Json {

    private Json() {
    }

    static String of(Assessment a) {
        StringBuilder out = new StringBuilder("{\n  \"sheet\": ").append(string(a.sheetName())).append(",\n");
        findings(out, a.findings());
        out.append(",\n");
        Summary s = a.summary();
        if (s == null) {
            out.append("  \"summary\": null\n");
        } else {
            out.append("  \"summary\": {\"total\": ").append(s.total())
                    .append(", \"completed\": ").append(s.completed())
                    .append(", \"completedShare\": ").append(string(s.completedShare()))
                    .append(", \"notable\": ").append(s.notable())
                    .append(", \"unfinished\": ").append(s.unfinished())
                    .append(", \"unfinishedShare\": ").append(string(s.unfinishedShare()));
            Summary.OnSchedule p = s.schedule();
            if (p != null) {
                out.append(", \"period\": ").append(string(p.period()))
                        .append(", \"schedule\": ").append(string(p.share()))
                        .append(", \"onSchedule\": ").append(p.onSchedule())
                        .append(", \"onScheduleShare\": ").append(string(p.onScheduleShare()))
                        .append(", \"behind\": ").append(p.behind())
                        .append(", \"behindShare\": ").append(string(p.behindShare()))
                        .append(", \"ahead\": ").append(p.ahead());
            }
            out.append("}\n");
        }
        return out.append("}").toString();
    }

    /** compare: the sheets compared, the four lists of this table's 序号, and the added and removed tasks as findings. */
    static String of(Comparison c, String previousSheet, String sheet) {
        StringBuilder out = new StringBuilder("{\n  \"previousSheet\": ").append(string(previousSheet))
                .append(",\n  \"sheet\": ").append(string(sheet)).append(",\n");
        serials(out, "newlyCompleted", c.newlyCompleted());
        serials(out, "newlyBehind", c.newlyBehind());
        serials(out, "noLongerBehind", c.noLongerBehind());
        serials(out, "stillBehind", c.stillBehind());
        findings(out, c.findings());
        return out.append("\n}").toString();
    }

    private static void serials(StringBuilder out, String key, List<String> serials) {
        out.append("  ").append(string(key)).append(": [")
                .append(String.join(", ", serials.stream().map(Json::string).toList())).append("],\n");
    }

    private static void findings(StringBuilder out, List<Finding> findings) {
        out.append("  \"findings\": [");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"severity\": ").append(string(f.severity().english()))
                    .append(", \"code\": ").append(string(f.code().name()))
                    .append(", \"sheet\": ").append(string(f.sheet()))
                    .append(", \"cell\": ").append(string(f.a1()))
                    .append(", \"message\": ").append(string(f.message())).append('}');
        }
        out.append(findings.isEmpty() ? "]" : "\n  ]");
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
