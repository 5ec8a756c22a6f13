package org.tongbao.office;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.tongbao.notice.NoticeDocument;
import org.tongbao.table.Grid;
import org.tongbao.update.SheetUpdate;

/**
 * A workbook opened, read-only and hidden, in a headless LibreOffice the tool starts for it (the
 * command line's {@code --engine office}). This interface knows nothing of UNO, so the command line
 * can hold it without LibreOffice's classes on its class path: {@link #open} finds the office, loads
 * the UNO classes from its {@code program/classes} folder ({@link UnoClasses}) and only then the
 * implementation, {@code org.tongbao.office.uno.CalcWorkbook}. {@link #close()} closes the documents
 * and stops the office; a JVM shutdown hook does the same on Ctrl-C.
 */
public interface OfficeWorkbook extends AutoCloseable {

    /** The implementation, loaded through {@link UnoClasses#loader}. */
    String IMPLEMENTATION = "org.tongbao.office.uno.CalcWorkbook";

    /** Every sheet's used area, in sheet order. */
    List<Grid> sheets() throws IOException;

    /**
     * Applies the update (values in one block, highlights as the named cell styles) to the open
     * document and stores it to {@code output} (.ods, .xlsx or .xls, by its extension), atomically.
     * The file the workbook came from is never written.
     */
    void writeComputed(SheetUpdate update, Path output) throws IOException;

    /** Loads the notice's .odt in this office and stores it as .odt or .pdf, atomically. */
    void writeNotice(NoticeDocument notice, Path output) throws IOException;

    /** Closes the documents and stops the office (terminate, kill if it lingers, delete its profile). */
    @Override
    void close();

    /**
     * Starts an office and opens {@code file} in it.
     *
     * @throws OfficeNotFoundException when there is no LibreOffice, or no UNO classes beside it
     * @throws IOException when the office cannot start or the file cannot be opened as a spreadsheet
     */
    static OfficeWorkbook open(Path file) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IOException("无法读取文件 " + file.getFileName() + "："
                    + (Files.isDirectory(file) ? "这是一个文件夹，不是工作簿" : Files.exists(file) ? "没有读取权限" : "文件不存在"));
        }
        Path soffice = OfficeConverter.findSoffice()
                .orElseThrow(() -> new OfficeNotFoundException(OfficeNotFoundException.ENGINE_MESSAGE));
        ClassLoader loader = UnoClasses.loader(soffice);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // the UNO bridge's threads start inside open and inherit this loader
        thread.setContextClassLoader(loader);
        try {
            return (OfficeWorkbook) Class.forName(IMPLEMENTATION, true, loader)
                    .getMethod("open", Path.class, Path.class).invoke(null, soffice, file);
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
