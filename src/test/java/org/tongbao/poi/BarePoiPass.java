package org.tongbao.poi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Plain POI passes over a workbook, with none of tongbao's own work: the baselines a benchmark
 * compares {@link WorkbookReader} and {@link WorkbookUpdater} against.
 */
public final class BarePoiPass {

    private BarePoiPass() {
    }

    /** Streams every worksheet through POI's stock {@link XSSFSheetXMLHandler}; returns the number of cells. */
    public static long readAll(Path xlsx) throws Exception {
        OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            CellCounter counter = new CellCounter();
            DataFormatter formatter = new DataFormatter();
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, counter, formatter, false));
                    xml.parse(new InputSource(in));
                }
            }
            return counter.cells;
        } finally {
            pkg.revert();
        }
    }

    /**
     * Loads the whole workbook into POI's usermodel and writes it out again. Opened from a
     * stream: {@code new XSSFWorkbook(File)} would save into the input on close.
     */
    public static void readWrite(Path in, Path out) throws IOException {
        try (InputStream is = Files.newInputStream(in);
             XSSFWorkbook workbook = new XSSFWorkbook(is);
             OutputStream os = Files.newOutputStream(out)) {
            workbook.write(os);
        }
    }

    private static final class CellCounter implements XSSFSheetXMLHandler.SheetContentsHandler {
        long cells;

        @Override
        public void startRow(int rowNum) {
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            cells++;
        }
    }
}
