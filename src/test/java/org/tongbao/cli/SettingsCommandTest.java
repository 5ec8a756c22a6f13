package org.tongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongbao.check.FindingCode;
import org.tongbao.notice.NoticeSettings;
import org.tongbao.poi.WorkbookReader;
import org.tongbao.table.Grid;

/** settings FILE -o OUT: the 通报设置 sheet on first use, every key with its default and a note. */
class SettingsCommandTest {

    private static final Path OTHER_OFFICE = Path.of("src/test/resources/corpus/xian-fengdu-2023.xlsx");

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    @Test
    void aWorkbookWithoutSettingsGetsTheWholeSheetAndItsNoticeStaysTheSame() throws Exception {
        Path input = dir.resolve("fengdu.xlsx");
        Files.copy(OTHER_OFFICE, input);
        String before = MainTest.hash(input);
        Path output = dir.resolve("fengdu-settings.xlsx");
        assertEquals(0, cli.run("settings", input.toString(), "-o", output.toString()), cli.err());
        assertTrue(cli.out().contains("已添加工作表「通报设置」，共" + NoticeSettings.SETTINGS.size() + "项设置"), cli.out());
        assertEquals(before, MainTest.hash(input), "the input is never written");

        Grid sheet = sheet(output);
        assertEquals(List.of("设置项", "内容", "说明"), List.of(sheet.text(0, 0), sheet.text(0, 1), sheet.text(0, 2)));
        for (int i = 0; i < NoticeSettings.SETTINGS.size(); i++) {
            NoticeSettings.Setting s = NoticeSettings.SETTINGS.get(i);
            assertEquals(s.key(), sheet.text(i + 1, 0));
            assertEquals(s.defaultValue(), sheet.text(i + 1, 1), s.key());
            assertFalse(sheet.text(i + 1, 2).isBlank(), s.key() + " has its note");
        }

        assertEquals(0, cli.run("notice", input.toString(), "-o", dir.resolve("a.docx").toString(), "--format", "text"));
        String original = cli.out();
        assertEquals(0, cli.run("notice", output.toString(), "-o", dir.resolve("b.docx").toString(), "--format", "text"));
        assertEquals(original, cli.out(), "the defaults written out word the notice as the defaults did");

        assertEquals(0, cli.run("validate", output.toString(), "--format", "json"));
        assertTrue(cli.out().contains("\"code\": \"" + FindingCode.SETTING_MISSING + "\", \"sheet\": \"通报设置\", \"cell\": \"B2\""),
                "an empty 发文机关 is named at its cell: " + cli.out());
    }

    @Test
    void anExistingSheetKeepsItsValuesAndGetsOnlyTheKeysItLacks() throws Exception {
        Path output = dir.resolve("yunyang.xlsx");
        assertEquals(0, cli.run("settings", "sample-workbooks/yunyang-2022.xlsx", "-o", output.toString()), cli.err());
        Grid before = sheet(Path.of("sample-workbooks/yunyang-2022.xlsx"));
        Grid after = sheet(output);
        for (int r = 0; r < before.rowCount(); r++) {
            assertEquals(before.text(r, 0), after.text(r, 0));
            assertEquals(before.text(r, 1), after.text(r, 1), "the office's own value stays");
        }
        int added = after.rowCount() - before.rowCount();
        assertTrue(cli.out().contains("末尾补上" + added + "项设置"), cli.out());
        assertEquals(NoticeSettings.SETTINGS.size() + 1, after.rowCount(), "every key once, and the header");

        Path again = dir.resolve("again.xlsx");
        assertEquals(0, cli.run("settings", output.toString(), "-o", again.toString()));
        assertTrue(cli.out().contains("已有全部设置项"), cli.out());
        assertEquals(after.rowCount(), sheet(again).rowCount());
    }

    @Test
    void theOutputMustDifferFromTheInputAndHaveItsType() {
        assertEquals(2, cli.run("settings", OTHER_OFFICE.toString(), "-o", OTHER_OFFICE.toString()));
        assertEquals(2, cli.run("settings", OTHER_OFFICE.toString(), "-o", dir.resolve("x.xls").toString()));
        assertFalse(Files.exists(dir.resolve("x.xls")));
    }

    private static Grid sheet(Path workbook) throws Exception {
        return WorkbookReader.read(workbook).stream().filter(g -> g.sheetName().equals(NoticeSettings.SHEET_NAME))
                .findFirst().orElseThrow();
    }
}
