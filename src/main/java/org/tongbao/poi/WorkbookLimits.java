package org.tongbao.poi;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How much of a workbook the POI engine will read before it refuses the file with a message,
 * so that no input can exhaust the memory first (README "Reliability" states them). A county's
 * completion table is a few hundred rows; the 10,000-task stress table is 180,000 cells.
 */
final class WorkbookLimits {

    /** A workbook file larger than this is not read at all (.xls is read whole into memory). */
    static final long MAX_FILE_BYTES = 50L << 20;
    /** An .xlsx part (sheet, shared strings…) that inflates to more than this is refused. */
    static final long MAX_PART_BYTES = 256L << 20;
    /** Nor may a part inflate to more than this many times its packed size: a zip bomb. */
    static final int MAX_RATIO = 100;
    /** Cells holding a value, over all sheets read: a table and its notes, with room to spare. */
    static final int MAX_CELLS = 1_000_000;

    private int cells;

    private WorkbookLimits() {
    }

    /** A fresh count for one workbook read. */
    static WorkbookLimits forOneRead() {
        return new WorkbookLimits();
    }

    /**
     * Gives POI's own reading (compute's usermodel) the same bounds: its default ratio is the
     * same 1:100, but its default part size 4 GB.
     */
    static void boundPoi() {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    /** Counts one cell with a value; the refusal once there are too many. */
    XlsxPackage.Refused countCell(String sheet) {
        if (++cells <= MAX_CELLS) {
            return null;
        }
        return new XlsxPackage.Refused("单元格太多（读到工作表「" + sheet + "」时已超过" + MAX_CELLS / 10_000
                + "万个有内容的单元格），不像是目标任务完成情况表；请只保留完成情况表所在的工作表后再试");
    }

    static String tooLarge(long bytes) {
        return "文件有 " + (bytes >> 20) + " MB，超过了 " + (MAX_FILE_BYTES >> 20) + " MB 的上限；完成情况表通常只有几百 KB，"
                + "请只保留完成情况表所在的工作表后再试";
    }

    static String partTooLarge(String part) {
        return "其中的 " + part + " 解压后超过 " + (MAX_PART_BYTES >> 20) + " MB 的上限，不予读取";
    }
}
