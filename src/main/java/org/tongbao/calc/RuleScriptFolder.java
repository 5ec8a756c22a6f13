package org.tongbao.calc;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.sun.star.uno.Exception;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XStringSubstitution;

import org.tongbao.Rulebook;
import org.tongbao.io.AtomicFiles;
import org.tongbao.script.ScriptRules;

/**
 * The office's own rule script folder, chosen with 规则脚本… and kept in the LibreOffice user profile
 * ($(user)/tongbao/rule-scripts.txt: one line, the folder's path), so it holds for every document and
 * every later session of this user. Its scripts are compiled once and again only when a file changes.
 */
final class RuleScriptFolder {

    private static Path loadedFolder;
    private static String loadedStamp;
    private static ScriptRules loaded;

    private RuleScriptFolder() {
    }

    /**
     * The rules every action of this office uses: the shipped scripts, with the chosen folder's over them,
     * loaded when the action first asks (so 规则脚本… itself works even when the chosen scripts are broken).
     */
    static Rulebook rules(XComponentContext context) {
        return ScriptRules.whenAsked(() -> {
            Path folder;
            try {
                folder = chosen(context);
            } catch (Exception e) {
                throw new IllegalStateException("读不了规则脚本的设置：" + e.getMessage() + "\nCannot read the rule script setting.");
            }
            return folder == null ? ScriptRules.shipped() : load(folder);
        });
    }

    /** The folder's scripts over the shipped ones, compiled now unless nothing changed since the last time. */
    static synchronized ScriptRules load(Path folder) {
        String stamp = stamp(folder);
        if (loaded == null || !folder.equals(loadedFolder) || !stamp.equals(loadedStamp)) {
            loaded = null;
            loaded = ScriptRules.withFolder(folder);
            loadedFolder = folder;
            loadedStamp = stamp;
        }
        return loaded;
    }

    /** The chosen folder, or null for the shipped scripts alone. */
    static Path chosen(XComponentContext context) throws Exception {
        Path setting = setting(context);
        if (!Files.isRegularFile(setting)) {
            return null;
        }
        try {
            String line = Files.readString(setting, StandardCharsets.UTF_8).strip();
            return line.isEmpty() ? null : Path.of(line);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new IllegalStateException("读不了规则脚本的设置 " + setting + "：" + e.getMessage()
                    + "\nCannot read the rule script setting " + setting + ".");
        }
    }

    /** Keeps {@code folder} (null: back to the shipped scripts) in the user profile. */
    static void choose(XComponentContext context, Path folder) throws Exception {
        Path setting = setting(context);
        try {
            Files.createDirectories(setting.getParent());
            AtomicFiles.write(setting, out -> out.write((folder == null ? "" : folder.toString())
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("无法保存规则脚本的设置 " + setting + "：" + e.getMessage()
                    + "\nCannot keep the rule script setting " + setting + ".");
        }
    }

    private static Path setting(XComponentContext context) throws Exception {
        XStringSubstitution paths = UnoCast.require(XStringSubstitution.class, context.getServiceManager()
                .createInstanceWithContext("com.sun.star.util.PathSubstitution", context));
        String user = paths.substituteVariables("$(user)", true);
        return Path.of(URI.create(user)).resolve("tongbao").resolve("rule-scripts.txt");
    }

    /** Each .py file's name, size and time: what changes when the office edits a script. */
    private static String stamp(Path folder) {
        StringBuilder s = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                s.append(f.getFileName()).append(' ').append(Files.size(f)).append(' ')
                        .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
            }
        } catch (IOException e) {
            return ""; // an unreadable folder: loading it says what is wrong
        }
        return s.toString();
    }
}
