package org.tongbao.poi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tongbao.io.Failures;
import org.tongbao.io.AtomicFiles;
import org.tongbao.notice.NoticeDocument;
import org.tongbao.office.OfficeConverter;
import org.tongbao.table.Grid;
import org.tongbao.update.SheetRows;
import org.tongbao.update.SheetTable;
import org.tongbao.update.SheetUpdate;

/**
 * The POI engine's {@link org.tongbao.workbook.Workbook}, .xlsx or .xls, opened one of two ways.
 * {@link #read} (validate, notice) only streams the cells ({@link WorkbookReader}: little memory,
 * no usermodel). {@link #edit} (compute) also holds POI's usermodel, read from the file once and
 * then both turned into {@link Grid}s and written out as the computed copy. The input is only
 * read, through a stream (POI never learns its path, so it cannot save back into it); the copy
 * appears complete or not at all.
 */
public final class PoiWorkbook implements org.tongbao.workbook.Workbook {

    private final Path input;
    private final WorkbookFiles.Kind kind;
    /** The usermodel, loading (an .xlsx is parsed on a second thread while its grids stream in); null when only read. */
    private final FutureTask<Workbook> loading;
    private List<Grid> grids;
    private boolean updated;

    private PoiWorkbook(Path input, WorkbookFiles.Kind kind, FutureTask<Workbook> loading) {
        this.input = input;
        this.kind = kind;
        this.loading = loading;
    }

    /** The workbook's cells, streamed: for the commands that write no copy of it. */
    public static PoiWorkbook read(Path input) throws WorkbookException {
        PoiWorkbook workbook = new PoiWorkbook(input, null, null);
        workbook.grids = List.copyOf(WorkbookReader.read(input));
        return workbook;
    }

    /**
     * Reads the workbook, .xlsx or .xls, into memory to write an updated copy; the file is
     * closed again on return. An .xlsx's grids come from the streaming reader meanwhile (the
     * same values, a fraction of the work of walking POI's cells), so the two reads share the
     * machine's cores.
     */
    public static PoiWorkbook edit(Path input) throws WorkbookException {
        WorkbookFiles.Kind kind = WorkbookFiles.detect(input);
        boolean xlsx = kind == WorkbookFiles.Kind.OOXML;
        FutureTask<Workbook> loading = new FutureTask<>(() -> xlsx ? openXssf(input) : openHssf(input));
        PoiWorkbook workbook = new PoiWorkbook(input, kind, loading);
        if (xlsx) {
            Thread thread = new Thread(loading, "tongbao-usermodel");
            thread.setDaemon(true);
            thread.start();
            try {
                workbook.grids = List.copyOf(WorkbookReader.read(input));
            } catch (WorkbookException | RuntimeException | Error e) {
                // not waited for: a file refused for its size must not then be loaded whole
                loading.cancel(true);
                throw e;
            }
        } else {
            loading.run();
            workbook.workbook(); // an unreadable .xls says so here, as the streaming read does for .xlsx
        }
        return workbook;
    }

    /** The loaded usermodel, waiting for it if it is still loading. */
    private Workbook workbook() throws WorkbookException {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw WorkbookFiles.cannotRead(input, "读取被中断", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WorkbookException w) {
                throw w;
            }
            throw WorkbookReader.readFailure(input, cause);
        }
    }

    private static XSSFWorkbook openXssf(Path input) throws WorkbookException, IOException {
        WorkbookLimits.boundPoi();
        OPCPackage pkg;
        try (InputStream in = Files.newInputStream(input)) {
            pkg = OPCPackage.open(in);
        } catch (ODFNotOfficeXmlFileException e) {
            throw WorkbookFiles.cannotRead(input, WorkbookFiles.ODS, e);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw WorkbookFiles.notOoxml(input, e);
        }
        try {
            WorkbookReader.checkSpreadsheet(input, pkg);
            checkProperties(input, pkg);
            return new XSSFWorkbook(pkg);
        } catch (IOException | RuntimeException | Error e) {
            pkg.revert();
            throw e;
        }
    }

    /**
     * POI leaves document properties it could not parse (a DTD in them, say) as a raw part and
     * only fails when saving the copy, in words of its own; said here, before any work.
     */
    private static void checkProperties(Path input, OPCPackage pkg) throws WorkbookException {
        for (PackagePart part : pkg.getPartsByContentType(ContentTypes.CORE_PROPERTIES_PART)) {
            if (!(part instanceof PackagePropertiesPart)) {
                throw WorkbookFiles.cannotRead(input, "其中的文档属性 " + part.getPartName().getName().substring(1)
                        + " 无法解析（如声明了 DTD/实体），不予读取");
            }
        }
    }

    private static Workbook openHssf(Path input) throws WorkbookException, IOException {
        WorkbookLimits.boundPoi();
        POIFSFileSystem fs;
        try (InputStream in = Files.newInputStream(input)) {
            fs = new POIFSFileSystem(in);
        }
        try {
            return WorkbookReader.openHssf(input, fs);
        } catch (IOException | RuntimeException | Error e) {
            fs.close();
            throw e;
        }
    }

    /**
     * Every worksheet as a grid, in workbook order, by the same rules as
     * {@link WorkbookReader#read(Path)}; chart sheets are left out. Read as the file was,
     * before any update.
     */
    @Override
    public List<Grid> sheets() throws WorkbookException {
        if (grids == null) {
            if (updated) {
                throw new IllegalStateException("sheets() must be read before writeComputed()");
            }
            Workbook workbook = workbook();
            try {
                grids = List.copyOf(WorkbookReader.readSheets(workbook, name -> true));
            } catch (RuntimeException | OutOfMemoryError e) {
                throw WorkbookReader.readFailure(input, e);
            }
        }
        return grids;
    }

    /**
     * Applies the update to this workbook and writes it to {@code output}: a temp file beside
     * it, then an atomic rename, so a failure leaves no output or the earlier one as it was.
     * Refuses the input itself as output, and an extension of the other format. Once only:
     * the update changes the workbook in memory. Only for a workbook opened by {@link #edit}.
     */
    @Override
    public void writeComputed(SheetUpdate update, SheetTable standing, Path output) throws WorkbookException {
        writeCopy(output, workbook -> {
            WorkbookUpdater.apply(workbook, update, input);
            if (standing != null) {
                SheetTables.write(workbook, standing);
            }
        });
    }

    @Override
    public void writeRows(SheetRows rows, Path output) throws WorkbookException {
        writeCopy(output, workbook -> WorkbookUpdater.add(workbook, rows, input));
    }

    /** A change to the usermodel before it is written. */
    private interface Change {
        void apply(Workbook workbook) throws WorkbookException;
    }

    /** Applies the change and writes the copy: a temp file beside {@code output}, then an atomic rename. */
    private void writeCopy(Path output, Change change) throws WorkbookException {
        if (loading == null) {
            throw new IllegalStateException("opened by read(): no usermodel to update");
        }
        if (updated) {
            throw new IllegalStateException("this workbook has already been updated");
        }
        Path target = WorkbookUpdater.checkOutput(input, output, kind);
        updated = true;
        Path temp = null;
        try {
            temp = AtomicFiles.createTemp(target.getParent(), target.getFileName().toString());
            Workbook workbook = workbook();
            change.apply(workbook);
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            AtomicFiles.moveIntoPlace(temp, target);
            temp = null;
        } catch (WorkbookException e) {
            throw e;
        } catch (IOException e) {
            throw WorkbookUpdater.cannotWrite(output, "写入出错（" + Failures.oneLine(e) + "）", e);
        } catch (OutOfMemoryError e) {
            throw WorkbookUpdater.cannotWrite(output, "文件太大，内存不足", e);
        } catch (RuntimeException e) {
            throw WorkbookUpdater.cannotWrite(output, "处理工作簿时出错（" + Failures.oneLine(e) + "）", e);
        } finally {
            WorkbookUpdater.deleteQuietly(temp);
        }
    }

    /** .docx written by POI; .odt and .pdf are that .docx converted by a headless LibreOffice. */
    @Override
    public void writeNotice(NoticeDocument notice, Path output) throws IOException {
        NoticeFiles.write(notice, output, NoticeFiles::convertedPdf);
    }

    /** Lets go of the workbook (waiting for it to finish loading); nothing is saved anywhere. */
    @Override
    public void close() {
        if (loading == null) {
            return;
        }
        Workbook workbook;
        try {
            workbook = loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            return; // it never loaded: nothing to let go of
        }
        if (workbook instanceof XSSFWorkbook xssf) {
            xssf.getPackage().revert(); // closes without saving (and the package has no file to save to)
        } else {
            try {
                workbook.close(); // an in-memory POIFS: nothing to flush
            } catch (IOException e) {
                // nothing more to do: the workbook was only ever read from a stream
            }
        }
    }
}
