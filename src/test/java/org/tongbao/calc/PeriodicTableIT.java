package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.text.XTextDocument;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.Assessment;
import org.tongbao.Engine;
import org.tongbao.update.ComputedColumns;
import org.tongbao.update.Highlight;
import org.tongbao.update.RowMark;
import org.tongbao.update.SheetUpdate;

/**
 * A periodic table (奉节县 1-6月, judged against 序时进度 50%) through the toolbar: 计算 writes the 序时进度
 * and 进度差 columns, 标注 marks the lagging rows 通报-滞后, 生成通报 makes the periodic notice.
 */
@ExtendWith(TestOffice.class)
class PeriodicTableIT {

    private static final Path TABLE = Path.of("src/test/resources/corpus/xian-fengjie-2024-h1.xlsx");

    private OpenTable table;

    @BeforeEach
    void open(TestOffice office, @TempDir Path folder) throws Exception {
        table = OpenTable.copyOf(office, TABLE, folder, "上半年");
    }

    @AfterEach
    void close() {
        table.close();
    }

    @Test
    void computeWritesTheScheduleColumnsAsOneUndoStep(TestOffice office) throws Exception {
        SheetUpdate expected = org.tongbao.Engines.shipped(java.time.LocalDate.now()).sheetUpdate(table.assessment());
        assertEquals(ComputedColumns.PERIODIC_HEADERS, expected.header());
        ComputeChecks.computeWritesTheEnginesValuesAsOneUndoStep(office, table.document(), expected, table::cells,
                r -> true);
    }

    @Test
    void highlightMarksTheLaggingRowsBehind(TestOffice office) throws Exception {
        SheetUpdate expected = org.tongbao.Engines.shipped(java.time.LocalDate.now()).sheetUpdate(table.assessment());
        DispatchResultEvent result = Docs.dispatch(office, table.document(), "Highlight");
        assertEquals(DispatchResultState.SUCCESS, result.State, String.valueOf(result.Result));
        assertTrue(String.valueOf(result.Result).contains("未达序时进度 3 处"), String.valueOf(result.Result));
        long behind = 0;
        for (RowMark mark : expected.marks()) {
            assertEquals(mark.highlight().styleName(), table.style(mark.firstRow(), 0));
            behind += mark.highlight() == Highlight.BEHIND ? 1 : 0;
        }
        assertEquals(3, behind);
        assertEquals(Highlight.BEHIND.styleName(), table.style(5, 0), "第3项 社会消费品零售总额, 47% of 50%");
    }

    @Test
    void noticeIsThePeriodicOne(TestOffice office) throws Exception {
        Assessment assessment = table.assessment();
        String expected = org.tongbao.Engines.shipped(java.time.LocalDate.now()).notice(assessment).plainText();
        assertTrue(expected.contains("按1-6月序时进度50%计，达到序时进度的5项，占62.5%，其中已完成1项；未达序时进度的3项，占37.5%"),
                expected);
        DispatchResultEvent result = Docs.dispatch(office, table.document(), "Notice");
        assertEquals(DispatchResultState.SUCCESS, result.State, String.valueOf(result.Result));
        XTextDocument notice = table.keep(UnoCast.require(XTextDocument.class, result.Result));
        assertEquals(expected, Docs.noticeBody(notice).text());
    }
}
