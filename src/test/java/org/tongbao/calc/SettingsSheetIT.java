package org.tongbao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.notice.NoticeSettings;
import org.tongbao.table.Grid;

/** 督查通报 ▸ 通报设置 in Calc: the settings sheet on first use, or the keys it lacks, as one undo step. */
@ExtendWith(TestOffice.class)
class SettingsSheetIT {

    @Test
    void aWorkbookWithoutSettingsGetsTheWholeSheet(TestOffice office, @TempDir Path folder) throws Exception {
        try (OpenTable table = OpenTable.copyOf(office, Path.of("src/test/resources/corpus/xian-fengdu-2023.xlsx"),
                folder, "完成情况表")) {
            DispatchResultEvent result = Docs.dispatch(office, table.document(), "Settings");
            assertEquals(DispatchResultState.SUCCESS, result.State, String.valueOf(result.Result));
            assertTrue(String.valueOf(result.Result).startsWith("已添加工作表「通报设置」"), String.valueOf(result.Result));
            Grid sheet = settings(table);
            assertEquals(NoticeSettings.SETTINGS.size() + 1, sheet.rowCount());
            for (int i = 0; i < NoticeSettings.SETTINGS.size(); i++) {
                assertEquals(NoticeSettings.SETTINGS.get(i).key(), sheet.text(i + 1, 0));
                assertEquals(NoticeSettings.SETTINGS.get(i).defaultValue(), sheet.text(i + 1, 1));
                assertEquals(NoticeSettings.SETTINGS.get(i).note(), sheet.text(i + 1, 2));
            }
            // undoing a sheet insertion crashes a hidden document in LibreOffice 7.4 (see Docs), so no undo here
            DispatchResultEvent again = Docs.dispatch(office, table.document(), "Settings");
            assertTrue(String.valueOf(again.Result).startsWith("工作表「通报设置」已有全部设置项"), String.valueOf(again.Result));
        }
    }

    @Test
    void anExistingSheetGetsTheKeysItLacksAndOneUndoTakesThemBack(TestOffice office, @TempDir Path folder)
            throws Exception {
        Path sample = Path.of(System.getProperty("tongbao.sampleDir", "sample-workbooks"), "yunyang-2022.xlsx");
        try (OpenTable table = OpenTable.copyOf(office, sample, folder, "完成情况表")) {
            Grid before = settings(table);
            DispatchResultEvent result = Docs.dispatch(office, table.document(), "Settings");
            assertEquals(DispatchResultState.SUCCESS, result.State, String.valueOf(result.Result));
            Grid after = settings(table);
            assertEquals(NoticeSettings.SETTINGS.size() + 1, after.rowCount());
            for (int r = 0; r < before.rowCount(); r++) {
                assertEquals(before.text(r, 1), after.text(r, 1), "the office's value in row " + (r + 1) + " stays");
            }
            Docs.undo(office, table.document());
            Grid undone = settings(table);
            assertEquals(before.rowCount(), undone.rowCount(), "one undo step takes the added keys back");
            for (int r = 0; r < before.rowCount(); r++) {
                assertEquals(before.text(r, 0), undone.text(r, 0));
                assertEquals(before.text(r, 1), undone.text(r, 1));
            }
        }
    }

    private static Grid settings(OpenTable table) throws Exception {
        return SheetCells.read(SheetCells.requireSheet(table.document(), NoticeSettings.SHEET_NAME),
                NoticeSettings.SHEET_NAME);
    }
}
