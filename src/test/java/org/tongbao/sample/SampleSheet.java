package org.tongbao.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.tongbao.sample.SampleWorkbookGenerator.Line;
import org.tongbao.sample.SampleWorkbookGenerator.Sample;
import org.tongbao.table.Grid;

/**
 * The sample's completion table ({@code 完成情况表} of yunyang-2022.xlsx) as the core sees it,
 * built from the same recipe as the workbook (yunyang-2022.tsv, read by
 * {@link SampleWorkbookGenerator}): the tests of the core get the sample without POI or a file.
 */
public final class SampleSheet {

    private SampleSheet() {
    }

    /** The table sheet: values as a sheet holds them, merged cells as the workbook merges them. */
    public static Grid table() {
        Sample sample = recipe();
        Grid grid = new Grid(SampleWorkbookGenerator.SHEET_NAME);
        for (int r = 0; r < sample.lines.size(); r++) {
            String[] cells = sample.lines.get(r).cells;
            for (int c = 0; c < cells.length; c++) {
                if (SampleWorkbookGenerator.isFormula(cells[c])) {
                    throw new IllegalStateException("a formula in row " + (r + 1) + " of the recipe: a Grid holds values");
                }
                grid.set(r, c, SampleWorkbookGenerator.value(cells[c]));
            }
        }
        sample.merges().forEach(grid::addMerge);
        return grid;
    }

    /** The 通报设置 sheet as the workbook holds it (key in column A, value in column B). */
    public static Grid settings() {
        Sample sample = recipe();
        Grid grid = new Grid(SampleWorkbookGenerator.SETTINGS_SHEET);
        for (int r = 0; r < sample.settings.size(); r++) {
            String[] kv = sample.settings.get(r);
            for (int c = 0; c < kv.length; c++) {
                grid.set(r, c, kv[c]);
            }
        }
        return grid;
    }

    /** The workbook's sheets the engine reads: the table and its 通报设置. */
    public static List<Grid> workbook() {
        return List.of(table(), settings());
    }

    /** The header row's texts, column A first. */
    public static List<String> header() {
        Sample sample = recipe();
        Line header = sample.lines.get(sample.headerRow());
        return List.of(header.cells);
    }

    private static Sample recipe() {
        try {
            return Sample.read(SampleWorkbookGenerator.DEFAULT_TSV);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
