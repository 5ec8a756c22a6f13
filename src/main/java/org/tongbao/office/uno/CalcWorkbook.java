package org.tongbao.office.uno;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sun.star.beans.PropertyValue;
import com.sun.star.document.MacroExecMode;
import com.sun.star.document.UpdateDocMode;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XStorable;
import com.sun.star.lang.XComponent;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.util.XCloseable;

import org.tongbao.calc.CellStyles;
import org.tongbao.calc.NewTableDocument;
import org.tongbao.calc.PropertyValues;
import org.tongbao.calc.SheetCells;
import org.tongbao.calc.SheetTables;
import org.tongbao.calc.UnoCast;
import org.tongbao.io.AtomicFiles;
import org.tongbao.io.Failures;
import org.tongbao.io.Folders;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.odf.OdtNoticeWriter;
import org.tongbao.office.FrozenRows;
import org.tongbao.office.OfficeProcess;
import org.tongbao.office.OfficeWorkbook;
import org.tongbao.poi.NoticeFiles;
import org.tongbao.table.Grid;
import org.tongbao.update.NewTable;
import org.tongbao.update.SheetRows;
import org.tongbao.update.SheetTable;
import org.tongbao.update.SheetUpdate;
import org.tongbao.workbook.Workbook;

/**
 * The office engine's {@link Workbook}, over UNO: the workbook loaded read-only and hidden in an office of our own,
 * read and written through the Calc extension's own adapter ({@link SheetCells}, {@link CellStyles}),
 * the notice from its own .odt ({@link OdtNoticeWriter}), so the command line and the toolbar write
 * the same cells, styles and notice.
 * Loaded only through {@code UnoClasses}' loader (see {@link OfficeWorkbook#open}).
 */
public final class CalcWorkbook implements Workbook {

    /** storeToURL filters by the output's extension. */
    private static final Map<String, String> FILTERS = Map.of(
            "ods", "calc8",
            "xlsx", "Calc MS Excel 2007 XML",
            "xls", "MS Excel 97",
            "odt", "writer8",
            "pdf", "writer_pdf_Export");

    private final OfficeProcess office;
    private final Path file;
    private final List<Object> documents = new ArrayList<>();
    private XSpreadsheetDocument workbook;
    private Path workFolder;

    private CalcWorkbook(OfficeProcess office, Path file) {
        this.office = office;
        this.file = file;
    }

    /** Called reflectively by {@link OfficeWorkbook#open}: starts the office and loads {@code file}. */
    public static Workbook open(Path soffice, Path file) throws IOException {
        CalcWorkbook opened = new CalcWorkbook(OfficeProcess.start(Map.of(), soffice), file);
        try {
            opened.load();
            return opened;
        } catch (IOException | RuntimeException | Error e) {
            opened.close();
            throw e;
        }
    }

    /** Called reflectively by {@link OfficeWorkbook#writeNewTable}: the table in a new spreadsheet, stored as {@code output}. */
    public static void writeNewTable(Path soffice, NewTable table, Path output) throws IOException {
        String filter = filter(output, "ods", "xlsx");
        try (CalcWorkbook made = new CalcWorkbook(OfficeProcess.start(Map.of(), soffice), output)) {
            Object document;
            try {
                document = NewTableDocument.create(made.office.desktop(), table, true);
            } catch (com.sun.star.uno.Exception | RuntimeException e) {
                throw new IOException("无法新建表格 / cannot make the new table: " + Failures.oneLine(e), e);
            }
            made.documents.add(document);
            // the office stores no view for a hidden document: the frozen header is written in
            store(document, output, filter, temp -> {
                if (filter.equals(FILTERS.get("ods"))) {
                    FrozenRows.inOds(temp, table.sheetName(), table.firstTaskRow());
                } else {
                    FrozenRows.inXlsx(temp, table.sheetName(), table.firstTaskRow());
                }
            });
        }
    }

    private void load() throws IOException {
        Object component;
        try {
            XComponentLoader loader = UnoCast.require(XComponentLoader.class, office.desktop());
            component = loader.loadComponentFromURL(OfficeProcess.fileUrl(file), "_blank", 0, new PropertyValue[] {
                PropertyValues.of("ReadOnly", true),
                PropertyValues.of("Hidden", true),
                PropertyValues.of("MacroExecutionMode", MacroExecMode.NEVER_EXECUTE),
                PropertyValues.of("UpdateDocMode", UpdateDocMode.NO_UPDATE)});
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            throw cannotRead(Failures.oneLine(e), e);
        }
        if (component == null) {
            throw cannotRead("LibreOffice 无法打开此文件", null);
        }
        documents.add(component);
        workbook = UnoCast.cast(XSpreadsheetDocument.class, component)
                .orElseThrow(() -> cannotRead("不是电子表格（LibreOffice 把它当作了别的文档）", null));
    }

    private IOException cannotRead(String why, Throwable cause) {
        return new IOException("无法读取文件 " + file.getFileName() + "：" + why, cause);
    }

    @Override
    public List<Grid> sheets() throws IOException {
        try {
            return SheetCells.readAll(workbook, List.of());
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            throw cannotRead(Failures.oneLine(e), e);
        }
    }

    @Override
    public void writeComputed(SheetUpdate update, SheetTable standing, Path output) throws IOException {
        String filter = filter(output, "ods", "xlsx", "xls");
        try {
            editable();
            SheetCells.write(workbook, update);
            CellStyles.mark(workbook, update.sheetName(), update.marks());
            if (standing != null) {
                SheetTables.write(workbook, standing);
            }
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            throw new IOException("无法写入计算结果 / cannot write the figures: " + Failures.oneLine(e), e);
        }
        store(workbook, output, filter);
    }

    /**
     * Calc refuses edits to a document loaded read-only (and Save As keeps it so over UNO). So the
     * first write stores the document as a private working copy (.ods, in a folder of our own deleted
     * on close) and continues on that copy, loaded hidden and editable; FILE is never a store target.
     */
    private void editable() throws com.sun.star.uno.Exception, IOException {
        XStorable storable = UnoCast.require(XStorable.class, workbook);
        if (!storable.isReadonly()) {
            return;
        }
        workFolder = Files.createTempDirectory("tongbao-work-");
        Path copy = workFolder.resolve("work.ods");
        storable.storeToURL(OfficeProcess.fileUrl(copy), new PropertyValue[] {
            PropertyValues.of("FilterName", FILTERS.get("ods")), PropertyValues.of("Overwrite", true)});
        Object component = UnoCast.require(XComponentLoader.class, office.desktop()).loadComponentFromURL(
                OfficeProcess.fileUrl(copy), "_blank", 0, new PropertyValue[] {
                    PropertyValues.of("Hidden", true),
                    PropertyValues.of("MacroExecutionMode", MacroExecMode.NEVER_EXECUTE),
                    PropertyValues.of("UpdateDocMode", UpdateDocMode.NO_UPDATE)});
        if (component == null) {
            throw new IOException("LibreOffice cannot open its working copy");
        }
        documents.add(component);
        workbook = UnoCast.require(XSpreadsheetDocument.class, component);
    }

    /** .docx written by POI, as the poi engine does; .odt and .pdf from a Writer document of this office. */
    @Override
    public void writeRows(SheetRows rows, Path output) throws IOException {
        String filter = filter(output, "ods", "xlsx", "xls");
        try {
            editable();
            SheetCells.add(workbook, rows);
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            throw new IOException("无法写入工作表「" + rows.sheetName() + "」/ cannot write the sheet: " + Failures.oneLine(e), e);
        }
        store(workbook, output, filter);
    }

    @Override
    public void writeNotice(NoticeDocument notice, Path output) throws IOException {
        NoticeFiles.write(notice, output, this::storedPdf);
    }

    /** The notice's own .odt loaded in this office (its profile carries the PDF font replacements), stored as PDF. */
    private void storedPdf(NoticeDocument notice, Path output) throws IOException {
        String filter = filter(output, "pdf");
        Path odt = Files.createTempFile("tongbao-notice-", ".odt");
        try {
            OdtNoticeWriter.write(notice, odt);
            Object document;
            try {
                document = UnoCast.require(XComponentLoader.class, office.desktop()).loadComponentFromURL(
                        OfficeProcess.fileUrl(odt), "_blank", 0, new PropertyValue[] {
                            PropertyValues.of("Hidden", true), PropertyValues.of("AsTemplate", true)});
            } catch (com.sun.star.uno.Exception | RuntimeException e) {
                throw new IOException("无法生成通报文档 / cannot lay out the notice: " + Failures.oneLine(e), e);
            }
            if (document == null) {
                throw new IOException("LibreOffice 未能打开通报 / LibreOffice could not open the notice");
            }
            documents.add(document);
            store(document, output, filter);
        } finally {
            Files.deleteIfExists(odt);
        }
    }

    private static String filter(Path output, String... allowed) throws IOException {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String extension : allowed) {
            if (name.endsWith("." + extension)) {
                return FILTERS.get(extension);
            }
        }
        throw new IOException("不支持的输出格式 / unsupported output type: " + output);
    }

    /** storeToURL into a temporary file beside {@code output}, then moved over it: never the loaded file. */
    private static void store(Object document, Path output, String filter) throws IOException {
        store(document, output, filter, temp -> { });
    }

    /** As {@link #store(Object, Path, String)}, with {@code after} given the stored file before it is moved into place. */
    private static void store(Object document, Path output, String filter, AtomicFiles.FileWriter after)
            throws IOException {
        XStorable storable = UnoCast.require(XStorable.class, document);
        AtomicFiles.writeFile(output, temp -> {
            try {
                storable.storeToURL(OfficeProcess.fileUrl(temp), new PropertyValue[] {
                    PropertyValues.of("FilterName", filter), PropertyValues.of("Overwrite", true)});
            } catch (com.sun.star.uno.Exception | RuntimeException e) {
                throw new IOException("LibreOffice 未能保存 / LibreOffice could not store " + filter + ": "
                        + Failures.oneLine(e), e);
            }
            after.writeFile(temp);
        });
    }

    @Override
    public void close() {
        try {
            for (Object document : documents) {
                try {
                    UnoCast.require(XCloseable.class, document).close(true);
                } catch (com.sun.star.util.CloseVetoException | RuntimeException e) {
                    try {
                        UnoCast.cast(XComponent.class, document).ifPresent(XComponent::dispose);
                    } catch (RuntimeException ignored) {
                        // the office is stopped below in any case
                    }
                }
            }
            documents.clear();
        } finally {
            office.close();
            deleteWorkFolder();
        }
    }

    private void deleteWorkFolder() {
        if (workFolder != null && !Folders.delete(workFolder)) {
            System.err.println("tongbao: could not delete " + workFolder);
        }
    }
}
