package org.tongbao.poi;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.tongbao.io.Failures;
import org.tongbao.table.CellRange;
import org.tongbao.table.Grid;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads workbooks into {@link Grid}s: .xlsx by streaming its XML (memory grows with the
 * values, not with POI's object model), .xls through HSSF. Formulas give their cached
 * values; percent-formatted numbers give the percentage as text ("4.7%"); the file is only
 * ever opened for reading.
 */
public final class WorkbookReader {

    private WorkbookReader() {
    }

    /** Every worksheet, in workbook order. */
    public static List<Grid> read(Path file) throws WorkbookException {
        return read(file, name -> true);
    }

    /** Only the worksheets with these names, in workbook order; names not present are ignored. */
    public static List<Grid> read(Path file, Collection<String> sheetNames) throws WorkbookException {
        return read(file, sheetNames::contains);
    }

    /** One worksheet by name. */
    public static Grid read(Path file, String sheetName) throws WorkbookException {
        List<Grid> grids = read(file, sheetName::equals);
        if (grids.isEmpty()) {
            throw WorkbookFiles.cannotRead(file, "没有名为“" + sheetName + "”的工作表");
        }
        return grids.get(0);
    }

    /** The worksheet names, in workbook order, without reading any cells. */
    public static List<String> sheetNames(Path file) throws WorkbookException {
        List<String> names = new ArrayList<>();
        read(file, name -> {
            names.add(name);
            return false;
        });
        return names;
    }

    private static List<Grid> read(Path file, Predicate<String> wanted) throws WorkbookException {
        WorkbookFiles.Kind kind = WorkbookFiles.detect(file);
        try {
            return kind == WorkbookFiles.Kind.OOXML ? readXlsx(file, wanted) : readOle2(file, wanted);
        } catch (WorkbookException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw readFailure(file, e);
        }
    }

    /** The message for anything that went wrong while opening or reading a workbook. */
    static WorkbookException readFailure(Path file, Throwable e) {
        if (e instanceof WorkbookException w) {
            return w;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XlsxPackage.Refused r) {
                return WorkbookFiles.cannotRead(file, r.getMessage(), e);
            }
        }
        if (e instanceof EncryptedDocumentException) {
            return WorkbookFiles.cannotRead(file, WorkbookFiles.ENCRYPTED, e);
        }
        if (e instanceof OldExcelFormatException) {
            return WorkbookFiles.cannotRead(file, "是 Excel 95 或更早的格式，请在表格软件中另存为 .xlsx 后再试", e);
        }
        if (e instanceof OutOfMemoryError) {
            return WorkbookFiles.cannotRead(file, "文件太大，内存不足", e);
        }
        return WorkbookFiles.cannotRead(file, "文件已损坏或不是有效的 Excel 工作簿（" + Failures.oneLine(e) + "）", e);
    }

    // ---- .xlsx -------------------------------------------------------------------------

    private static List<Grid> readXlsx(Path file, Predicate<String> wanted)
            throws WorkbookException, IOException, SAXException, ParserConfigurationException {
        try (XlsxPackage pkg = XlsxPackage.open(file)) {
            String main = pkg.mainDocument();
            if (main == null) {
                throw WorkbookFiles.notOoxml(file, null);
            }
            checkSpreadsheet(file, pkg.contentType(main));
            String sharedStrings = null;
            String styles = null;
            Map<String, XlsxPackage.Relation> byId = new HashMap<>();
            for (XlsxPackage.Relation r : pkg.relations(main)) {
                byId.put(r.id(), r);
                if (r.type().equals("sharedStrings")) {
                    sharedStrings = r.target();
                } else if (r.type().equals("styles")) {
                    styles = r.target();
                }
            }
            CellValues values = new CellValues();
            WorkbookLimits limits = WorkbookLimits.forOneRead();
            String[] strings = SharedStringsReader.read(pkg, sharedStrings, values);
            boolean[] percentStyles = PercentStyles.read(pkg, styles);
            List<Grid> grids = new ArrayList<>();
            for (String[] sheet : sheetsOf(pkg, main)) {
                XlsxPackage.Relation r = byId.get(sheet[1]);
                if (r == null || !r.type().equals("worksheet") || !wanted.test(sheet[0])) {
                    continue;
                }
                Grid grid = new Grid(sheet[0]);
                pkg.parse(r.target(), new XlsxSheetHandler(grid, strings, percentStyles, values, limits));
                grids.add(grid);
            }
            return grids;
        }
    }

    /** The workbook's sheets in order, each as {name, relationship id}. */
    private static List<String[]> sheetsOf(XlsxPackage pkg, String main)
            throws IOException, SAXException, ParserConfigurationException {
        List<String[]> sheets = new ArrayList<>();
        pkg.parse(main, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                if (localName.equals("sheet")) {
                    String id = null;
                    for (int i = 0; i < a.getLength(); i++) {
                        if (a.getLocalName(i).equals("id") && a.getURI(i).contains("relationships")) {
                            id = a.getValue(i);
                        }
                    }
                    sheets.add(new String[]{a.getValue("name"), id});
                }
            }
        });
        return sheets;
    }

    /** The same check for a package POI opened (the usermodel door). */
    static void checkSpreadsheet(Path file, OPCPackage pkg) throws WorkbookException {
        List<PackagePart> cores = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (cores.isEmpty()) {
            cores = pkg.getPartsByRelationshipType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (cores.isEmpty()) {
            throw WorkbookFiles.cannotRead(file, WorkbookFiles.NOT_A_WORKBOOK);
        }
        checkSpreadsheet(file, cores.get(0).getContentType());
    }

    /** Refuses packages that are not spreadsheets, naming what they are. */
    static void checkSpreadsheet(Path file, String type) throws WorkbookException {
        if (type.contains("sheet.binary")) {
            throw WorkbookFiles.cannotRead(file, "是 .xlsb 二进制工作簿，请在表格软件中另存为 .xlsx 后再试");
        }
        if (type.contains("wordprocessingml")) {
            throw WorkbookFiles.cannotRead(file, "这是 Word 文档，不是 Excel 工作簿（.xlsx/.xls）");
        }
        if (type.contains("presentationml")) {
            throw WorkbookFiles.cannotRead(file, "这是 PowerPoint 演示文稿，不是 Excel 工作簿（.xlsx/.xls）");
        }
        if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            throw WorkbookFiles.cannotRead(file, WorkbookFiles.NOT_A_WORKBOOK);
        }
    }

    // ---- .xls --------------------------------------------------------------------------

    private static List<Grid> readOle2(Path file, Predicate<String> wanted) throws WorkbookException, IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            HSSFWorkbook workbook = openHssf(file, fs);
            try {
                return readSheets(workbook, wanted);
            } finally {
                workbook.close();
            }
        }
    }

    /** Opens an OLE2 container as a .xls workbook, or says what else it is. */
    static HSSFWorkbook openHssf(Path file, POIFSFileSystem fs) throws WorkbookException, IOException {
        DirectoryNode root = fs.getRoot();
        if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
            throw WorkbookFiles.cannotRead(file, WorkbookFiles.ENCRYPTED);
        }
        if (!root.hasEntryCaseInsensitive("Workbook") && !root.hasEntryCaseInsensitive("Book")) {
            throw WorkbookFiles.cannotRead(file, WorkbookFiles.NOT_A_WORKBOOK);
        }
        return new HSSFWorkbook(fs);
    }

    /**
     * One usermodel sheet, .xls or .xlsx, read by the same value rules as the streaming
     * reader: cached formula values, percent-formatted numbers as text, merges of two or more
     * cells.
     */
    static Grid readSheet(Sheet sheet, CellValues values, Map<Short, Boolean> percentStyles, WorkbookLimits limits) {
        Grid grid = new Grid(sheet.getSheetName());
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null) {
                    Object value = cell instanceof XSSFCell x ? xssfValue(x, values, percentStyles)
                            : value(cell, values, percentStyles);
                    if (value != null) {
                        XlsxPackage.Refused tooMany = limits.countCell(grid.sheetName());
                        if (tooMany != null) {
                            throw new IllegalStateException(tooMany.getMessage(), tooMany);
                        }
                        grid.set(r, c, value);
                    }
                }
            }
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getNumberOfCells() > 1) {
                grid.addMerge(new CellRange(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn()));
            }
        }
        return grid;
    }

    /** The worksheets of a usermodel workbook the predicate wants, in order; chart sheets are left out. */
    static List<Grid> readSheets(Workbook workbook, Predicate<String> wanted) {
        CellValues values = new CellValues();
        Map<Short, Boolean> percentStyles = new HashMap<>();
        WorkbookLimits limits = WorkbookLimits.forOneRead();
        List<Grid> grids = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (!(sheet instanceof XSSFChartSheet) && wanted.test(sheet.getSheetName())) {
                grids.add(readSheet(sheet, values, percentStyles, limits));
            }
        }
        return grids;
    }

    /**
     * An .xlsx cell as the streaming reader sees its XML: no {@code <v>} means no value (POI
     * would say 0 or FALSE), errors keep their text, numbers and percentages
     * come from the stored digits.
     */
    private static Object xssfValue(XSSFCell cell, CellValues values, Map<Short, Boolean> percentStyles) {
        CTCell ct = cell.getCTCell();
        STCellType.Enum t = ct.isSetT() ? ct.getT() : STCellType.N;
        if (t == STCellType.E) {
            return values.error(ct.getV());
        }
        if (!ct.isSetV() && !(t == STCellType.INLINE_STR && ct.isSetIs())) {
            return null;
        }
        if (t == STCellType.N) {
            String v = ct.getV().trim();
            if (v.isEmpty()) {
                return null;
            }
            return isPercent(cell, percentStyles) ? values.percent(new BigDecimal(v))
                    : CellValues.number(Double.parseDouble(v));
        }
        return value(cell, values, percentStyles);
    }

    private static Object value(Cell cell, CellValues values, Map<Short, Boolean> percentStyles) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case NUMERIC: {
                double d = cell.getNumericCellValue();
                if (isPercent(cell, percentStyles) && Double.isFinite(d)) {
                    return values.percent(d);
                }
                return CellValues.number(d);
            }
            case STRING:
                return values.intern(cell.getRichStringCellValue().getString());
            case BOOLEAN:
                return cell.getBooleanCellValue();
            case ERROR:
                return values.error(errorCode(cell.getErrorCellValue()));
            default:
                return null;
        }
    }

    private static boolean isPercent(Cell cell, Map<Short, Boolean> percentStyles) {
        CellStyle style = cell.getCellStyle();
        return percentStyles.computeIfAbsent(style.getIndex(),
                s -> CellValues.isPercentFormat(style.getDataFormatString()));
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#N/A";
        }
    }
}
