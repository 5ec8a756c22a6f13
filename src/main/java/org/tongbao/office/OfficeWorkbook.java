package org.tongbao.office;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tongbao.update.NewTable;
import org.tongbao.workbook.Workbook;

/**
 * Opens a workbook, read-only and hidden, in a headless LibreOffice the tool starts for it (the
 * command line's {@code --engine office}). This class knows nothing of UNO, so the command line
 * can use it without LibreOffice's classes on its class path: {@link #open} finds the office,
 * loads the UNO classes from its {@code program/classes} folder ({@link UnoClasses}) and only then
 * the implementation, {@code org.tongbao.office.uno.CalcWorkbook}, whose {@link Workbook#close()}
 * closes the documents and stops the office; a JVM shutdown hook does the same on Ctrl-C.
 */
public final class OfficeWorkbook {

    /** The implementation, loaded through {@link UnoClasses#loader}. */
    static final String IMPLEMENTATION = "org.tongbao.office.uno.CalcWorkbook";

    private OfficeWorkbook() {
    }

    /**
     * Starts an office and opens {@code file} in it.
     *
     * @throws OfficeNotFoundException when there is no LibreOffice, or no UNO classes beside it
     * @throws IOException when the office cannot start or the file cannot be opened as a spreadsheet
     */
    public static Workbook open(Path file) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IOException("无法读取文件 " + file.getFileName() + "："
                    + (Files.isDirectory(file) ? "这是一个文件夹，不是工作簿" : Files.exists(file) ? "没有读取权限" : "文件不存在"));
        }
        return (Workbook) implementation("open", Path.class, file);
    }

    /**
     * Starts an office, lays {@code table} out in a new spreadsheet there and stores it as {@code output}
     * (.ods or .xlsx by its extension), atomically; the office is stopped after.
     */
    public static void writeNewTable(NewTable table, Path output) throws IOException {
        implementation("writeNewTable", NewTable.class, table, output);
    }

    /** Calls the implementation's static {@code method} with the office's path and {@code argument} (and {@code more}). */
    private static Object implementation(String method, Class<?> type, Object argument, Path... more)
            throws IOException {
        Path soffice = OfficeConverter.findSoffice()
                .orElseThrow(() -> new OfficeNotFoundException(OfficeNotFoundException.ENGINE_MESSAGE));
        ClassLoader loader = UnoClasses.loader(soffice);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // the UNO bridge's threads start inside the call and inherit this loader
        thread.setContextClassLoader(loader);
        try {
            Class<?> implementation = Class.forName(IMPLEMENTATION, true, loader);
            return more.length == 0
                    ? implementation.getMethod(method, Path.class, type).invoke(null, soffice, argument)
                    : implementation.getMethod(method, Path.class, type, Path.class).invoke(null, soffice, argument, more[0]);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(String.valueOf(cause), cause);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IOException("无法加载 LibreOffice 的 Java 类 / cannot load LibreOffice's Java classes from "
                    + UnoClasses.classesFolder(soffice) + ": " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
