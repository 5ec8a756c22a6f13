package org.tongbao.poi;

import org.tongbao.io.Failures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;


/** Finds out what kind of file a path holds, and words the messages when it is not a workbook. */
final class WorkbookFiles {

    /** The two container kinds POI can open as a workbook. OLE2 may still turn out encrypted. */
    enum Kind { OOXML, OLE2 }

    static final String NOT_A_WORKBOOK = "不是有效的 Excel 工作簿（.xlsx/.xls）";
    static final String ODS = ".ods 需要 LibreOffice 引擎：去掉 --engine poi，或用 --engine office";
    static final String ENCRYPTED = "文件已加密（设有打开密码），请在表格软件中去掉密码另存后再试";

    private WorkbookFiles() {
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static String extension(Path file) {
        String name = name(file);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static WorkbookException cannotRead(Path file, String why) {
        return new WorkbookException("无法读取文件 " + name(file) + "：" + why);
    }

    static WorkbookException cannotRead(Path file, String why, Throwable cause) {
        return new WorkbookException("无法读取文件 " + name(file) + "：" + why, cause);
    }

    /** Checks the file exists and is readable, and tells OOXML from OLE2 by the first bytes, not the name. */
    static Kind detect(Path file) throws WorkbookException {
        if (!Files.exists(file)) {
            throw cannotRead(file, "文件不存在");
        }
        if (Files.isDirectory(file)) {
            throw cannotRead(file, "这是一个文件夹，不是工作簿");
        }
        if (!Files.isReadable(file)) {
            throw cannotRead(file, "没有读取权限");
        }
        String ext = extension(file);
        if (ext.equals("ods") || ext.equals("fods")) {
            throw cannotRead(file, ODS);
        }
        long size;
        Magic magic;
        try {
            size = Files.size(file);
            if (size == 0) {
                throw cannotRead(file, "文件为空");
            }
            if (size > WorkbookLimits.MAX_FILE_BYTES) {
                throw cannotRead(file, WorkbookLimits.tooLarge(size));
            }
            try (InputStream in = Files.newInputStream(file)) {
                magic = Magic.of(in.readNBytes(64));
            }
        } catch (WorkbookException e) {
            throw e;
        } catch (IOException e) {
            throw cannotRead(file, "读取出错（" + Failures.oneLine(e) + "）", e);
        }
        switch (magic) {
            case OOXML:
                return Kind.OOXML;
            case OLE2:
                return Kind.OLE2;
            case BIFF:
                throw cannotRead(file, "是 Excel 4.0 或更早的格式，请在表格软件中另存为 .xlsx 后再试");
            case HTML:
                throw cannotRead(file, "这是网页（HTML）格式的文件，不是真正的 Excel 工作簿，请在表格软件中打开后另存为 .xlsx");
            case XML:
                throw cannotRead(file, "这是 XML 格式的表格，不是 .xlsx/.xls 工作簿，请在表格软件中打开后另存为 .xlsx");
            default:
                if (ext.equals("csv") || ext.equals("txt") || ext.equals("tsv")) {
                    throw cannotRead(file, "这是文本文件（" + ext.toUpperCase(Locale.ROOT)
                            + "），请在表格软件中打开后另存为 .xlsx");
                }
                throw cannotRead(file, NOT_A_WORKBOOK);
        }
    }

    /** A zip that is no OOXML package: an OpenDocument file under another name, or anything else. */
    static WorkbookException notOoxml(Path file, Exception cause) {
        String mime = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("mimetype");
            if (entry != null && entry.getSize() < 200) {
                try (InputStream in = zip.getInputStream(entry)) {
                    mime = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            mime = null;
        }
        if (mime != null && mime.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            return cannotRead(file, "这其实是 .ods 文件；" + ODS, cause);
        }
        if (mime != null && mime.startsWith("application/vnd.oasis.opendocument")) {
            return cannotRead(file, "这是 OpenDocument 文档，不是 Excel 工作簿（.xlsx/.xls）", cause);
        }
        return cannotRead(file, NOT_A_WORKBOOK, cause);
    }

    /**
     * What a file is by its first bytes. POI's FileMagic says the same, but loading it brings up
     * POI's logging, which costs a cold command line more than reading a small workbook.
     */
    enum Magic {
        OOXML, OLE2, BIFF, HTML, XML, UNKNOWN;

        static Magic of(byte[] head) {
            if (starts(head, 0x50, 0x4B, 0x03, 0x04)) {
                return OOXML;
            }
            if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
                return OLE2;
            }
            // BIFF2–4 worksheets: a BOF record (0x0009, 0x0209, 0x0409) of length 4–16.
            if (head.length >= 4 && head[0] == 0x09 && (head[1] == 0x00 || head[1] == 0x02 || head[1] == 0x04)
                    && head[3] == 0x00 && head[2] >= 4 && head[2] <= 16) {
                return BIFF;
            }
            String text = new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "")
                    .stripLeading().toLowerCase(Locale.ROOT);
            if (text.startsWith("<html") || text.startsWith("<!doctype html") || text.startsWith("<head")
                    || text.startsWith("<table") || text.startsWith("<meta")) {
                return HTML;
            }
            if (text.startsWith("<?xml")) {
                return XML;
            }
            return UNKNOWN;
        }

        private static boolean starts(byte[] head, int... magic) {
            if (head.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if ((head[i] & 0xFF) != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
