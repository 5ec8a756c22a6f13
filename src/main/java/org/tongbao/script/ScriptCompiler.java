package org.tongbao.script;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.python.antlr.base.mod;
import org.python.compiler.Module;
import org.python.core.BytecodeLoader;
import org.python.core.CodeFlag;
import org.python.core.CompileMode;
import org.python.core.CompilerFlags;
import org.python.core.Py;
import org.python.core.PyCode;
import org.python.core.PyException;
import org.python.core.ParserFacade;

/**
 * Turns a script into code Jython runs, with the flags every script gets: UTF-8, unicode literals and
 * true division. The office's scripts are compiled when they are loaded; the shipped ones once more at
 * build time ({@link #main}: macros/*.py → *.py.class beside them in the jar), so that a plain run
 * never loads Jython's parser and compiler.
 */
final class ScriptCompiler {

    /** A coding declaration (PEP 263) in the first two lines. */
    private static final java.util.regex.Pattern CODING = java.util.regex.Pattern.compile(
            "\\A(?:[^\\n]*\\n)?[ \\t\\f]*#[^\\n]*coding[:=]");

    private ScriptCompiler() {
    }

    static PyCode compile(ScriptSource source) {
        Python.start();
        try {
            if (source.compiled() != null) {
                return BytecodeLoader.makeCode(className(source), source.compiled(), source.name());
            }
            return Py.compile_flags(new ByteArrayInputStream(source.utf8()), source.name(), CompileMode.exec,
                    flags(source));
        } catch (PyException e) {
            throw ScriptError.loading(e, source);
        }
    }

    /** The class file Jython would make of {@code source}, as the build stores it. */
    static byte[] toClass(ScriptSource source) throws Exception {
        CompilerFlags flags = flags(source);
        mod tree = ParserFacade.parse(new ByteArrayInputStream(source.utf8()), CompileMode.exec, source.name(), flags);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Module.compile(tree, out, className(source), source.name(), true, false, flags);
        return out.toByteArray();
    }

    private static CompilerFlags flags(ScriptSource source) {
        CompilerFlags flags = new CompilerFlags();
        // every literal is unicode and 1/2 is 0.5, as an office writing Python 3 today expects
        flags.setFlag(CodeFlag.CO_FUTURE_UNICODE_LITERALS);
        flags.setFlag(CodeFlag.CO_FUTURE_DIVISION);
        // UTF-8 whether or not the file says so (Python 2 would read a file without "coding: utf-8" as ASCII)
        flags.source_is_utf8 = !CODING.matcher(new String(source.utf8(), 0,
                Math.min(source.utf8().length, 400), StandardCharsets.ISO_8859_1)).find();
        return flags;
    }

    private static String className(ScriptSource source) {
        return "tongbao_" + source.name().replaceAll("[^A-Za-z0-9]", "_");
    }

    /** Build time: {@code macros/} (the shipped scripts) → {@code OUT/name.py.class}. */
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        Python.start();
        for (String name : ScriptSource.SHIPPED) {
            ScriptSource source = new ScriptSource("macros/" + name, Files.readAllBytes(in.resolve(name)), null);
            try {
                Files.write(out.resolve(name + ".class"), toClass(source));
            } catch (PyException e) {
                throw new IOException(ScriptError.loading(e, source).getMessage(), e);
            }
        }
    }
}
