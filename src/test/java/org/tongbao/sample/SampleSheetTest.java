package org.tongbao.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.table.Grid;

/** The core's tests see the sample exactly as the workbook reader reads yunyang-2022.xlsx. */
class SampleSheetTest {

    @Test
    void theTableIsTheCommittedWorkbooksSheetCellForCell() throws Exception {
        Grid read = WorkbookReader.read(SampleWorkbookGenerator.DEFAULT_OUTPUT
                .resolve(SampleWorkbookGenerator.SAMPLE_NAME + ".xlsx"), SampleWorkbookGenerator.SHEET_NAME);
        Grid built = SampleSheet.table();
        assertEquals(read.sheetName(), built.sheetName());
        assertEquals(read.rowCount(), built.rowCount());
        assertEquals(read.columnCount(), built.columnCount());
        for (int r = 0; r < read.rowCount(); r++) {
            for (int c = 0; c < read.columnCount(); c++) {
                assertEquals(read.value(r, c), built.value(r, c), "row " + (r + 1) + ", column " + (c + 1));
            }
        }
        assertEquals(new HashSet<>(read.merges()), new HashSet<>(built.merges()));
        assertEquals(List.of("序号", "目标任务", "牵头单位"), SampleSheet.header().subList(0, 3));
        assertEquals("通报表述", SampleSheet.header().get(17));
    }
}
