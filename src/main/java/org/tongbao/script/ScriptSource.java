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

    /**
     * A script's bytes as UTF-8 without the byte-order mark Windows Notepad puts in front; a file in
     * another encoding (GBK, as Chinese Windows saves "ANSI") is refused at the line where it stops
     * being UTF-8, before it could turn into mojibake.
     */
    static byte[] utf8(Path file, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(in);
        } catch (java.nio.charset.CharacterCodingException e) {
            int line = 1;
            for (int i = start; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            String name = file.getFileName().toString();
            throw new RulesFailed("规则脚本 " + name + " 第" + line + "行不是 UTF-8 编码：请把文件另存为 UTF-8（记事本：另存为 → 编码 UTF-8）。"
                    + "\nThe rule script " + name + " is not UTF-8 at line " + line + ": save it as UTF-8.");
        }
        return start == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, start, bytes.length);
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
                out.add(new ScriptSource(file.getFileName().toString(), utf8(file, Files.readAllBytes(file)), null));
            }
        } catch (IOException e) {
            throw new RulesFailed("读不了规则脚本文件夹 " + folder + "：" + e.getMessage()
                    + "\nCannot read the rule script folder " + folder + ": " + e.getMessage());
        }
        return out;
    }
}
