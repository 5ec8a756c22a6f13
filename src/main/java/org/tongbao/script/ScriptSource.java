package org.tongbao.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.tongbao.rules.RulesFailed;

/**
 * One rule script's text, as UTF-8 bytes (never a Java string: Jython's string entry points turn
 * Chinese into "?"), and the name messages give it: macros/rules.py for a shipped one, the bare file
 * name for the office's own. A shipped script also brings the class the build compiled it to
 * ({@link ScriptCompiler}); null when there is none, and for the office's scripts. Scripts come from the installed macros folder
 * (inside the jar) or from a folder the office chose; never from a workbook.
 */
record ScriptSource(String name, byte[] utf8, byte[] compiled) {

    /** A coding declaration (PEP 263) in the first two lines. */
    static final java.util.regex.Pattern CODING = java.util.regex.Pattern.compile(
            "\\A(?:[^\\n]*\\n)?[ \\t\\f]*#[^\\n]*coding[:=]");

    /** The shipped scripts, in the order they are run. */
    static final List<String> SHIPPED = List.of("rules.py", "wording.py", "checks.py");

    static List<ScriptSource> shipped() {
        List<ScriptSource> out = new ArrayList<>();
        for (String name : SHIPPED) {
            try (InputStream in = ScriptSource.class.getResourceAsStream("/macros/" + name);
                 InputStream compiled = ScriptSource.class.getResourceAsStream("/macros/" + name + ".class")) {
                if (in == null) {
                    throw new IllegalStateException("the shipped script macros/" + name + " is missing from the jar");
                }
                out.add(new ScriptSource("macros/" + name, in.readAllBytes(),
                        compiled == null ? null : compiled.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Every .py file of {@code folder}, by name. */
    static List<ScriptSource> folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RulesFailed("规则脚本文件夹不存在：" + folder + "\nThe rule script folder does not exist: " + folder);
        }
        List<ScriptSource> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".py") && Files.isRegularFile(f))
                    .sorted().toList()) {
                out.add(new ScriptSource(file.getFileName().toString(), Files.readAllBytes(file), null));
            }
        } catch (IOException e) {
            throw new RulesFailed("读不了规则脚本文件夹 " + folder + "：" + e.getMessage()
                    + "\nCannot read the rule script folder " + folder + ": " + e.getMessage());
        }
        return out;
    }
}
